/** Cross-origin access for pages served from another origin than the proxy. */
export interface CorsOptions {
  /**
   * Exact origins allowed to call the proxy from a browser, e.g.
   * `['https://shop.example.com']`. Every other origin gets no CORS header at
   * all, so its pages cannot read a response. `'*'` is refused: list them.
   */
  origins: readonly string[]
  /**
   * Send `Access-Control-Allow-Credentials: true`, for routes whose
   * `authorize` reads a session cookie set on the proxy's origin.
   * @default false
   */
  credentials?: boolean
  /**
   * Seconds a browser may cache a preflight answer.
   * @default 600
   */
  maxAge?: number
}

/** Request headers a page may send cross-origin (the ones the proxy forwards, and its own Content-Type). */
const ALLOWED_REQUEST_HEADERS = 'Content-Type, Accept, Accept-Language, Timekit-Timezone'
const EXPOSED_RESPONSE_HEADERS = 'Timekit-Request-Id, Retry-After'

/** A checked CORS configuration: origins normalised once at start-up. */
export interface CorsConfig {
  origins: ReadonlySet<string>
  credentials: boolean
  maxAge: number
}

export function compileCors(options: CorsOptions | undefined): CorsConfig | null {
  if (!options) return null
  const origins = new Set<string>()
  for (const origin of options.origins) {
    if (origin === '*') throw new TypeError('createBookingProxy: cors origin "*" is refused; list the origins')
    let url: URL
    try {
      url = new URL(origin)
    } catch {
      throw new TypeError(`createBookingProxy: cors origin "${origin}" is not a URL origin`)
    }
    if (url.origin === 'null' || !/^https?:$/.test(url.protocol)) {
      throw new TypeError(`createBookingProxy: cors origin "${origin}" must be an http(s) origin`)
    }
    origins.add(url.origin)
  }
  return { origins, credentials: options.credentials ?? false, maxAge: options.maxAge ?? 600 }
}

/** The listed origin of this request, or `null` (no header, or not listed). */
export function allowedOrigin(request: Request, cors: CorsConfig | null): string | null {
  const origin = request.headers.get('Origin')
  return cors && origin !== null && cors.origins.has(origin) ? origin : null
}

/** Headers for an actual (non-preflight) response. Empty for an unlisted origin. */
export function corsHeaders(origin: string | null, cors: CorsConfig | null): Record<string, string> {
  if (!cors) return {}
  // Vary even when the origin is refused: a shared cache must not hand one
  // origin's answer (with or without CORS headers) to another.
  if (origin === null) return { Vary: 'Origin' }
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_RESPONSE_HEADERS,
    ...(cors.credentials ? { 'Access-Control-Allow-Credentials': 'true' } : {}),
    Vary: 'Origin',
  }
}

/** Headers of a preflight answer for a listed origin. */
export function preflightHeaders(origin: string, cors: CorsConfig, methods: readonly string[]): Record<string, string> {
  return {
    ...corsHeaders(origin, cors),
    'Access-Control-Allow-Methods': methods.join(', '),
    'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS,
    'Access-Control-Max-Age': String(cors.maxAge),
  }
}
