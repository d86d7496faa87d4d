// Every way a response can go wrong, through a real HTTP server: each ends in
// one specific subclass of BookingKitError carrying the fields worth acting
// on, and a message that names `METHOD path` and the status. Aborts are the
// one exception: they reject with the platform's AbortError, untouched.
import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  AuthError,
  BookingKitError,
  createBookingClient,
  HttpError,
  isAbortError,
  isBookingKitError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  ResponseShapeError,
  ServerError,
  SlotTakenError,
  TimeoutError,
  ValidationError,
  type AvailabilityParams,
  type BookingClient,
  type BookingClientConfig,
} from '../../src/client'
import { BOOKING_ID, CUSTOMER, RESOURCE_ID, bookingPayload, resourcePayload } from './support/fixtures'
import { json, raw, refusedOrigin, startTestServer, type Responder, type TestServer } from './support/testServer'

let server: TestServer
let refused: string

beforeAll(async () => {
  server = await startTestServer()
  refused = await refusedOrigin()
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.reset()
})

const QUERY: AvailabilityParams = { mode: 'roundrobin_random', resources: [RESOURCE_ID] }
const SLOT = { start: '2026-03-30T09:00:00Z', end: '2026-03-30T10:00:00Z', resources: [RESOURCE_ID] }
const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'
const HTML_200 = `<!doctype html><html><head><title>My app</title></head><body><div id="root"></div>${'<!-- -->'.repeat(60)}</body></html>`

type ErrorClass = abstract new (...args: never[]) => BookingKitError

interface BadResponse {
  name: string
  /** The call, as `METHOD path` below the base URL, that the message must name. */
  target: string
  call: (client: BookingClient) => Promise<unknown>
  /** What the server answers; none for a refused connection. */
  response?: Responder
  config?: Partial<BookingClientConfig>
  /** Talk to a port that refuses connections instead of the test server. */
  refused?: boolean
  errorClass: ErrorClass
  /** The status the message must name (none when there was no response). */
  status?: number
  /** Own fields of the error, compared with toEqual one by one. */
  fields?: Record<string, unknown>
  check?: (error: never) => void
}

const query = (c: BookingClient) => c.availability.query(QUERY)
const getBooking = (c: BookingClient) => c.bookings.get(BOOKING_ID)
const createBooking = (c: BookingClient) =>
  c.bookings.create({
    resource_id: RESOURCE_ID,
    start: '2026-03-30T09:00:00Z',
    end: '2026-03-30T10:00:00Z',
    customer: { ...CUSTOMER, email: 'not-an-email' },
  })

function httpDateIn(seconds: number): string {
  return new Date(Date.now() + seconds * 1000).toUTCString()
}

