import type { z } from 'zod/mini'
import {
  AuthError,
  ConfigError,
  HttpError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  ResponseShapeError,
  ServerError,
  SlotTakenError,
  TimeoutError,
  ValidationError,
  type FieldErrors,
  type HttpErrorInit,
  type RequestTarget,
} from './errors.js'

/** Extra headers: a fixed object, or a function run before every request (e.g. a fresh bearer token). */
export type HeadersInput =
  | Record<string, string>
  | (() => Record<string, string> | Promise<Record<string, string>>)

/** Configuration of {@link createBookingClient}. */
export interface BookingClientConfig {
  /**
   * Base URL of the API, with its version, or of the app's own proxy:
   * `https://api.timekit.io/v2`, `/api/booking`. A trailing slash is optional.
   */
  baseUrl: string
  /**
   * Timekit App-Token, sent as HTTP Basic with an empty user. Use only widget
   * keys (`test_widget_key_…`) in a browser; server keys belong behind a proxy.
   */
  appKey?: string
  /** Headers added to every request; may be an async function. */
  headers?: HeadersInput
  /**
   * The `fetch` to use: inject the mock backend's, a test server's or one with
   * your own instrumentation.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch
  /**
   * Milliseconds to wait for a response before failing with `TimeoutError`.
   * `0` waits forever.
   * @default 15000
   */
  timeoutMs?: number
}

/** Per-call options: the last argument of every client method. */
export interface RequestOptions {
  /** Aborts the call; the promise rejects with the platform's `AbortError`. */
  signal?: AbortSignal | undefined
  /** Headers for this call only; they win over the client's. */
  headers?: Record<string, string> | undefined
}

export type QueryValue = string | number | boolean | undefined | null

export interface TransportRequest<TSchema extends z.ZodMiniType | null> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  query?: Record<string, QueryValue> | undefined
  body?: unknown
  /** Schema of the successful body; `null` when the body is ignored. */
  schema: TSchema
  options?: RequestOptions | undefined
}

export type Transport = <TSchema extends z.ZodMiniType | null>(
  request: TransportRequest<TSchema>,
) => Promise<TSchema extends z.ZodMiniType ? z.output<TSchema> : void>

const SNIPPET_LENGTH = 200
const DEFAULT_TIMEOUT_MS = 15_000

/** Joins a base URL and a path with exactly one slash between them. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}

function basicAuth(appKey: string): string {
  const bytes = new TextEncoder().encode(`:${appKey}`)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `Basic ${btoa(binary)}`
}

function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined'
}

/** Builds the function every endpoint goes through: URL, headers, timeout, typed errors, validation. */
export function createTransport(config: BookingClientConfig): Transport {
  if (typeof config.baseUrl !== 'string' || config.baseUrl.trim() === '') {
    throw new ConfigError('createBookingClient: `baseUrl` is required')
  }
  if (config.appKey?.startsWith('live_api_key_') && isBrowser()) {
    // A server key in a page is a leaked key: anyone can read it from the
    // network tab. Refuse loudly rather than leak it on the first request.
    throw new ConfigError(
      'createBookingClient: a server key (live_api_key_…) must never reach a browser; ' +
        'put it behind react-booking-kit/server and point `baseUrl` at your proxy',
    )
  }
  const fetchImpl = config.fetch ?? globalThis.fetch
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const authorization = config.appKey ? basicAuth(config.appKey) : undefined

  return (async (request: TransportRequest<z.ZodMiniType | null>) => {
    const target: RequestTarget = { method: request.method, path: request.path }
    const url = resolveUrl(config.baseUrl, request.path)
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value))
    }

    const headers = new Headers({ Accept: 'application/json' })
    if (authorization) headers.set('Authorization', authorization)
    const extra = typeof config.headers === 'function' ? await config.headers() : config.headers
    for (const [key, value] of Object.entries({ ...extra, ...request.options?.headers })) {
      headers.set(key, value)
    }
    let body: string | undefined
    if (request.body !== undefined) {
      body = JSON.stringify(request.body)
      headers.set('Content-Type', 'application/json')
    }

    const userSignal = request.options?.signal
    userSignal?.throwIfAborted()
    const timeout = new AbortController()
    const onUserAbort = () => timeout.abort(userSignal?.reason)
    userSignal?.addEventListener('abort', onUserAbort, { once: true })
    let timedOut = false
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true
            timeout.abort()
          }, timeoutMs)
        : undefined

    try {
      let response: Response
      let text: string
      try {
        response = await fetchImpl(url.href, { method: request.method, headers, body, signal: timeout.signal })
        text = await response.text()
      } catch (error) {
        if (timedOut) throw new TimeoutError(target, timeoutMs)
        if (userSignal?.aborted) throw userSignal.reason ?? error
        throw new NetworkError(target, error)
      }
      return parseResponse(target, response, text, request.schema)
    } finally {
      clearTimeout(timer)
      userSignal?.removeEventListener('abort', onUserAbort)
    }
  }) as Transport
}

