import { isSafeSegment } from './sanitizePath.js'

/** Methods a route may allow. HEAD, PATCH, TRACE, CONNECT never reach Timekit through the proxy. */
export type ProxyMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** Values of a route's `:name` segments, e.g. `{ id: '3f…' }` for `/bookings/:id/cancel`. */
export type RouteParams = Record<string, string>

/**
 * One thing the browser may ask Timekit to do through the proxy.
 *
 * The upstream path is built from `path` with the matched params put in, never
 * copied from the request, so a route cannot be stretched to reach another.
 */
export interface ProxyRoute {
  /** HTTP method, upper case. */
  method: ProxyMethod
  /**
   * Path below the upstream base (and below the proxy's mount point), with
   * `:name` for one segment: `/bookings/:id/cancel`. A param matches only
   * letters, digits, `-` and `_`, which every Timekit id (UUID) satisfies.
   */
  path: string
  /**
   * Query parameters passed on to Timekit; every other one is dropped.
   * @default [] (none)
   */
  query?: readonly string[]
  /**
   * Decides, per request, whether this caller may use the route: check the
   * app's own session here before letting a page cancel or reschedule.
   * `false` (or a rejected promise) answers 403. The body has not been read
   * yet; read headers and cookies, not the body.
   * @default every caller may use the route
   */
  authorize?: (request: Request, params: RouteParams) => boolean | Promise<boolean>
}

/**
 * What a public booking page needs and nothing more: find slots, show the
 * bookable resources (public fields only) and create a booking.
 *
 * Listing bookings, reading one, acting on one (confirm, cancel, …),
 * rescheduling and any write to resources are not here: they need to know who
 * the caller is, which only the app can tell. Add them with an `authorize`:
 * `allow: [...defaultRoutes, { method: 'PUT', path: '/bookings/:id/cancel', authorize }]`.
 */
export const defaultRoutes: readonly ProxyRoute[] = Object.freeze([
  { method: 'POST', path: '/availability' },
  { method: 'POST', path: '/availability/dates' },
  { method: 'GET', path: '/resources', query: ['limit', 'page', 'search'] },
  { method: 'GET', path: '/resources/:id' },
  { method: 'POST', path: '/bookings', query: ['include'] },
] satisfies ProxyRoute[])

/** A route with its pattern split once, at `createBookingProxy` time. */
export interface CompiledRoute {
  route: ProxyRoute
  /** `'/bookings/:id/cancel'`: the key policies are looked up by. */
  pattern: string
  segments: readonly string[]
}

const METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'DELETE']

/** Checks a route list once, loudly, so a typo in `allow` fails at start-up and not in production traffic. */
export function compileRoutes(routes: readonly ProxyRoute[]): CompiledRoute[] {
  return routes.map((route) => {
    if (!METHODS.includes(route.method)) {
      throw new TypeError(`createBookingProxy: route method must be one of ${METHODS.join(', ')}, got ${String(route.method)}`)
    }
    if (typeof route.path !== 'string' || !route.path.startsWith('/')) {
      throw new TypeError(`createBookingProxy: route path must start with "/", got ${String(route.path)}`)
    }
    const segments = route.path.split('/').slice(1)
    for (const segment of segments) {
      const literal = segment.startsWith(':') ? segment.slice(1) : segment
      if (!isSafeSegment(literal)) {
        throw new TypeError(`createBookingProxy: invalid segment "${segment}" in route ${route.method} ${route.path}`)
      }
    }
    return { route, pattern: route.path, segments }
  })
}

/** Matches request segments against one route exactly; returns the params or `null`. */
export function matchSegments(route: CompiledRoute, segments: readonly string[]): RouteParams | null {
  if (segments.length !== route.segments.length) return null
  const params: RouteParams = {}
  for (const [index, expected] of route.segments.entries()) {
    const actual = segments[index] as string
    if (expected.startsWith(':')) params[expected.slice(1)] = actual
    else if (expected !== actual) return null
  }
  return params
}

/** The upstream path for a matched route: the pattern with its params put back in. */
export function buildRoutePath(route: CompiledRoute, params: RouteParams): string {
  return route.segments
    .map((segment) => (segment.startsWith(':') ? (params[segment.slice(1)] as string) : segment))
    .join('/')
}
