import type { Slot } from './schemas.js'

/** Where a failed call went: names `METHOD path` in every message. */
export interface RequestTarget {
  /** HTTP method, upper case. */
  method: string
  /** Path below the base URL, e.g. `/bookings/3f…/cancel`. */
  path: string
}

/** Field path (`customer.email`) → messages, as the API's 422 `errors` object gives them. */
export type FieldErrors = Record<string, string[]>

/**
 * The root of every error the kit throws. `instanceof BookingKitError` tells a
 * kit failure from a bug; each subclass carries the fields worth acting on.
 * Aborts are not wrapped: an aborted call rejects with the platform's
 * `AbortError`, as `fetch` does, so cancellation code keeps working.
 */
export class BookingKitError extends Error {
  // Fields here and in the subclasses are `declare`d and set in the constructor: a plain
  // field declaration compiles to a define-as-undefined per field ahead of the very same
  // assignment (own properties, their order and flags are the same either way).
  override name = 'BookingKitError'
  /** HTTP method of the failed call (empty for configuration errors). */
  declare readonly method: string
  /** Path of the failed call below the base URL (empty for configuration errors). */
  declare readonly path: string

  constructor(message: string, target: RequestTarget | null, options?: { cause?: unknown }) {
    super(target ? `${target.method} ${target.path}: ${message}` : message, options)
    this.method = target?.method ?? ''
    this.path = target?.path ?? ''
  }
}

/** The client was configured in a way that cannot work (bad base URL, server key in a browser, …). */
export class ConfigError extends BookingKitError {
  override name = 'ConfigError'
  constructor(message: string) {
    super(message, null)
  }
}

export interface HttpErrorInit extends RequestTarget {
  status: number
  statusText?: string
  /** The API's `error` text, if the body had one. */
  error?: string | undefined
  /** The API's `errors` object, flattened to field path → messages. */
  fieldErrors?: FieldErrors
  /** `Timekit-Request-Id` of the response, for support requests. */
  requestId?: string | undefined
  /** The parsed JSON body, or the body text cut to a short snippet when it was not JSON. */
  body?: unknown
  cause?: unknown
}

/** The server answered with a status outside 2xx. */
export class HttpError extends BookingKitError {
  override name = 'HttpError'
  declare readonly status: number
  /** The API's `error` text, when the body carried one. */
  declare readonly error: string | undefined
  /** Field validation messages from the API's `errors` object (`{}` when none). */
  declare readonly fieldErrors: FieldErrors
  /** `Timekit-Request-Id` response header, when present. */
  declare readonly requestId: string | undefined
  /** Parsed JSON body, or a short snippet of a non-JSON body (a gateway's HTML page). */
  declare readonly body: unknown

  constructor(init: HttpErrorInit) {
    super(describeHttpFailure(init), init, { cause: init.cause })
    this.status = init.status
    this.error = init.error
    this.fieldErrors = init.fieldErrors ?? {}
    this.requestId = init.requestId
    this.body = init.body
  }
}

function describeHttpFailure(init: HttpErrorInit): string {
  const firstField = Object.entries(init.fieldErrors ?? {})[0]
  const nonJson =
    typeof init.body === 'string' ? ` (non-JSON body: ${JSON.stringify(init.body.slice(0, 80))})` : ''
  const detail =
    init.error ??
    (firstField ? `${firstField[0]}: ${firstField[1].join(' ')}` : undefined) ??
    `${init.statusText || 'request failed'}${nonJson}`
  const id = init.requestId ? ` (request ${init.requestId})` : ''
  return `${init.status} ${detail}${id}`
}

/** 401 or 403: the key is missing or wrong, or the key may not do this. */
export class AuthError extends HttpError {
  override name = 'AuthError'
}

/** 404: no such resource or booking. */
export class NotFoundError extends HttpError {
  override name = 'NotFoundError'
  /** The API's `model` field (`Booking`, `Resource`), when given. */
  declare readonly model: string | undefined
  constructor(init: HttpErrorInit & { model?: string | undefined }) {
    super(init)
    this.model = init.model
  }
}

/**
 * 409: the slot was free when it was shown but is taken now. The query layer
 * fills `alternatives` with the nearest free slots of the same length so a
 * page can offer them instead of a dead end.
 */
export class SlotTakenError extends HttpError {
  override name = 'SlotTakenError'
  /** Nearest free slots of the same length, when the caller looked them up. */
  alternatives: Slot[] = []
}