function resolveUrl(baseUrl: string, path: string): URL {
  // A relative base URL (`/api/booking`) resolves against the page, as fetch would.
  const page = typeof location !== 'undefined' ? location.href : undefined
  const joined = joinUrl(baseUrl, path)
  try {
    return new URL(joined, page)
  } catch {
    // Outside a page (SSR, a test runner) a relative base URL has nothing to
    // resolve against; fail with the kit's own error rather than `Invalid URL`.
    throw new ConfigError(
      `createBookingClient: cannot make a URL of ${JSON.stringify(joined)}` +
        (page ? '' : '; outside a browser `baseUrl` must be absolute (https://…)'),
    )
  }
}

function parseResponse(
  target: RequestTarget,
  response: Response,
  text: string,
  schema: z.ZodMiniType | null,
): unknown {
  const requestId = response.headers.get('Timekit-Request-Id') ?? undefined
  const status = response.status
  const snippet = text.slice(0, SNIPPET_LENGTH)
  let json: unknown
  let jsonError: unknown
  let isJson = false
  if (text.trim() !== '') {
    try {
      json = JSON.parse(text)
      isJson = true
    } catch (error) {
      jsonError = error
    }
  }

  if (!response.ok) {
    // An empty error body (a bare 503) is not a parse failure: there was nothing to parse.
    const isEmpty = text.trim() === ''
    const parseFailure =
      isJson || isEmpty
        ? undefined
        : new ResponseParseError({ ...target, status, snippet, requestId }, 'error body is not JSON', jsonError)
    throw httpError({
      ...target,
      status,
      statusText: response.statusText,
      ...readErrorTexts(isJson ? json : undefined),
      requestId,
      body: isJson ? json : isEmpty ? undefined : snippet,
      cause: parseFailure,
      retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
      model: isJson ? readString(json, 'model') : undefined,
    })
  }

  // A body-less call (DELETE) still must not take a non-JSON page for
  // success: an HTML 200 means the base URL points at the app, not the API.
  if (schema === null && (isJson || text.trim() === '')) return undefined
  if (!isJson) {
    const reason = text.trim() === '' ? 'empty body where JSON was expected' : 'body is not JSON'
    throw new ResponseParseError({ ...target, status, snippet, requestId }, reason, jsonError)
  }
  if (schema === null) return undefined
  const result = schema.safeParse(json)
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: issue.path,
      message: describeIssue(issue, json),
      code: issue.code,
    }))
    throw new ResponseShapeError({ ...target, status, requestId }, issues, result.error)
  }
  return result.data
}

function httpError(
  init: HttpErrorInit & { retryAfter: number | undefined; model: string | undefined },
): HttpError {
  const { status } = init
  if (status === 401 || status === 403) return new AuthError(init)
  if (status === 404) return new NotFoundError(init)
  if (status === 409) return new SlotTakenError(init)
  if (status === 422) return new ValidationError(init)
  if (status === 429) return new RateLimitError(init)
  if (status >= 500) return new ServerError(init)
  return new HttpError(init)
}

function readString(json: unknown, key: string): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  const value = (json as Record<string, unknown>)[key]
  return typeof value === 'string' ? value : undefined
}

function readErrorText(json: unknown): string | undefined {
  return readString(json, 'error') ?? readString(json, 'message')
}

/**
 * Flattens the API's `errors` object to `field path → messages`. Timekit sends
 * `{"customer.email": ["…"]}`; some proxies nest (`{customer: {email: [...]}}`)
 * or send a bare string: all end up as dotted paths with string lists.
 */
/**
 * `error` and `errors`, read in the contract's order. Messages that `errors`
 * gives for no field (`{"errors": "…"}`, `{"errors": ["…"]}`) are the
 * general error when `error` is absent, never a field named `''`.
 */
function readErrorTexts(json: unknown): { error: string | undefined; fieldErrors: FieldErrors } {
  if (json === undefined) return { error: undefined, fieldErrors: {} }
  const { '': general, ...fieldErrors } = readFieldErrors(json)
  return { error: readErrorText(json) ?? general?.join(' '), fieldErrors }
}

function readFieldErrors(json: unknown): FieldErrors {
  const out: FieldErrors = {}
  const errors = typeof json === 'object' && json !== null ? (json as { errors?: unknown }).errors : undefined
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') out[path] = [...(out[path] ?? []), value]
    else if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string') out[path] = [...(out[path] ?? []), item]
        else visit(item, path)
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key)
    }
  }
  if (errors !== undefined) visit(errors, '')
  return out
}

/** `Retry-After` is either delay seconds or an HTTP date; both become seconds from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  // An HTTP date always names a day or month; without the check Date.parse
  // reads junk such as "1.5" or "-1" as a date in the past, i.e. "retry now".
  if (!/[a-z]/i.test(value)) return undefined
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000))
}

/**
 * `zod/mini` ships no message locale (that is most of its saving), so the
 * generic "Invalid input" is turned into something a developer can act on.
 */
function describeIssue(
  issue: { code: string; message: string; path: PropertyKey[]; expected?: unknown },
  json: unknown,
): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message
  if (issue.code === 'invalid_type') {
    let value: unknown = json
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key]
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
    return `expected ${String(issue.expected)}, got ${got}`
  }
  return issue.code.replaceAll('_', ' ')
}
