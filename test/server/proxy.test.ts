import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createBookingClient, RateLimitError, SlotTakenError, ValidationError } from '../../src/client'
import { basicAuth } from '../../src/server/basicAuth'
import { startProxyServer, type ProxyServer } from './helpers/startProxyServer'
import { RESOURCE_A, RESOURCE_B, startStubUpstream, timekitLike, type StubUpstream } from './helpers/stubUpstream'

const APP_KEY = 'live_api_key_PROXY_TEST_SECRET'
const SLOT = { start: '2026-06-10T09:00:00+02:00', end: '2026-06-10T10:00:00+02:00' }

describe('browser client → proxy (node:http) → counting upstream', () => {
  let upstream: StubUpstream
  let proxy: ProxyServer

  beforeAll(async () => {
    upstream = await startStubUpstream()
    proxy = await startProxyServer({ upstream: upstream.base, appKey: APP_KEY, basePath: '/api/booking' })
  })
  afterAll(async () => {
    await proxy.close()
    await upstream.close()
  })

  const client = () => createBookingClient({ baseUrl: proxy.url })

  it('lists resources with their public fields only, and no upstream paging URL', async () => {
    const result = await client().resources.list({ limit: 10 })
    expect(result.items).toEqual([
      { id: RESOURCE_A, name: 'Astrid', timezone: 'Europe/Copenhagen', img: null },
      { id: RESOURCE_B, name: 'Marcus', timezone: 'Europe/Copenhagen', img: null },
    ])
    expect(result.page?.nextPageUrl).toBeNull()
    expect(upstream.requests.at(-1)?.url).toBe('/v2/resources?limit=10')
  })

  it('reads one resource with its public fields only', async () => {
    const resource = await client().resources.get(RESOURCE_A)
    expect(Object.keys(resource).sort()).toEqual(['id', 'img', 'name', 'timezone'])
  })

  it('adds the key upstream and passes only allowed headers either way', async () => {
    const response = await fetch(`${proxy.url}/resources`, {
      headers: {
        Authorization: 'Basic Zm9yZ2VkOmtleQ==',
        Cookie: 'session=browser-secret',
        'X-Forwarded-Host': 'evil.example',
        'X-Forwarded-For': '10.0.0.1',
        'Timekit-Context': 'admin',
        'Timekit-Timezone': 'Europe/Paris',
        'Accept-Language': 'da-DK',
      },
    })
    expect(response.status).toBe(200)
    const seen = upstream.requests.at(-1)!.headers
    expect(seen.authorization).toBe(basicAuth(APP_KEY))
    expect(seen.cookie).toBeUndefined()
    expect(seen['x-forwarded-host']).toBeUndefined()
    expect(seen['x-forwarded-for']).toBeUndefined()
    expect(seen['timekit-context']).toBeUndefined()
    expect(seen.host).toBe(new URL(upstream.base).host)
    expect(seen['timekit-timezone']).toBe('Europe/Paris')
    expect(seen['accept-language']).toBe('da-DK')

    expect(response.headers.get('timekit-request-id')).toBe('req-list')
    expect(response.headers.get('x-powered-by')).toBeNull()
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('finds slots, books one, and surfaces the second booking of the slot as SlotTakenError', async () => {
    const slots = await client().availability.query({ mode: 'roundrobin_random', resources: [RESOURCE_A] })
    expect(slots).toHaveLength(1)
    const days = await client().availability.dates({ mode: 'roundrobin_random', resources: [RESOURCE_A] })
    expect(days).toHaveLength(1)

    const input = { resource_id: RESOURCE_A, ...SLOT, customer: { name: 'Ann', email: 'ann@example.com' } }
    const booking = await client().bookings.create(input)
    expect(booking.state).toBe('confirmed')
    expect(upstream.requests.at(-1)?.url).toBe('/v2/bookings?include=attributes%2Cevent%2Ccustomers')

    const second = await client().bookings.create(input).catch((error: unknown) => error)
    expect(second).toBeInstanceOf(SlotTakenError)
    expect((second as SlotTakenError).status).toBe(409)
  })

  it('passes a 422 through so the client gets ValidationError with fieldErrors', async () => {
    const error = await client()
      .bookings.create({ resource_id: RESOURCE_B, ...SLOT, customer: { name: 'Bo', email: 'not-an-email' } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).fieldErrors).toEqual({
      'customer.email': ['The customer.email must be a valid email'],
    })
  })

  it('forwards only the route’s query parameters', async () => {
    await fetch(`${proxy.url}/resources?limit=5&page=2&search=name:A&include=calendars&api_key=x`)
    expect(upstream.requests.at(-1)?.url).toBe('/v2/resources?limit=5&page=2&search=name%3AA')
    await fetch(`${proxy.url}/availability?debug=1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"mode":"mutual"}',
    })
    expect(upstream.requests.at(-1)?.url).toBe('/v2/availability')
  })
})

describe('upstream failures become JSON errors that leak nothing', () => {
  let upstream: StubUpstream
  let proxy: ProxyServer

  beforeAll(async () => {
    upstream = await startStubUpstream()
    proxy = await startProxyServer({ upstream: upstream.base, appKey: APP_KEY, basePath: '/api/booking', timeoutMs: 200 })
  })
  afterEach(() => upstream.respond(timekitLike()))
  afterAll(async () => {
    await proxy.close()
    await upstream.close()
  })

  const listResources = async () => {
    const response = await fetch(`${proxy.url}/resources`)
    const text = await response.text()
    for (const secret of [APP_KEY, basicAuth(APP_KEY).slice(6), upstream.base, '127.0.0.1', 'stack', 'nginx']) {
      expect(text).not.toContain(secret)
      expect(JSON.stringify([...response.headers])).not.toContain(secret)
    }
    return { status: response.status, body: JSON.parse(text) as unknown, headers: response.headers }
  }

  it.each([
    ['an HTML 502 from a gateway', { status: 502, raw: '<html><body>nginx at http://10.0.0.7 stack trace</body></html>' }],
    ['a JSON 500 with internals', { status: 500, body: { error: 'SQLSTATE at /var/www/app.php', stack: 'stack…' } }],
    ['an HTML 200', { status: 200, raw: '<html>login page</html>' }],
    ['a redirect elsewhere', { status: 302, headers: { Location: 'http://evil.example/steal' } }],
    ['a 401 (the proxy’s own key is wrong)', { status: 401, body: { error: 'Invalid App-Token' } }],
    ['an answer that echoes the key', { status: 200, body: { data: [], debug: `key=${APP_KEY}` } }],
    ['an HTML 404', { status: 404, raw: '<html>Not Found</html>' }],
  ])('%s → 502 {"error": "Upstream unavailable"}', async (_name, answer) => {
    upstream.respond(() => answer)
    const errors = proxy.errors.length
    const result = await listResources()
    expect(result.status).toBe(502)
    expect(result.body).toEqual({ error: 'Upstream unavailable' })
    expect(proxy.errors.length).toBe(errors + 1)
  })

  it('a slow upstream → 504 JSON', async () => {
    upstream.respond(() => ({ status: 200, body: { data: [] }, delayMs: 1_000 }))
    const result = await listResources()
    expect(result.status).toBe(504)
    expect(result.body).toEqual({ error: 'Upstream timed out' })
  })

  it('an unreachable upstream → 502 JSON', async () => {
    const dead = await startStubUpstream()
    await dead.close()
    const lost = await startProxyServer({ upstream: dead.base, appKey: APP_KEY, basePath: '/api/booking' })
    try {
      const response = await fetch(`${lost.url}/resources`)
      const text = await response.text()
      expect(response.status).toBe(502)
      expect(JSON.parse(text)).toEqual({ error: 'Upstream unavailable' })
      expect(text).not.toContain(new URL(dead.base).port)
      expect(lost.errors).toHaveLength(1)
    } finally {
      await lost.close()
    }
  })

  it('a JSON 429 keeps its status and Retry-After, so the client gets RateLimitError', async () => {
    upstream.respond(() => ({ status: 429, body: { error: 'Too many requests' }, headers: { 'Retry-After': '7' } }))
    const error = await createBookingClient({ baseUrl: proxy.url })
      .resources.list()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect((error as RateLimitError).retryAfter).toBe(7)
  })

  it('a JSON 404 passes through with its body', async () => {
    upstream.respond(() => ({ status: 404, body: { error: 'Resource does not exist', model: 'Resource' } }))
    const result = await listResources()
    expect(result.status).toBe(404)
    expect(result.body).toEqual({ error: 'Resource does not exist', model: 'Resource' })
  })
})