/** 422: the request was understood but some fields are invalid; see `fieldErrors`. */
export class ValidationError extends HttpError {
  override name = 'ValidationError'
}

/** 429: too many requests. `retryAfter` is in seconds, from the `Retry-After` header. */
export class RateLimitError extends HttpError {
  override name = 'RateLimitError'
  declare readonly retryAfter: number | undefined
  constructor(init: HttpErrorInit & { retryAfter?: number | undefined }) {
    super(init)
    this.retryAfter = init.retryAfter
  }
}

/** 5xx: the server or a gateway in front of it failed; worth a retry. */
export class ServerError extends HttpError {
  override name = 'ServerError'
}

/**
 * A 2xx response whose body is not JSON: typically an HTML page from a
 * misconfigured base URL or a gateway, or an empty or cut-off body.
 */
export class ResponseParseError extends BookingKitError {
  override name = 'ResponseParseError'
  declare readonly status: number
  /** The first characters of the body, to see what came back. */
  declare readonly snippet: string
  declare readonly requestId: string | undefined
  constructor(
    target: RequestTarget & { status: number; snippet: string; requestId?: string | undefined },
    reason: string,
    cause?: unknown,
  ) {
    super(`${target.status} ${reason}`, target, { cause })
    this.status = target.status
    this.snippet = target.snippet
    this.requestId = target.requestId
  }
}

/** A field-level problem found by response validation. */
export interface ShapeIssue {
  /** Path of the offending value, e.g. `['data', 0, 'start']`. */
  path: PropertyKey[]
  message: string
  code?: string
}

/**
 * The response was JSON but not of the documented shape. `issues` names each
 * offending path; `cause` is the schema library's own error.
 */
export class ResponseShapeError extends BookingKitError {
  override name = 'ResponseShapeError'
  declare readonly status: number
  declare readonly issues: ShapeIssue[]
  declare readonly requestId: string | undefined
  constructor(
    target: RequestTarget & { status: number; requestId?: string | undefined },
    issues: ShapeIssue[],
    cause: unknown,
  ) {
    const first = issues[0]
    const where = first ? ` at ${first.path.map(String).join('.') || '(root)'}: ${first.message}` : ''
    super(`${target.status} unexpected response shape${where}`, target, { cause })
    this.status = target.status
    this.issues = issues
    this.requestId = target.requestId
  }
}

/** The request never got an answer: DNS, refused connection, CORS, offline. */
export class NetworkError extends BookingKitError {
  override name = 'NetworkError'
  constructor(target: RequestTarget, cause: unknown) {
    super(`network failure (${describeCause(cause)})`, target, { cause })
  }
}

/**
 * `fetch` says only "fetch failed" / "Failed to fetch"; the reason worth
 * reading (`connect ECONNREFUSED 127.0.0.1:3000`) sits on its own `cause`.
 */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause)
  const inner = cause.cause instanceof Error ? cause.cause.message : undefined
  return inner && inner !== cause.message ? `${cause.message}: ${inner}` : cause.message
}

/** No answer within `timeoutMs`. */
export class TimeoutError extends BookingKitError {
  override name = 'TimeoutError'
  declare readonly timeoutMs: number
  constructor(target: RequestTarget, timeoutMs: number) {
    super(`no response within ${timeoutMs} ms`, target)
    this.timeoutMs = timeoutMs
  }
}

/**
 * The answer was larger than `maxResponseBytes`: reading stopped there, so a
 * runaway answer cannot fill a tab's or a server's memory.
 */
export class ResponseTooLargeError extends BookingKitError {
  override name = 'ResponseTooLargeError'
  declare readonly status: number
  /** The configured `maxResponseBytes`. */
  declare readonly limit: number
  declare readonly requestId: string | undefined
  constructor(target: RequestTarget & { status: number; requestId?: string | undefined }, limit: number) {
    super(`${target.status} response body is larger than maxResponseBytes (${limit} bytes); it was not read`, target)
    this.status = target.status
    this.limit = limit
    this.requestId = target.requestId
  }
}

/** True for every error the kit throws. */
export function isBookingKitError(error: unknown): error is BookingKitError {
  return error instanceof BookingKitError
}

/** True for the platform's abort rejection (`fetch` aborted through a signal). */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError'
  )
}
