import type * as z from 'zod/mini'
import {
  BookingKitError,
  ConfigError,
  NetworkError,
  ResponseTooLargeError,
  TimeoutError,
  type RequestTarget,
} from './errors.js'
import { parseResponse } from './parseResponse.js'
import { basicAuth } from './basicAuth.js'

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
   * Milliseconds to wait before failing with `TimeoutError`, counted from the
   * call: an async `headers` function, the response and its body all fall
   * within it. `0` waits forever.
   * @default 15000
   */
  timeoutMs?: number
  /**
   * Largest response body read, in bytes; a larger one rejects with
   * `ResponseTooLargeError` as soon as the limit is passed, without reading
   * the rest. Unset reads any size.
   * @default undefined (no limit)
   */
  maxResponseBytes?: number
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

const DEFAULT_TIMEOUT_MS = 15_000

/** Joins a base URL and a path with exactly one slash between them. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
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
  const maxResponseBytes = config.maxResponseBytes
  if (maxResponseBytes !== undefined && !(Number.isInteger(maxResponseBytes) && maxResponseBytes > 0)) {
    throw new ConfigError(
      `createBookingClient: \`maxResponseBytes\` must be a positive whole number, got ${String(maxResponseBytes)}`,
    )
  }
  const authorization = config.appKey ? basicAuth(config.appKey) : undefined

  return (async (request: TransportRequest<z.ZodMiniType | null>) => {
    const target: RequestTarget = { method: request.method, path: request.path }
    const url = resolveUrl(config.baseUrl, request.path)
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value))
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
    // A timeout and the caller's abort win over whatever the aborted step threw.
    const abortedOr = (error: unknown, otherwise: () => unknown) =>
      timedOut ? new TimeoutError(target, timeoutMs) : userSignal?.aborted ? (userSignal.reason ?? error) : otherwise()

    try {
      let extra: Record<string, string> | undefined
      try {
        // The clock runs from the call: a token refresh that hangs is a timeout too.
        extra = await untilAborted(resolveHeaders(config.headers, target), timeout.signal)
      } catch (error) {
        throw abortedOr(error, () => error)
      }
      const headers = new Headers({ Accept: 'application/json' })
      if (authorization) headers.set('Authorization', authorization)
      for (const [key, value] of Object.entries({ ...extra, ...request.options?.headers })) {
        try {
          headers.set(key, value)
        } catch (error) {
          // HTTP headers are bytes: a value beyond Latin-1 or a name with a space
          // makes `Headers` throw a bare TypeError naming neither call nor header.
          const reason = error instanceof Error ? error.message : String(error)
          throw new BookingKitError(`invalid header ${key} (${reason}); nothing was sent`, target, { cause: error })
        }
      }
      let body: string | undefined
      if (request.body !== undefined) {
        body = JSON.stringify(request.body)
        headers.set('Content-Type', 'application/json')
      }

      let response: Response
      let text: string
      try {
        // A `fetch` that ignores its signal (a test double, a wrapper) must not
        // outlive the timeout: the call gives up even when the request doesn't.
        response = await untilAborted(fetchImpl(url.href, { method: request.method, headers, body, signal: timeout.signal }), timeout.signal)
        text = await untilAborted(readText(response, target, maxResponseBytes), timeout.signal)
      } catch (error) {
        throw error instanceof ResponseTooLargeError ? error : abortedOr(error, () => new NetworkError(target, error))
      }
      return parseResponse(target, response, text, request.schema)
    } finally {
      clearTimeout(timer)
      userSignal?.removeEventListener('abort', onUserAbort)
    }
  }) as Transport
}

/** `promise`, or a rejection as soon as `signal` aborts (the promise itself cannot be stopped). */
// The signal is the call's own (one per request, dropped with it), so its listener needs no removal.
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    signal.throwIfAborted()
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    promise.then(resolve, reject)
  })
}

/** The body as text; with a limit, read chunk by chunk and cancelled once it is passed. */
async function readText(response: Response, target: RequestTarget, maxBytes: number | undefined): Promise<string> {
  if (maxBytes === undefined || !response.body) return response.text()
  const tooLarge = () =>
    new ResponseTooLargeError(
      { ...target, status: response.status, requestId: response.headers.get('Timekit-Request-Id') ?? undefined },
      maxBytes,
    )
  const declared = Number(response.headers.get('Content-Length') ?? NaN)
  if (declared > maxBytes) {
    await response.body.cancel().catch(() => {})
    throw tooLarge()
  }
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let size = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      throw tooLarge()
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

/**
 * Runs the app's `headers` function (a token refresh, typically). Its
 * failure becomes a `BookingKitError` naming the call, with the app's error
 * as `cause`, so a page handles one error family.
 */
async function resolveHeaders(
  headers: HeadersInput | undefined,
  target: RequestTarget,
): Promise<Record<string, string> | undefined> {
  if (typeof headers !== 'function') return headers
  try {
    return await headers()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new BookingKitError(`the headers function failed (${reason}); nothing was sent`, target, { cause: error })
  }
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
