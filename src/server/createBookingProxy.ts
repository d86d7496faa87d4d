import { applyRequestPolicy } from './applyRequestPolicy.js'
import { basicAuth } from './basicAuth.js'
import { allowedOrigin, compileCors, corsHeaders, preflightHeaders, type CorsOptions } from './cors.js'
import { findRoute } from './findRoute.js'
import { forwardUpstream } from './forwardUpstream.js'
import { listAllowedResources } from './listAllowedResources.js'
import { nodeRequester } from './nodeUpstream.js'
import { FORWARDED_REQUEST_HEADERS, METHOD_OVERRIDE_HEADERS, pickHeaders } from './headers.js'
import type { BookingProxyPolicy } from './policy.js'
import { ProxyRejection, proxyError } from './proxyError.js'
import { readJsonBody } from './readJsonBody.js'
import { buildRoutePath, compileRoutes, defaultRoutes, type ProxyRoute } from './routes.js'
import { sanitizePath } from './sanitizePath.js'
import { createUpstreamUrl, type UpstreamUrlBuilder } from './upstreamUrl.js'

/** A Web-standard handler: Next.js route handlers, Hono, Deno, Bun and workers take it as is. */
export type BookingProxyHandler = (request: Request) => Promise<Response>

/**
 * A setting read when the first request arrives, not when the proxy is created: a value,
 * or a function such as `() => process.env.TIMEKIT_API_KEY`.
 */
export type LazySetting = string | undefined | (() => string | undefined)

/** Options of {@link createBookingProxy}. */
export interface BookingProxyOptions {
  /**
   * The API's base URL with its version: `https://api.timekit.io/v2`. Checked at the
   * first request, like `appKey`.
   */
  upstream: LazySetting
  /**
   * The server key (`live_api_key_…`). It is added to upstream calls only and never
   * leaves the server. Read and checked at the first request, not when the proxy is
   * created, so a route module that creates the proxy can be imported by `next build`
   * without the secret: `appKey: () => process.env.TIMEKIT_API_KEY`. While it is missing,
   * every request answers 500 and `onError` receives
   * "createBookingProxy: `appKey` is required"; it is read again on the next request.
   */
  appKey: LazySetting
  /**
   * Every route the browser may use; anything else answers 403. Giving `allow`
   * **replaces** the defaults, so the full list is always visible in one place:
   * `allow: [...defaultRoutes, { method: 'PUT', path: '/bookings/:id/cancel', authorize }]`.
   * @default defaultRoutes (availability, availability dates, resources read, booking create)
   */
  allow?: readonly ProxyRoute[]
  /** Server-side rules on bodies and answers that the browser cannot override. @default {} */
  policy?: BookingProxyPolicy
  /** Origins allowed to call from other origins; none when absent (same-origin pages need none). @default none */
  cors?: CorsOptions
  /**
   * Largest request body, in bytes. UTF-8 bytes are never fewer than
   * characters, so a body under this is also under Timekit's 64,000-character limit.
   * @default 64000
   */
  maxBodyBytes?: number
  /**
   * Largest upstream answer the proxy reads, in bytes; a larger one (or a
   * body that never ends) becomes a JSON 502 instead of filling memory. Six
   * months of 15-minute slots for one resource is about 2 MB.
   * @default 10_000_000
   */
  maxResponseBytes?: number
  /** The `fetch` used to call upstream (tests, instrumentation). @default globalThis.fetch */
  fetch?: typeof fetch
  /** Milliseconds to wait for the upstream before answering 504; `0` waits forever. @default 10000 */
  timeoutMs?: number
  /**
   * The path the proxy is mounted at, e.g. `/api/booking`. Requests outside it
   * answer 404. When absent, the mount point is inferred per request from the
   * longest allowed route that matches the end of the path (`…/availability/dates`);
   * that is safe but looser, so set `basePath` when you know it.
   * @default inferred
   */
  basePath?: string
  /**
   * Called with the real cause whenever the browser gets a generic 500/502/504,
   * which never carries it. Log it here.
   * @default console.error
   */
  onError?: (error: unknown, request: Request) => void
}

const DEFAULT_MAX_BODY_BYTES = 64_000
const DEFAULT_TIMEOUT_MS = 10_000
const DEFAULT_MAX_RESPONSE_BYTES = 10_000_000
const FORWARDABLE = ['GET', 'POST', 'PUT', 'DELETE']

/**
 * Creates the server-side proxy between a booking page and Timekit: it adds
 * the key, forwards only allowed routes, applies the app's policy and answers
 * every refusal in the contract's `{"error": "…"}` shape.
 *
 * @example
 * // app/api/booking/[...path]/route.ts
 * const proxy = createBookingProxy({ upstream: 'https://api.timekit.io/v2', appKey: () => process.env.TIMEKIT_API_KEY, basePath: '/api/booking' })
 * export { proxy as GET, proxy as POST, proxy as PUT, proxy as DELETE, proxy as OPTIONS }
 */