const cases: BadResponse[] = [
  {
    name: 'HTML 502 from a gateway',
    target: 'POST /availability',
    call: query,
    response: raw(502, HTML_502),
    errorClass: ServerError,
    status: 502,
    fields: { status: 502, error: undefined, fieldErrors: {}, body: HTML_502.slice(0, 200) },
    check: (error: ServerError) => {
      expect(error.message).toContain('Bad Gateway')
      expect(error.message).toContain('non-JSON body')
      expect(error.cause).toBeInstanceOf(ResponseParseError)
      expect((error.cause as ResponseParseError).snippet).toContain('<title>502 Bad Gateway</title>')
      expect((error.cause as ResponseParseError).cause).toBeInstanceOf(SyntaxError)
    },
  },
  {
    name: 'HTML 200 (base URL pointing at the app, not the API)',
    target: 'POST /availability',
    call: query,
    response: raw(200, HTML_200),
    errorClass: ResponseParseError,
    status: 200,
    fields: { status: 200, snippet: HTML_200.slice(0, 200), requestId: undefined },
    check: (error: ResponseParseError) => {
      expect(error.snippet).toHaveLength(200)
      expect(error.snippet.startsWith('<!doctype html>')).toBe(true)
      expect(error.message).toContain('not JSON')
      expect(error.cause).toBeInstanceOf(SyntaxError)
    },
  },
  {
    name: 'truncated JSON',
    target: 'GET /bookings',
    call: (c) => c.bookings.list(),
    response: raw(200, '{"data": [{"id": "b1", "graph": "inst', 'application/json'),
    errorClass: ResponseParseError,
    status: 200,
    fields: { snippet: '{"data": [{"id": "b1", "graph": "inst' },
    check: (error: ResponseParseError) => expect(error.cause).toBeInstanceOf(SyntaxError),
  },
  {
    name: 'empty body on 200',
    target: 'GET /resources/' + RESOURCE_ID,
    call: (c) => c.resources.get(RESOURCE_ID),
    response: raw(200, '', 'application/json'),
    errorClass: ResponseParseError,
    status: 200,
    fields: { status: 200, snippet: '' },
    check: (error: ResponseParseError) => expect(error.message).toContain('empty body'),
  },
  {
    name: 'body cut off on the wire (connection closed mid-body)',
    target: 'POST /availability',
    call: query,
    response: { ...json(200, { data: [SLOT, SLOT, SLOT] }), cutAfterBytes: 20 },
    errorClass: NetworkError,
    check: (error: NetworkError) => expect(error.cause).toBeInstanceOf(Error),
  },
  {
    name: 'JSON null body',
    target: 'POST /availability',
    call: query,
    response: raw(200, 'null', 'application/json'),
    errorClass: ResponseShapeError,
    status: 200,
    check: (error: ResponseShapeError) => {
      expect(error.issues[0]?.path).toEqual([])
      expect(error.issues[0]?.message).toMatch(/expected object.*null/)
      expect(error.message).toContain('(root)')
    },
  },
  {
    name: '`data` missing',
    target: 'GET /bookings/' + BOOKING_ID,
    call: getBooking,
    response: json(200, { booking: bookingPayload() }),
    errorClass: ResponseShapeError,
    status: 200,
    check: (error: ResponseShapeError) => {
      expect(error.issues[0]?.path).toEqual(['data'])
      expect(error.message).toContain('at data:')
      expect(error.cause).toBeInstanceOf(Error)
    },
  },
  {
    name: '`data` is an object where an array is expected',
    target: 'POST /availability',
    call: query,
    response: json(200, { data: SLOT }),
    errorClass: ResponseShapeError,
    status: 200,
    check: (error: ResponseShapeError) => {
      expect(error.issues[0]?.path).toEqual(['data'])
      expect(error.issues[0]?.message).toMatch(/expected array.*object/)
    },
  },
  {
    name: 'a bare array without the envelope',
    target: 'POST /availability/dates',
    call: (c) => c.availability.dates(QUERY),
    response: json(200, [{ date: '2026-06-10', resources: [] }]),
    errorClass: ResponseShapeError,
    status: 200,
    check: (error: ResponseShapeError) => expect(error.issues[0]?.path).toEqual([]),
  },
  {
    name: 'slot start is a number',
    target: 'POST /availability',
    call: query,
    response: json(200, { data: [SLOT, { ...SLOT, start: 1774861200 }] }),
    errorClass: ResponseShapeError,
    status: 200,
    check: (error: ResponseShapeError) => {
      expect(error.issues[0]?.path).toEqual(['data', 1, 'start'])
      expect(error.issues[0]?.message).toMatch(/expected string.*number/)
      expect(error.message).toContain('data.1.start')
    },
  },
  {
    name: 'booking id is null',
    target: 'GET /bookings/' + BOOKING_ID,
    call: getBooking,
    response: json(200, { data: bookingPayload({ id: null }) }),
    errorClass: ResponseShapeError,
    status: 200,
    check: (error: ResponseShapeError) => {
      expect(error.issues.map((issue) => issue.path)).toEqual([['data', 'id']])
      expect(error.issues[0]?.message).toMatch(/expected string.*null/)
    },
  },
  {
    name: 'timestamp without an offset',
    target: 'POST /availability',
    call: query,
    response: json(200, { data: [{ ...SLOT, end: '2026-03-30T10:00:00' }] }),
    errorClass: ResponseShapeError,
    status: 200,
    check: (error: ResponseShapeError) => {
      expect(error.issues[0]?.path).toEqual(['data', 0, 'end'])
      expect(error.issues[0]?.message).toContain('RFC 3339')
    },
  },
  {
    name: 'event_info timestamp that is a date only',
    target: 'GET /bookings/' + BOOKING_ID,
    call: getBooking,
    response: json(200, {
      data: bookingPayload({ attributes: { event_info: { start: '2026-03-10', end: '2026-03-10T10:00:00Z' } } }),
    }),
    errorClass: ResponseShapeError,
    status: 200,
    check: (error: ResponseShapeError) =>
      expect(error.issues[0]?.path).toEqual(['data', 'attributes', 'event_info', 'start']),
  },
  {
    name: 'a slot resource that is a number',
    target: 'POST /availability',
    call: query,
    response: json(200, { data: [{ ...SLOT, resources: [42] }] }),
    errorClass: ResponseShapeError,
    status: 200,
    check: (error: ResponseShapeError) => expect(error.issues[0]?.path).toEqual(['data', 0, 'resources', 0]),
  },
  {
    name: 'paging field of the wrong type',
    target: 'GET /resources',
    call: (c) => c.resources.list(),
    response: json(200, { data: [resourcePayload()], total: 'many' }),
    errorClass: ResponseShapeError,
    status: 200,
    check: (error: ResponseShapeError) => expect(error.issues[0]?.path).toEqual(['total']),
  },
  {
    name: 'an error body under a 200',
    target: 'PUT /bookings/' + BOOKING_ID + '/confirm',
    call: (c) => c.bookings.confirm(BOOKING_ID),
    response: json(200, { error: 'Something happened' }, { 'Timekit-Request-Id': 'req-shape-1' }),
    errorClass: ResponseShapeError,
    status: 200,
    fields: { requestId: 'req-shape-1' },
    check: (error: ResponseShapeError) => expect(error.issues[0]?.path).toEqual(['data']),
  },
  {
    name: '422 with nested field errors',
    target: 'POST /bookings',
    call: createBooking,
    response: json(422, {
      errors: {
        'customer.email': ['The customer.email must be a valid email address.'],
        customer: { name: ['The customer.name field is required.'], timezone: 'The customer.timezone must be a valid zone' },
      },
    }),
    errorClass: ValidationError,
    status: 422,
    fields: {
      status: 422,
      error: undefined,
      fieldErrors: {
        'customer.email': ['The customer.email must be a valid email address.'],
        'customer.name': ['The customer.name field is required.'],
        'customer.timezone': ['The customer.timezone must be a valid zone'],
      },
    },
    check: (error: ValidationError) =>
      expect(error.message).toContain('customer.email: The customer.email must be a valid email address.'),
  },
  {
    name: '422 with only `error` (an action the state does not allow)',
    target: 'PUT /bookings/' + BOOKING_ID + '/confirm',
    call: (c) => c.bookings.confirm(BOOKING_ID),
    response: json(422, { error: "Cannot apply action 'confirm' to current state 'initialized'" }),
    errorClass: ValidationError,
    status: 422,
    fields: { error: "Cannot apply action 'confirm' to current state 'initialized'", fieldErrors: {} },
    check: (error: ValidationError) => expect(error.message).toContain("Cannot apply action 'confirm'"),
  },
  {
    name: '422 with both `errors` and `error`',
    target: 'POST /bookings',
    call: createBooking,
    response: json(422, { error: 'The given data was invalid.', errors: { 'customer.email': 'Invalid email' } }),
    errorClass: ValidationError,
    status: 422,
    fields: { error: 'The given data was invalid.', fieldErrors: { 'customer.email': ['Invalid email'] } },
  },
  {
    name: '422 whose `errors` names fields called like Object.prototype members',
    target: 'POST /bookings',
    call: createBooking,
    response: json(422, { errors: { constructor: 'Bad constructor', toString: ['Bad toString'], ['__proto__']: ['Bad proto'] } }),
    errorClass: ValidationError,
    status: 422,
    fields: { fieldErrors: { constructor: ['Bad constructor'], toString: ['Bad toString'], ['__proto__']: ['Bad proto'] } },
    check: (error: ValidationError) => {
      expect(Object.getOwnPropertyDescriptor(error.fieldErrors, '__proto__')?.value).toEqual(['Bad proto'])
      expect(Object.getPrototypeOf(error.fieldErrors)).toBe(Object.prototype)
    },
  },
  {
    name: '422 whose `errors` names no field',
    target: 'POST /bookings',
    call: createBooking,
    response: json(422, { errors: ['The slot must start in the future.'] }),
    errorClass: ValidationError,
    status: 422,
    fields: { error: 'The slot must start in the future.', fieldErrors: {} },
    check: (error: ValidationError) => expect(error.message).toContain('422 The slot must start in the future.'),
  },
  {
    name: '401 missing key',
    target: 'POST /availability',
    call: query,
    response: json(401, { error: 'Authentication failed' }),
    errorClass: AuthError,
    status: 401,
    fields: { status: 401, error: 'Authentication failed', body: { error: 'Authentication failed' } },
  },
  {
    name: '403 not allowed',
    target: 'DELETE /resources/' + RESOURCE_ID,
    call: (c) => c.resources.delete(RESOURCE_ID),
    response: json(403, { error: 'This key may not delete resources' }),
    errorClass: AuthError,
    status: 403,
    fields: { status: 403, error: 'This key may not delete resources' },
  },
  {
    name: '404 with model',
    target: 'GET /bookings/' + BOOKING_ID,
    call: getBooking,
    response: json(404, { error: 'Resource does not exist', model: 'Booking' }),
    errorClass: NotFoundError,
    status: 404,
    fields: { status: 404, error: 'Resource does not exist', model: 'Booking' },
  },
  {
    name: '404 on a delete (no response schema)',
    target: 'DELETE /bookings/b%2F1',
    call: (c) => c.bookings.delete('b/1'),
    response: json(404, { error: 'Resource does not exist', model: 'Booking' }),
    errorClass: NotFoundError,
    status: 404,
    fields: { model: 'Booking', path: '/bookings/b%2F1', method: 'DELETE' },
  },
  {
    name: '409 slot taken on create',
    target: 'POST /bookings',
    call: createBooking,
    response: json(409, { error: 'The slot is no longer available' }),
    errorClass: SlotTakenError,
    status: 409,
    fields: { status: 409, error: 'The slot is no longer available', alternatives: [] },
  },
  {
    name: '409 slot taken on reschedule',
    target: 'POST /bookings/' + BOOKING_ID + '/reschedule',
    call: (c) =>
      c.bookings.reschedule(BOOKING_ID, {
        start: '2026-03-31T09:00:00Z',
        end: '2026-03-31T10:00:00Z',
        resource_id: RESOURCE_ID,
      }),
    response: json(409, { error: 'Taken' }),
    errorClass: SlotTakenError,
    status: 409,
  },
  {
    name: '429 with Retry-After: 30',
    target: 'POST /availability',
    call: query,
    response: json(429, { error: 'Too many requests' }, { 'Retry-After': '30' }),
    errorClass: RateLimitError,
    status: 429,
    fields: { retryAfter: 30, error: 'Too many requests' },
  },
  {
    name: '429 with Retry-After as an HTTP date',
    target: 'POST /availability',
    call: query,
    // The date is made when the request arrives, 90 s ahead (HTTP dates have whole seconds).
    response: () => json(429, { error: 'Slow down' }, { 'Retry-After': httpDateIn(90) }),
    errorClass: RateLimitError,
    status: 429,
    check: (error: RateLimitError) => {
      expect(error.retryAfter).toBeGreaterThanOrEqual(85)
      expect(error.retryAfter).toBeLessThanOrEqual(90)
    },
  },
  {
    name: '429 without Retry-After',
    target: 'GET /bookings',
    call: (c) => c.bookings.list(),
    response: json(429, { error: 'Too many requests' }),
    errorClass: RateLimitError,
    status: 429,
    fields: { retryAfter: undefined },
  },
  {
    name: '429 with a malformed Retry-After',
    target: 'POST /availability',
    call: query,
    // Date.parse('1.5') is a date in 2001: read naively, that means "retry now".
    response: json(429, { error: 'Too many requests' }, { 'Retry-After': '1.5' }),
    errorClass: RateLimitError,
    status: 429,
    fields: { retryAfter: undefined },
  },
  {
    name: '500 JSON',
    target: 'POST /availability',
    call: query,
    response: json(500, { error: 'Internal server error' }),
    errorClass: ServerError,
    status: 500,
    fields: { error: 'Internal server error', body: { error: 'Internal server error' }, cause: undefined },
  },
  {
    name: '503 with an empty body',
    target: 'POST /availability',
    call: query,
    response: { status: 503 },
    errorClass: ServerError,
    status: 503,
    fields: { status: 503, error: undefined, body: undefined, cause: undefined },
    check: (error: ServerError) => expect(error.message).toContain('503 Service Unavailable'),
  },
  {
    name: 'Timekit-Request-Id kept on an HTTP error',
    target: 'GET /bookings/' + BOOKING_ID,
    call: getBooking,
    response: json(500, { message: 'Server Error' }, { 'Timekit-Request-Id': 'req-7f3a' }),
    errorClass: ServerError,
    status: 500,
    fields: { requestId: 'req-7f3a', error: 'Server Error' },
    check: (error: ServerError) => expect(error.message).toContain('(request req-7f3a)'),
  },
  {
    name: 'Timekit-Request-Id kept on a non-JSON 200',
    target: 'POST /availability',
    call: query,
    response: raw(200, 'OK', 'text/plain', { 'Timekit-Request-Id': 'req-parse-2' }),
    errorClass: ResponseParseError,
    status: 200,
    fields: { requestId: 'req-parse-2', snippet: 'OK' },
  },
  {
    name: '400 with a `message` (no dedicated subclass)',
    target: 'GET /bookings',
    call: (c) => c.bookings.list({ limit: 10_000 }),
    response: json(400, { message: 'limit must be at most 100' }),
    errorClass: HttpError,
    status: 400,
    fields: { status: 400, error: 'limit must be at most 100' },
  },
  {
    name: '418 plain text',
    target: 'POST /availability',
    call: query,
    response: raw(418, "I'm a teapot", 'text/plain'),
    errorClass: HttpError,
    status: 418,
    fields: { body: "I'm a teapot" },
    check: (error: HttpError) => expect(error.cause).toBeInstanceOf(ResponseParseError),
  },
  {
    name: 'a hanging server against timeoutMs',
    target: 'POST /availability',
    call: query,
    config: { timeoutMs: 100 },
    response: { hang: true },
    errorClass: TimeoutError,
    fields: { timeoutMs: 100 },
    check: (error: TimeoutError) => expect(error.message).toContain('100 ms'),
  },
  {
    name: 'headers in time, then the body stalls past timeoutMs',
    target: 'GET /bookings/' + BOOKING_ID,
    call: getBooking,
    config: { timeoutMs: 150 },
    response: { ...json(200, { data: bookingPayload() }), stallAfterBytes: 10 },
    errorClass: TimeoutError,
    fields: { timeoutMs: 150 },
  },
  {
    name: 'an answer slower than timeoutMs',
    target: 'GET /bookings',
    call: (c) => c.bookings.list(),
    config: { timeoutMs: 50 },
    response: { ...json(200, { data: [] }), delayMs: 400 },
    errorClass: TimeoutError,
    fields: { timeoutMs: 50 },
  },
  {
    name: 'a refused connection',
    target: 'POST /availability',
    call: query,
    refused: true,
    errorClass: NetworkError,
    check: (error: NetworkError) => {
      expect(error.cause).toBeInstanceOf(Error)
      expect(error.message).toContain('ECONNREFUSED')
    },
  },
]

