import type * as z from 'zod/mini'
import {
  AuthError,
  HttpError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  ResponseShapeError,
  ServerError,
  SlotTakenError,
  ValidationError,
  type FieldErrors,
  type HttpErrorInit,
  type RequestTarget,
} from './errors.js'

// Turns an HTTP answer into the schema's output or the one typed error that
// describes what went wrong. Kept apart from the transport: this half only
// reads a finished response and never touches the network.

const SNIPPET_LENGTH = 200

/** Reads a finished response: the parsed body, or a typed error. */
export function parseResponse(
  target: RequestTarget,
  response: Response,
  text: string,
  schema: z.ZodMiniType | null,
): unknown {
  const requestId = response.headers.get('Timekit-Request-Id') ?? undefined
  const status = response.status
  const snippet = text.slice(0, SNIPPET_LENGTH)
  const isEmpty = text.trim() === ''
  let json: unknown
  let jsonError: unknown
  let isJson = false
  if (!isEmpty) {
    try {
      json = JSON.parse(text)
      isJson = true
    } catch (error) {
      jsonError = error
    }
  }
  const parseError = (reason: string) =>
    new ResponseParseError({ ...target, status, snippet, requestId }, reason, jsonError)

  if (!response.ok) {
    // An empty error body (a bare 503) is not a parse failure: there was nothing to parse.
    throw httpError({
      ...target,
      status,
      statusText: response.statusText,
      ...readErrorTexts(isJson ? json : undefined),
      requestId,
      body: isJson ? json : isEmpty ? undefined : snippet,
      cause: isJson || isEmpty ? undefined : parseError('error body is not JSON'),
      retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
      model: isJson ? readString(json, 'model') : undefined,
    })
  }

  // A body-less call (DELETE) still must not take a non-JSON page for
  // success: an HTML 200 means the base URL points at the app, not the API.
  if (!isJson) {
    if (schema === null && isEmpty) return undefined
    throw parseError(isEmpty ? 'empty body where JSON was expected' : 'body is not JSON')
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

/**
 * `error` and `errors`, read in the contract's order. Messages that `errors`
 * gives for no field (`{"errors": "…"}`, `{"errors": ["…"]}`) are the
 * general error when `error` is absent, never a field named `''`.
 */
function readErrorTexts(json: unknown): { error: string | undefined; fieldErrors: FieldErrors } {
  if (json === undefined) return { error: undefined, fieldErrors: {} }
  const { '': general, ...fieldErrors } = readFieldErrors(json)
  return { error: readString(json, 'error') ?? readString(json, 'message') ?? general?.join(' '), fieldErrors }
}

/**
 * Flattens the API's `errors` object to `field path → messages`. Timekit sends
 * `{"customer.email": ["…"]}`; some proxies nest (`{customer: {email: [...]}}`)
 * or send a bare string: all end up as dotted paths with string lists.
 */
function readFieldErrors(json: unknown): FieldErrors {
  // No prototype: a field named `constructor`, `toString` or `__proto__` is a
  // field like any other (the caller's copy below is a plain object again).
  const out: FieldErrors = Object.create(null) as FieldErrors
  const errors = typeof json === 'object' && json !== null ? (json as { errors?: unknown }).errors : undefined
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') (out[path] ??= []).push(value)
    else if (Array.isArray(value)) {
      for (const item of value) visit(item, path)
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
