/**
 * Fetch wrappers for {@link MockKit}'s `wrapFetch`: they answer the first
 * `POST /bookings` the way a real server, gateway or network fails, and let
 * every other request reach the in-page mock backend.
 */

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })

const isCreateBooking = (input: RequestInfo | URL, init?: RequestInit) => {
  const request = input instanceof Request ? input : undefined
  const url = new URL(request?.url ?? String(input), 'https://mock.local')
  return (init?.method ?? request?.method ?? 'GET').toUpperCase() === 'POST' && /\/bookings$/.test(url.pathname)
}

/** Answers the first `POST /bookings` with `answer(next, input, init)`; later ones go through. */
export function failFirstBooking(
  answer: (next: typeof fetch, input: RequestInfo | URL, init?: RequestInit) => Promise<Response>,
): (next: typeof fetch) => typeof fetch {
  return (next) => {
    let failed = false
    return (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!failed && isCreateBooking(input, init)) {
        failed = true
        return answer(next, input, init)
      }
      return next(input, init)
    }) as typeof fetch
  }
}

const GATEWAY_503 = `<!DOCTYPE html>
<html><head><title>503 Service Temporarily Unavailable</title></head>
<body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>
`

/** The failures of issue 11, each as the first `POST /bookings` answers it. */
export const bookingFaults = {
  /** The request never gets an answer (offline, DNS, a reset connection). */
  network: failFirstBooking(async () => {
    throw new TypeError('Failed to fetch')
  }),
  /** A gateway's HTML page instead of JSON. */
  serviceUnavailable: failFirstBooking(async () =>
    new Response(GATEWAY_503, { status: 503, statusText: 'Service Unavailable', headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
  ),
  /** Too many requests, come back in two minutes. */
  rateLimited: failFirstBooking(async () => json(429, { error: 'Too many requests' }, { 'Retry-After': '120' })),
  /** A 201 whose JSON body was cut off in transit. */
  malformed: failFirstBooking(async () =>
    new Response('{"data": {"id": "d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb99", "state": "confi', {
      status: 201,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    }),
  ),
  /** The app key was revoked. */
  unauthorized: failFirstBooking(async () => json(401, { error: 'Unauthorized: missing or wrong app key' })),
  /** The server refuses the e-mail address the browser accepted. */
  fieldErrors: failFirstBooking(async () =>
    json(422, { error: 'The given data was invalid.', errors: { 'customer.email': ['This e-mail domain does not accept mail.'] } }),
  ),
  /**
   * Someone else books the same time just before this request lands: the
   * mock backend itself then answers 409.
   */
  takenJustBefore: failFirstBooking(async (next, input, init) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>
    const other = { ...body, customer: { name: 'Else Berg', email: 'else@example.com', timezone: 'Europe/Copenhagen' } }
    const first = await next(input, { ...init, body: JSON.stringify(other) })
    if (first.status !== 201) throw new Error(`takenJustBefore: the other booking got ${first.status}`)
    return next(input, init)
  }),
}