describe('bad responses', () => {
  it('has a row for every way the table promises', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length)
  })

  it.each(cases)('$name → $errorClass.name', async (row) => {
    if (row.response) server.reply(row.response)
    const baseUrl = row.refused ? `${refused}/v2` : server.baseUrl
    const client = createBookingClient({ baseUrl, appKey: 'test_widget_key_e', ...row.config })

    const error: unknown = await row.call(client).then(
      (value) => ({ resolved: value }),
      (reason: unknown) => reason,
    )

    expect(error).toBeInstanceOf(row.errorClass)
    expect(error).toBeInstanceOf(BookingKitError)
    // The exact class, not a parent or a sibling subclass.
    expect(Object.getPrototypeOf(error)).toBe(row.errorClass.prototype)
    expect(isBookingKitError(error)).toBe(true)
    const e = error as BookingKitError & Record<string, unknown>
    expect(e.name).toBe(row.errorClass.name)
    const [method, path] = row.target.split(' ')
    expect(e.method).toBe(method)
    expect(e.path).toBe(path)
    expect(e.message).toContain(`${row.target}: `)
    if (row.status !== undefined) {
      expect(e.message).toContain(` ${row.status} `)
      expect(e.status).toBe(row.status)
    }
    for (const [key, value] of Object.entries(row.fields ?? {})) {
      expect(e[key], key).toEqual(value)
    }
    row.check?.(error as never)
    if (!row.refused) expect(server.requests).toHaveLength(1)
    expect(server.pending()).toBe(0)
    // Whatever happened, the client let go of the connection.
    await vi.waitFor(() => expect(server.held()).toBe(0), { timeout: 2_000, interval: 20 })
  })
})

