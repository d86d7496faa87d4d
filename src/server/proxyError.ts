import { textResponse } from './responseText.js'

/**
 * A response the proxy makes itself, in the contract's `{"error": "…"}` shape so
 * the browser client's typed errors (`AuthError`, `ValidationError`, …) work
 * the same whether Timekit or the proxy said no.
 *
 * Messages are fixed strings written here: never an upstream URL, an upstream
 * body, a stack or anything derived from the key.
 */
export function proxyError(
  status: number,
  error: string,
  extra: { errors?: Record<string, string[]>; headers?: Record<string, string> } = {},
): Response {
  const body = extra.errors ? { error, errors: extra.errors } : { error }
  return textResponse(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra.headers },
  })
}

/** Thrown inside the proxy to stop a request with a proxy-made error response. */
export class ProxyRejection extends Error {
  override name = 'ProxyRejection'
  readonly status: number
  readonly errors: Record<string, string[]> | undefined

  constructor(status: number, message: string, errors?: Record<string, string[]>) {
    super(message)
    this.status = status
    this.errors = errors
  }

  toResponse(): Response {
    return proxyError(this.status, this.message, this.errors ? { errors: this.errors } : {})
  }
}