export function createBookingProxy(options: BookingProxyOptions): BookingProxyHandler {
  const routes = compileRoutes(options.allow ?? defaultRoutes)
  const cors = compileCors(options.cors)
  const policy = options.policy ?? {}
  const baseSegments = options.basePath === undefined ? null : checkedBasePath(options.basePath)
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
  const fetchImpl = options.fetch ?? globalThis.fetch
  const viaNode = options.fetch ? null : nodeRequester()
  const onError = options.onError ?? ((error: unknown) => console.error('react-booking-kit/server:', error))
  let upstreamConfig: UpstreamConfig | undefined
  const allowedMethods = [...new Set(routes.map((compiled) => compiled.route.method))]

  return async (request) => {
    const origin = allowedOrigin(request, cors)
    const withCors = (response: Response) => addHeaders(response, corsHeaders(origin, cors))
    try {
      upstreamConfig ??= configureUpstream(options)
    } catch (error) {
      onError(error, request)
      return withCors(proxyError(500, 'Proxy error'))
    }
    const { upstreamUrl, authorization, secrets } = upstreamConfig
    try {
      const method = request.method.toUpperCase()
      if (method === 'OPTIONS') {
        // Preflights are the proxy's own business: forwarding one would tell
        // the browser what Timekit allows, not what this proxy allows.
        if (origin === null || !cors) return withCors(proxyError(403, 'Origin not allowed'))
        return new Response(null, { status: 204, headers: preflightHeaders(origin, cors, allowedMethods) })
      }
      if (!FORWARDABLE.includes(method)) {
        return withCors(proxyError(405, 'Method not allowed', { headers: { Allow: allowedMethods.join(', ') } }))
      }
      if (METHOD_OVERRIDE_HEADERS.some((name) => request.headers.has(name))) {
        return withCors(proxyError(400, 'Method override headers are not accepted'))
      }

      const url = new URL(request.url)
      const match = findRoute(routes, method, sanitizePath(url.pathname), baseSegments)
      if (match === 'outside-mount') return withCors(proxyError(404, 'Not found'))
      if (match === 'not-allowed') return withCors(proxyError(403, 'Not allowed'))
      const { compiled, params } = match
      const route = compiled.route

      if (policy.resources && route.method === 'GET' && route.path === '/resources/:id') {
        if (!policy.resources.includes(params.id as string)) return withCors(proxyError(403, 'Not allowed'))
      }
      if (route.authorize && !(await route.authorize(request, params))) {
        return withCors(proxyError(403, 'Not allowed'))
      }

      let body: string | undefined
      if (method === 'POST' || method === 'PUT') {
        const json = await readJsonBody(request, maxBodyBytes)
        const next = await applyRequestPolicy(json, policy, { route, params, request }, Date.now())
        body = JSON.stringify(next)
      }

      const query = new URLSearchParams()
      for (const name of route.query ?? []) {
        const value = url.searchParams.get(name)
        if (value !== null) query.set(name, value)
      }
      // Request headers are built from an allow-list, so the browser's
      // Authorization and Cookie never reach Timekit; the key is added last.
      const headers = pickHeaders(request.headers, FORWARDED_REQUEST_HEADERS)
      if (!headers.has('accept')) headers.set('Accept', 'application/json')
      if (body !== undefined) headers.set('Content-Type', 'application/json')
      headers.set('Authorization', authorization)

      const forward = (upstreamQuery: URLSearchParams) =>
        forwardUpstream(
          { url: upstreamUrl(buildRoutePath(compiled, params), upstreamQuery), method, headers, body, route },
          { fetch: fetchImpl, request: viaNode, timeoutMs, maxResponseBytes, policy, secrets, signal: request.signal ?? null, onError: (error) => onError(error, request) },
        )
      if (policy.resources && route.method === 'GET' && route.path === '/resources') {
        return withCors(await listAllowedResources(query, forward, (error) => onError(error, request)))
      }
      return withCors(await forward(query))
    } catch (error) {
      if (error instanceof ProxyRejection) return withCors(error.toResponse())
      // The browser left while its body was read: nothing failed that a log should report.
      if (request.signal?.aborted) return withCors(proxyError(499, 'Client closed request'))
      // A bug, a throwing `authorize` or `transform`: fail closed, say nothing.
      onError(error, request)
      return withCors(proxyError(500, 'Proxy error'))
    }
  }
}

interface UpstreamConfig {
  upstreamUrl: UpstreamUrlBuilder
  authorization: string
  /** Strings no answer may carry: the key and its Basic encoding. */
  secrets: string[]
}

function readSetting(setting: LazySetting): string | undefined {
  return typeof setting === 'function' ? setting() : setting
}

/** The settings that hold secrets or come from the environment, checked once they are needed. */
function configureUpstream(options: BookingProxyOptions): UpstreamConfig {
  const appKey = readSetting(options.appKey)
  if (typeof appKey !== 'string' || appKey === '') {
    throw new TypeError('createBookingProxy: `appKey` is required')
  }
  const upstream = readSetting(options.upstream)
  const upstreamUrl = createUpstreamUrl(typeof upstream === 'string' ? upstream : '')
  const authorization = basicAuth(appKey)
  return { upstreamUrl, authorization, secrets: [appKey, authorization.slice('Basic '.length)] }
}

function checkedBasePath(basePath: string): string[] {
  try {
    return sanitizePath(basePath === '' ? '/' : basePath)
  } catch {
    throw new TypeError(`createBookingProxy: basePath "${basePath}" must be a plain path like /api/booking`)
  }
}

function addHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'Vary') response.headers.append(name, value)
    else response.headers.set(name, value)
  }
  return response
}