describe('arbitrary responses', () => {
  it('never escape as anything but a BookingKitError (or a valid result)', async () => {
    const client = createBookingClient({ baseUrl: server.baseUrl, timeoutMs: 2_000 })
    const body = fc.oneof(
      fc.json(),
      fc.string(),
      fc.jsonValue().map((data) => JSON.stringify({ data })),
      fc.array(fc.record({ start: fc.jsonValue(), end: fc.jsonValue(), resources: fc.jsonValue() })).map((data) =>
        JSON.stringify({ data }),
      ),
    )
    const status = fc.constantFrom(200, 201, 204, 400, 401, 404, 409, 422, 429, 500, 502, 503)
    let rejections = 0
    await fc.assert(
      fc.asyncProperty(body, status, async (text, code) => {
        server.reset()
        server.reply(code === 204 ? { status: 204 } : raw(code, text, 'application/json'))
        const outcome = await client.availability.query(QUERY).then(
          (slots) => ({ slots }),
          (error: unknown) => ({ error }),
        )
        if ('error' in outcome) {
          rejections += 1
          expect(outcome.error).toBeInstanceOf(BookingKitError)
          expect((outcome.error as Error).message).toContain('POST /availability: ')
        } else {
          expect(code).toBeLessThan(300)
          expect(Array.isArray(outcome.slots)).toBe(true)
        }
      }),
      { numRuns: 80 },
    )
    expect(rejections).toBeGreaterThan(40)
  })
})

