/** Field path → messages, Timekit's 422 `errors` shape. */
export type FieldErrors = Record<string, string[]>

/** Thrown by handlers; the router turns it into a JSON response. */
export class HttpError extends Error {
  readonly status: number
  readonly body: Record<string, unknown>
  readonly headers: Record<string, string>

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(typeof body.error === 'string' ? body.error : `HTTP ${status}`)
    this.name = 'HttpError'
    this.status = status
    this.body = body
    this.headers = headers
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  })
}

export function noContent(): Response {
  return new Response(null, { status: 204 })
}

export function notFound(model: string): HttpError {
  return new HttpError(404, { error: 'Resource does not exist', model })
}

export function unprocessable(errors: FieldErrors): HttpError {
  return new HttpError(422, { errors })
}

export function fieldError(field: string, message: string): HttpError {
  return unprocessable({ [field]: [message] })
}

export function errorMessage(status: number, message: string): HttpError {
  return new HttpError(status, { error: message })
}

/** Collects field errors across checks so one 422 names every bad field. */
export class ErrorBag {
  readonly errors: FieldErrors = {}

  add(field: string, message: string): void {
    ;(this.errors[field] ??= []).push(message)
  }

  merge(other: FieldErrors): void {
    for (const [field, messages] of Object.entries(other)) for (const m of messages) this.add(field, m)
  }

  get empty(): boolean {
    return Object.keys(this.errors).length === 0
  }

  throwIfAny(): void {
    if (!this.empty) throw unprocessable(this.errors)
  }
}

export const ALLOWED_HEADERS = 'Authorization, Content-Type, Timekit-Timezone, Timekit-Context'
export const EXPOSED_HEADERS = 'Timekit-Request-Id, Retry-After'

/** Echoes the caller's origin (any origin is allowed) or `*` when there is none. */
export function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get('Origin')
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    ...(origin ? { Vary: 'Origin' } : {}),
  }
}

export function preflightHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  }
}

/** Copies a response and adds headers (Response headers may be immutable). */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers)
  for (const [k, v] of Object.entries(headers)) merged.set(k, v)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged })
}
