// The limits a call runs within: the timeout covers the app's async `headers`
// function as well as the answer, `maxResponseBytes` stops reading a runaway
// answer, and a bad id is the kit's own error naming the call.
import { describe, expect, it } from 'vitest'
import {
  BookingKitError,
  ConfigError,
  createBookingClient,
  ResponseTooLargeError,
  TimeoutError,
  type BookingClientConfig,
} from '../../src/client'

const QUERY = { mode: 'exclusive', resources: ['r1'] } as const
const ok = () => new Response(JSON.stringify({ data: [] }), { status: 200, headers: { 'Content-Type': 'application/json' } })

function client(config: Partial<BookingClientConfig> & Pick<BookingClientConfig, 'fetch'>) {
  return createBookingClient({ baseUrl: 'http://127.0.0.1:9/v2', ...config })
}

/** A body of `chunks` chunks of `size` bytes; counts how many were pulled. */
function streamingBody(chunks: number, size: number) {
  const pulled = { count: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count >= chunks) return controller.close()
      pulled.count += 1
      controller.enqueue(new Uint8Array(size).fill(0x20))
    },
    cancel() {
      pulled.cancelled = true
    },
  })
  return { stream, pulled }
}

describe('timeoutMs', () => {
  it('covers an async headers function that never settles, and nothing is sent', async () => {
    let sent = 0
    const c = client({
      timeoutMs: 50,
      headers: () => new Promise<Record<string, string>>(() => {}),
      fetch: async () => {
        sent += 1
        return ok()
      },
    })
    const error = await c.availability.query(QUERY).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as TimeoutError).message).toBe('POST /availability: no response within 50 ms')
    expect(sent).toBe(0)
  })

  it('counts the headers function and the response together', async () => {
    const c = client({
      timeoutMs: 80,
      headers: () => new Promise((resolve) => setTimeout(() => resolve({ 'X-Token': 't' }), 50)),
      fetch: (_url, init) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => resolve(ok()), 50)
          init?.signal?.addEventListener('abort', () => {
            clearTimeout(timer)
            reject(init.signal!.reason)
          })
        }),
    })
    await expect(c.availability.query(QUERY)).rejects.toBeInstanceOf(TimeoutError)
  })

  it('rejects with the caller\'s abort reason when aborted while the headers function runs', async () => {
    const controller = new AbortController()
    const c = client({ headers: () => new Promise(() => {}), fetch: async () => ok() })
    const pending = c.availability.query(QUERY, { signal: controller.signal })
    const reason = new DOMException('left the page', 'AbortError')
    controller.abort(reason)
    await expect(pending).rejects.toBe(reason)
  })
})

describe('timeoutMs with a fetch that ignores its signal', () => {
  it('still rejects with TimeoutError when the request itself never settles', async () => {
    const c = client({ timeoutMs: 50, fetch: () => new Promise<Response>(() => {}) })
    const started = Date.now()
    await expect(c.availability.query(QUERY)).rejects.toBeInstanceOf(TimeoutError)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('and when the body never finishes', async () => {
    const body = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) })
    const c = client({ timeoutMs: 50, fetch: async () => new Response(body, { status: 200 }) })
    await expect(c.availability.query(QUERY)).rejects.toBeInstanceOf(TimeoutError)
  })
})

describe('maxResponseBytes', () => {
  it('stops reading an answer past the limit and cancels the rest', async () => {
    const { stream, pulled } = streamingBody(1000, 64 * 1024)
    const c = client({ maxResponseBytes: 256 * 1024, fetch: async () => new Response(stream, { status: 200, headers: { 'Timekit-Request-Id': 'req-1' } }) })
    const error = await c.availability.query(QUERY).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResponseTooLargeError)
    expect(error).toBeInstanceOf(BookingKitError)
    expect((error as ResponseTooLargeError).message).toBe(
      'POST /availability: 200 response body is larger than maxResponseBytes (262144 bytes); it was not read',
    )
    expect((error as ResponseTooLargeError).requestId).toBe('req-1')
    expect(pulled.count).toBeLessThan(10)
    expect(pulled.cancelled).toBe(true)
  })

  it('refuses at once when Content-Length already says too much', async () => {
    const { stream, pulled } = streamingBody(1, 10)
    const c = client({
      maxResponseBytes: 1000,
      fetch: async () => new Response(stream, { status: 500, headers: { 'Content-Length': '50000000' } }),
    })
    const error = await c.availability.query(QUERY).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResponseTooLargeError)
    expect((error as ResponseTooLargeError).status).toBe(500)
    // A stream pulls its first chunk when it is made; nothing past that was asked for.
    expect(pulled.count).toBeLessThanOrEqual(1)
    expect(pulled.cancelled).toBe(true)
  })

  it('reads an answer within the limit as usual, multi-byte characters across chunks included', async () => {
    const text = JSON.stringify({ data: [{ date: '2026-06-10', resources: ['Zoë-Łukasz'] }] })
    const bytes = new TextEncoder().encode(text)
    const split = text.indexOf('ë') + 1
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, split))
        controller.enqueue(bytes.slice(split))
        controller.close()
      },
    })
    const c = client({ maxResponseBytes: bytes.length, fetch: async () => new Response(body, { status: 200 }) })
    const [day] = await c.availability.dates(QUERY)
    expect(day?.resources).toEqual([{ id: 'Zoë-Łukasz' }])
  })

  it('must be a positive whole number', () => {
    expect(() => client({ maxResponseBytes: 0, fetch: async () => ok() })).toThrow(ConfigError)
    expect(() => client({ maxResponseBytes: 1.5, fetch: async () => ok() })).toThrow(/maxResponseBytes/)
  })
})

describe('ids', () => {
  it.each([
    ['bookings.get', (c: ReturnType<typeof client>) => c.bookings.get(''), 'GET /bookings/:id: the id must be a non-empty string, got ""'],
    ['bookings.cancel', (c: ReturnType<typeof client>) => c.bookings.cancel(undefined as unknown as string), 'PUT /bookings/:id/cancel: the id must be a non-empty string, got undefined'],
    ['bookings.reschedule', (c: ReturnType<typeof client>) => c.bookings.reschedule('..', { start: 'a', end: 'b', resource_id: 'r1' }), 'POST /bookings/:id/reschedule: the id cannot be ".."'],
    ['bookings.delete', (c: ReturnType<typeof client>) => c.bookings.delete(42 as unknown as string), 'DELETE /bookings/:id: the id must be a non-empty string, got number'],
    ['resources.update', (c: ReturnType<typeof client>) => c.resources.update('.', {}), 'PUT /resources/:id: the id cannot be "."'],
    ['resources.delete', (c: ReturnType<typeof client>) => c.resources.delete(null as unknown as string), 'DELETE /resources/:id: the id must be a non-empty string, got null'],
  ])('%s rejects a bad id with a BookingKitError naming the call, and sends nothing', async (_name, call, message) => {
    let sent = 0
    const c = client({
      fetch: async () => {
        sent += 1
        return ok()
      },
    })
    const error = await call(c).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BookingKitError)
    expect(error).not.toBeInstanceOf(TypeError)
    expect((error as BookingKitError).message).toBe(`${message}; nothing was sent`)
    expect(sent).toBe(0)
  })
})