describe('aborts', () => {
  const client = () => createBookingClient({ baseUrl: server.baseUrl, timeoutMs: 5_000 })

  it('an abort mid-flight rejects with AbortError, not a BookingKitError, and releases the request', async () => {
    server.reply({ hang: true })
    const controller = new AbortController()
    const pending = client()
      .availability.query(QUERY, { signal: controller.signal })
      .then(
        () => 'resolved',
        (reason: unknown) => reason,
      )
    await vi.waitFor(() => expect(server.held()).toBe(1), { timeout: 2_000, interval: 10 })
    controller.abort()
    const error = await pending
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).name).toBe('AbortError')
    expect(error).not.toBeInstanceOf(BookingKitError)
    expect(isAbortError(error)).toBe(true)
    expect(isBookingKitError(error)).toBe(false)
    await vi.waitFor(() => expect(server.held()).toBe(0), { timeout: 2_000, interval: 20 })
  })

  it('an already-aborted signal rejects with AbortError before any request', async () => {
    const controller = new AbortController()
    controller.abort()
    const error = await client()
      .bookings.create(
        { resource_id: RESOURCE_ID, start: SLOT.start, end: SLOT.end, customer: CUSTOMER },
        { signal: controller.signal },
      )
      .then(
        () => 'resolved',
        (reason: unknown) => reason,
      )
    expect((error as Error).name).toBe('AbortError')
    expect(error).not.toBeInstanceOf(BookingKitError)
    expect(server.requests).toHaveLength(0)
  })

  it('an abort with a reason rejects with that reason', async () => {
    server.reply({ hang: true })
    const controller = new AbortController()
    const reason = new Error('the customer left the page')
    const pending = client()
      .bookings.list({}, { signal: controller.signal })
      .catch((e: unknown) => e)
    await vi.waitFor(() => expect(server.held()).toBe(1), { timeout: 2_000, interval: 10 })
    controller.abort(reason)
    await expect(pending).resolves.toBe(reason)
  })

  it('an abort is not mistaken for a timeout, and a timeout not for an abort', async () => {
    server.reply({ hang: true })
    const controller = new AbortController()
    const pending = createBookingClient({ baseUrl: server.baseUrl, timeoutMs: 60 })
      .availability.query(QUERY, { signal: controller.signal })
      .catch((e: unknown) => e)
    // The signal is never aborted: the timeout must win, as a TimeoutError.
    const error = await pending
    expect(error).toBeInstanceOf(TimeoutError)
    expect(isAbortError(error)).toBe(false)
    expect(controller.signal.aborted).toBe(false)
  })
})
