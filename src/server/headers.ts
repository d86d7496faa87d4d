/**
 * Request headers passed on to Timekit. An allow-list, not a block-list:
 * `Authorization` and `Cookie` belong to the app, not to Timekit; `Host`,
 * `X-Forwarded-*` and `Forwarded` could steer routing or logs upstream;
 * `Timekit-Context` switches what the key acts as. Anything not named here
 * stays behind, including headers invented after this was written.
 * `Content-Type` is set by the proxy itself, since it re-serialises the body.
 */
export const FORWARDED_REQUEST_HEADERS: readonly string[] = Object.freeze([
  'accept',
  'accept-language',
  'timekit-timezone',
])

/**
 * Response headers passed back to the browser: the request id (for support),
 * `Retry-After` (for the client's `RateLimitError`) and the test-mode flag.
 * Never `Set-Cookie`, server banners, `Location` or anything else upstream says.
 */
export const FORWARDED_RESPONSE_HEADERS: readonly string[] = Object.freeze([
  'timekit-request-id',
  'retry-after',
  'timekit-testmode',
])

/**
 * Headers some frameworks read as "treat this POST as a DELETE". The proxy
 * never honours them and refuses requests that carry them, so no layer in
 * front of or behind it can be talked into a different method.
 */
export const METHOD_OVERRIDE_HEADERS: readonly string[] = Object.freeze([
  'x-http-method-override',
  'x-http-method',
  'x-method-override',
])

/** Copies the allowed headers from `from`. */
export function pickHeaders(from: Headers, names: readonly string[]): Headers {
  const out = new Headers()
  for (const name of names) {
    const value = from.get(name)
    if (value !== null) out.set(name, value)
  }
  return out
}
