import { describe, expect, it } from 'vitest'
import { createMockBackend, MAX_BODY_CHARS } from '../../src/mock'
import { backendWith, bookingBody, call, ID, resource, seededRandom } from './helpers'

const KEY = 'test_widget_key_abc'
const basic = (secret: string) => `Basic ${btoa(secret)}`

describe('auth', () => {
  const b = () => backendWith({ appKey: KEY, resources: [resource(ID.a, 'UTC')] })

  it('answers 401 without a key, with a wrong key or with the key as user name', async () => {
    for (const headers of [{} as Record<string, string>, { Authorization: basic(':wrong') }, { Authorization: basic(`${KEY}:`) }, { Authorization: 'Bearer x' }]) {
      const res = await call(b(), 'GET', '/resources', undefined, headers)
      expect(res.status).toBe(401)
      expect(res.body.error).toMatch(/app key/)
    }
  })

  it('accepts Basic base64(":" + key)', async () => {
    expect((await call(b(), 'GET', '/resources', undefined, { Authorization: basic(`:${KEY}`) })).status).toBe(200)
  })
})

describe('CORS and headers', () => {
  it('answers a preflight with 204 and the allowed and exposed headers, without auth', async () => {
    const b = backendWith({ appKey: KEY })
    const res = await b.handle(
      new Request('http://x/v2/bookings', {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:6006', 'Access-Control-Request-Method': 'POST' },
      }),
    )
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:6006')
    expect(res.headers.get('Access-Control-Allow-Headers')).toBe('Authorization, Content-Type, Timekit-Timezone, Timekit-Context')
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('PUT')
    expect(res.headers.get('Access-Control-Expose-Headers')).toBe('Timekit-Request-Id, Retry-After')
  })

  it('adds CORS headers and a Timekit-Request-Id to every response, errors included', async () => {
    const b = backendWith({})
    const ok = await call(b, 'GET', '/resources')
    const err = await call(b, 'GET', '/bookings/nope', undefined, { Origin: 'https://app.example' })
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(err.headers.get('Access-Control-Allow-Origin')).toBe('https://app.example')
    expect(ok.headers.get('Timekit-Request-Id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(err.headers.get('Timekit-Request-Id')).not.toBe(ok.headers.get('Timekit-Request-Id'))
  })
})

describe('routing and bodies', () => {
  it('answers 404 JSON for an unknown route and 405 for a wrong method', async () => {
    const b = backendWith({})
    const res = await call(b, 'GET', '/calendars')
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toMatch(/json/)
    expect(res.body.error).toMatch(/GET/)
    const wrong = await call(b, 'PATCH', '/bookings')
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('Allow')).toBe('GET, POST')
  })

  it('routes after /v2, after a configured basePath, or by the known endpoint suffix', async () => {
    const b = backendWith({ resources: [resource(ID.a, 'UTC')] })
    for (const url of ['http://x/v2/resources', 'http://x/api/booking/resources', 'http://x/resources']) {
      expect((await b.fetch(url)).status, url).toBe(200)
    }
    expect((await b.fetch('/v2/resources')).status).toBe(200)
    const prefixed = createMockBackend({ basePath: '/api/timekit/' })
    expect((await prefixed.fetch('http://x/api/timekit/resources')).status).toBe(200)
    expect((await prefixed.fetch('http://x/other/resources')).status).toBe(404)
  })

  it('refuses bodies over 64,000 characters, invalid JSON and non-object JSON', async () => {
    const b = backendWith({ resources: [resource(ID.a, 'UTC')] })
    const big = await call(b, 'POST', '/bookings', { ...bookingBody(ID.a, '2026-06-10T09:00:00Z', '2026-06-10T10:00:00Z'), description: 'x'.repeat(MAX_BODY_CHARS) })
    expect(big.status).toBe(413)
    expect(big.body.error).toMatch(/64000/)
    const broken = await call(b, 'POST', '/bookings', '{"resource_id": ')
    expect(broken.status).toBe(400)
    expect(broken.body.error).toMatch(/JSON/)
    expect((await call(b, 'POST', '/bookings', '[1,2]')).status).toBe(422)
    expect(b.snapshot().bookings).toHaveLength(0)
  })
})

describe('faults', () => {
  it('errorRate 1 answers the configured status; 429 and 503 carry Retry-After', async () => {
    for (const status of [500, 503, 429]) {
      const b = backendWith({ faults: { errorRate: 1, status } })
      const res = await call(b, 'GET', '/resources')
      expect(res.status).toBe(status)
      expect(res.body.error).toEqual(expect.any(String))
      expect(res.headers.get('Retry-After')).toBe(status === 500 ? null : '1')
      expect(res.headers.get('Timekit-Request-Id')).toBeTruthy()
    }
  })

  it('a faulted request has no side effect', async () => {
    const b = backendWith({ resources: [resource(ID.a, 'UTC')], faults: { errorRate: 1 } })
    await call(b, 'POST', '/bookings', bookingBody(ID.a, '2026-06-10T09:00:00Z', '2026-06-10T10:00:00Z'))
    expect(b.snapshot().bookings).toHaveLength(0)
  })

  it('errorRate is a share, deterministic with a seeded random', async () => {
    const run = async () => {
      const b = backendWith({ random: seededRandom(42), faults: { errorRate: 0.3 } })
      const statuses: number[] = []
      for (let i = 0; i < 200; i++) statuses.push((await b.fetch('http://x/v2/resources')).status)
      return statuses
    }
    const first = await run()
    expect(await run()).toEqual(first)
    const failures = first.filter((s) => s === 500).length
    expect(failures).toBeGreaterThan(30)
    expect(failures).toBeLessThan(90)
  })

  it('malformed answers a broken payload: HTML page, truncated JSON or a wrong shape', async () => {
    const b = backendWith({ random: seededRandom(5), faults: { malformed: true } })
    const kinds = new Set<string>()
    for (let i = 0; i < 40; i++) {
      const res = await b.fetch('http://x/v2/resources')
      const text = await res.text()
      if (text.startsWith('<!DOCTYPE html>')) kinds.add('html')
      else {
        try {
          const parsed = JSON.parse(text)
          kinds.add(Array.isArray(parsed.data) ? 'valid' : 'shape')
        } catch {
          kinds.add('truncated')
        }
      }
    }
    expect(kinds).toEqual(new Set(['html', 'truncated', 'shape']))
  })

  it('latency delays answers by a fixed time or a range', async () => {
    const b = backendWith({ latency: 60 })
    const t0 = performance.now()
    await b.fetch('http://x/v2/resources')
    expect(performance.now() - t0).toBeGreaterThanOrEqual(55)
    const ranged = backendWith({ latency: { min: 10, max: 30 }, random: () => 0.999 })
    const t1 = performance.now()
    await ranged.fetch('http://x/v2/resources')
    expect(performance.now() - t1).toBeGreaterThanOrEqual(25)
  })
})

describe('snapshot and reset', () => {
  it('snapshot is serialisable and reusable as a seed; reset returns to the seed', async () => {
    const b = backendWith({ resources: [resource(ID.a, 'UTC')] })
    await call(b, 'POST', '/bookings', bookingBody(ID.a, '2026-06-10T09:00:00Z', '2026-06-10T10:00:00Z'))
    const snap = b.snapshot()
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap)
    expect(snap.bookings).toHaveLength(1)

    const copy = createMockBackend({ ...snap })
    expect(copy.snapshot()).toEqual(snap)
    expect((await call(copy, 'GET', `/bookings/${snap.bookings[0]!.id}`)).status).toBe(200)

    b.reset()
    expect(b.snapshot().bookings).toHaveLength(0)
    expect(b.snapshot().resources).toEqual(snap.resources)
  })

  it('onMutation sees each change before the response is returned', async () => {
    const seen: number[] = []
    const b = backendWith({ resources: [resource(ID.a, 'UTC')], onMutation: (s) => void seen.push(s.bookings.length) })
    await call(b, 'GET', '/bookings')
    const res = await call(b, 'POST', '/bookings', bookingBody(ID.a, '2026-06-10T09:00:00Z', '2026-06-10T10:00:00Z'))
    expect(res.status).toBe(201)
    expect(seen).toEqual([1])
  })
})
