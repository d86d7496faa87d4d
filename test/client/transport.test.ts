// What every request carries, whatever the endpoint: the joined URL, the
// Basic auth of the key, JSON headers, the caller's headers, and the
// per-call options. Driven through a real HTTP server on 127.0.0.1.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'
import {
  BookingKitError,
  ConfigError,
  createBookingClient,
  joinUrl,
  type AvailabilityParams,
  type BookingClientConfig,
} from '../../src/client'
import { json, startTestServer, type TestServer } from './support/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.reset()
})

const QUERY: AvailabilityParams = { mode: 'roundrobin_random', resources: ['r1'] }

function client(config: Partial<BookingClientConfig> = {}) {
  return createBookingClient({ baseUrl: server.baseUrl, ...config })
}

describe('base URL', () => {
  it.each([
    ['without a trailing slash', ''],
    ['with a trailing slash', '/'],
    ['with several trailing slashes', '//'],
  ])('%s gives /v2/availability', async (_label, suffix) => {
    server.reply(json(200, { data: [] }))
    await client({ baseUrl: `${server.baseUrl}${suffix}` }).availability.query(QUERY)
    expect(server.onlyRequest()).toMatchObject({ method: 'POST', path: '/v2/availability' })
  })

  it('keeps the base path when the client has no version segment (an app proxy)', async () => {
    server.reply(json(200, { data: [] }))
    await client({ baseUrl: `${server.origin}/api/booking/` }).availability.dates(QUERY)
    expect(server.onlyRequest().path).toBe('/api/booking/availability/dates')
  })

  it('exposes the configured base URL', () => {
    expect(client({ baseUrl: 'https://api.timekit.io/v2/' }).baseUrl).toBe('https://api.timekit.io/v2/')
  })

  it.each([
    ['https://x/v2', '/availability', 'https://x/v2/availability'],
    ['https://x/v2/', '/availability', 'https://x/v2/availability'],
    ['https://x/v2/', 'availability', 'https://x/v2/availability'],
    ['/api/booking', '/bookings', '/api/booking/bookings'],
  ])('joinUrl(%s, %s) is %s', (base, path, expected) => {
    expect(joinUrl(base, path)).toBe(expected)
  })

  it.each([[''], ['   ']])('rejects an empty base URL %j at creation with ConfigError', (baseUrl) => {
    expect(() => createBookingClient({ baseUrl })).toThrow(ConfigError)
  })

  it('fails a relative base URL outside a page with ConfigError, not a bare TypeError', async () => {
    // Node has no `location` to resolve `/api/booking` against.
    const relative = createBookingClient({ baseUrl: '/api/booking' })
    const error = await relative.availability.query(QUERY).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain('/api/booking')
  })
})

describe('headers', () => {
  it('sends Basic auth with an empty user and the key as password', async () => {
    server.reply(json(200, { data: [] }))
    await client({ appKey: 'test_widget_key_abc123' }).availability.query(QUERY)
    const { headers } = server.onlyRequest()
    expect(headers.authorization).toBe(`Basic ${Buffer.from(':test_widget_key_abc123').toString('base64')}`)
    expect(headers.authorization).toBe('Basic OnRlc3Rfd2lkZ2V0X2tleV9hYmMxMjM=')
  })

  it('encodes a non-ASCII key as UTF-8 before base64', async () => {
    server.reply(json(200, { data: [] }))
    await client({ appKey: 'clé-ø' }).availability.query(QUERY)
    const encoded = server.onlyRequest().headers.authorization?.replace(/^Basic /, '') ?? ''
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe(':clé-ø')
  })

  it('sends no Authorization header without a key', async () => {
    server.reply(json(200, { data: [] }))
    await client().availability.query(QUERY)
    expect(server.onlyRequest().headers).not.toHaveProperty('authorization')
  })

  it('asks for JSON, and declares JSON only when there is a body', async () => {
    server.reply(json(200, { data: [] }), json(200, { data: [] }))
    const c = client()
    await c.availability.query(QUERY)
    await c.resources.list()
    const [post, get] = server.requests
    expect(post?.headers.accept).toBe('application/json')
    expect(post?.headers['content-type']).toBe('application/json')
    expect(get?.headers.accept).toBe('application/json')
    expect(get?.headers).not.toHaveProperty('content-type')
    expect(get?.body).toBe('')
  })

  it('adds the headers of a fixed object to every request', async () => {
    server.reply(json(200, { data: [] }), json(200, { data: [] }))
    const c = client({ headers: { 'Timekit-Timezone': 'Europe/Oslo', 'X-Trace': 't-1' } })
    await c.availability.query(QUERY)
    await c.bookings.list()
    for (const request of server.requests) {
      expect(request.headers['timekit-timezone']).toBe('Europe/Oslo')
      expect(request.headers['x-trace']).toBe('t-1')
    }
  })

  it('runs an async header function before every request', async () => {
    server.reply(json(200, { data: [] }), json(200, { data: [] }))
    let calls = 0
    const c = client({
      headers: async () => {
        calls += 1
        await new Promise((resolve) => setTimeout(resolve, 5))
        return { Authorization: `Bearer token-${calls}`, 'Timekit-Context': 'widget' }
      },
    })
    await c.availability.query(QUERY)
    await c.availability.query(QUERY)
    expect(calls).toBe(2)
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2'])
    expect(server.requests[1]?.headers['timekit-context']).toBe('widget')
  })

  it('turns a failing header function into a BookingKitError and sends nothing', async () => {
    const refresh = new Error('session expired')
    const c = client({
      headers: async () => {
        throw refresh
      },
    })
    const error = await c.availability.query(QUERY).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BookingKitError)
    expect((error as BookingKitError).message).toMatch(/^POST \/availability: the headers function failed \(session expired\)/)
    expect((error as BookingKitError).cause).toBe(refresh)
    expect(server.requests).toHaveLength(0)
  })

  it('turns a header that HTTP cannot carry into a BookingKitError naming the call, and sends nothing', async () => {
    // Header values are bytes: a name with a character beyond Latin-1 makes
    // `Headers` throw a bare TypeError that names neither the call nor the header.
    const c = client({ headers: () => ({ 'X-Customer': 'Łukasz' }) })
    const error = await c.availability.query(QUERY).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BookingKitError)
    expect((error as BookingKitError).message).toMatch(/^POST \/availability: invalid header X-Customer/)
    expect((error as BookingKitError).cause).toBeInstanceOf(TypeError)
    const perCall = await client()
      .availability.query(QUERY, { headers: { 'Bad Name': 'x' } })
      .catch((e: unknown) => e)
    expect(perCall).toBeInstanceOf(BookingKitError)
    expect(server.requests).toHaveLength(0)
  })

  it('lets per-call headers win over the client headers', async () => {
    server.reply(json(200, { data: [] }))
    const c = client({ headers: { 'X-Who': 'client', 'X-Keep': 'yes' } })
    await c.availability.query(QUERY, { headers: { 'X-Who': 'call' } })
    const { headers } = server.onlyRequest()
    expect(headers['x-who']).toBe('call')
    expect(headers['x-keep']).toBe('yes')
  })

  it('keeps Content-Type JSON even when a caller header says otherwise', async () => {
    server.reply(json(200, { data: [] }))
    await client({ headers: { 'Content-Type': 'text/plain' } }).availability.query(QUERY)
    expect(server.onlyRequest().headers['content-type']).toBe('application/json')
  })
})

describe('server keys', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('refuses a live_api_key_ in a browser, before any request', () => {
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
    expect(() => client({ appKey: 'live_api_key_secret' })).toThrow(ConfigError)
    expect(() => client({ appKey: 'live_api_key_secret' })).toThrow(/never reach a browser/)
    expect(() => client({ appKey: 'test_widget_key_ok' })).not.toThrow()
    expect(server.requests).toHaveLength(0)
  })

  it('allows a live_api_key_ on a server', async () => {
    server.reply(json(200, { data: [] }))
    await client({ appKey: 'live_api_key_secret' }).availability.query(QUERY)
    expect(server.onlyRequest().headers.authorization).toBe(
      `Basic ${Buffer.from(':live_api_key_secret').toString('base64')}`,
    )
  })
})

describe('client.request (endpoints the kit does not wrap)', () => {
  it('sends the request and validates the answer with the given schema', async () => {
    server.reply(json(200, { data: { id: 'p1', name: 'Clinic' } }))
    const project = await client({ appKey: 'k' }).request({
      method: 'GET',
      path: '/projects/p1',
      query: { include: 'resources', empty: '', none: undefined, nothing: null, n: 0, flag: false },
      schema: z.object({ data: z.object({ id: z.string(), name: z.string() }) }),
    })
    expect(project).toEqual({ data: { id: 'p1', name: 'Clinic' } })
    const request = server.onlyRequest()
    expect(request.path).toBe('/v2/projects/p1')
    // Empty, undefined and null values are left out; 0 and false are real values.
    expect(request.query).toEqual({ include: 'resources', n: '0', flag: 'false' })
    expect(request.headers.authorization).toMatch(/^Basic /)
  })

  it('resolves to undefined and ignores the body when the schema is null', async () => {
    server.reply(json(200, { anything: true }))
    const result = await client().request({ method: 'DELETE', path: '/projects/p1', schema: null })
    expect(result).toBeUndefined()
    expect(server.onlyRequest().method).toBe('DELETE')
  })
})

describe('timeout', () => {
  it('does not fire when the answer comes in time', async () => {
    server.reply({ ...json(200, { data: [] }), delayMs: 30 })
    await expect(client({ timeoutMs: 2_000 }).availability.query(QUERY)).resolves.toEqual([])
  })

  it('is off with timeoutMs: 0', async () => {
    server.reply({ ...json(200, { data: [] }), delayMs: 150 })
    await expect(client({ timeoutMs: 0 }).availability.query(QUERY)).resolves.toEqual([])
  })
})
