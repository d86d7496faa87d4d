import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuthError, createBookingClient } from '../../src/client'
import { createBookingProxy, defaultRoutes, type RouteParams } from '../../src/server'
import { startProxyServer, type ProxyServer } from './helpers/startProxyServer'
import { startStubUpstream, type StubUpstream } from './helpers/stubUpstream'

const APP_KEY = 'live_api_key_ALLOW_TEST_SECRET'
const MINE = '44444444-4444-4444-8444-444444444444'
const THEIRS = '55555555-5555-4555-8555-555555555555'

describe('allow: app routes behind the app’s own check', () => {
  let upstream: StubUpstream
  let proxy: ProxyServer
  const seen: RouteParams[] = []

  beforeAll(async () => {
    upstream = await startStubUpstream()
    proxy = await startProxyServer({
      upstream: upstream.base,
      appKey: APP_KEY,
      basePath: '/api/booking',
      allow: [
        ...defaultRoutes,
        {
          method: 'PUT',
          path: '/bookings/:id/cancel',
          // Stand-in for a session lookup: the cookie names whose booking this is.
          authorize: (request, params) => {
            seen.push(params)
            return request.headers.get('Cookie') === `owner=${params.id}`
          },
        },
      ],
    })
  })
  afterAll(async () => {
    await proxy.close()
    await upstream.close()
  })

  it('forwards the route when authorize says yes', async () => {
    const client = createBookingClient({ baseUrl: proxy.url, headers: { Cookie: `owner=${MINE}` } })
    const booking = await client.bookings.cancel(MINE, { message: 'sorry' })
    expect(booking.state).toBe('cancelled')
    expect(seen.at(-1)).toEqual({ id: MINE })
    const forwarded = upstream.requests.at(-1)!
    expect(forwarded.url).toBe(`/v2/bookings/${MINE}/cancel`)
    expect(forwarded.json).toEqual({ cancel: { message: 'sorry' } })
    expect(forwarded.headers.cookie).toBeUndefined()
  })

  it('answers 403 and forwards nothing when authorize says no', async () => {
    const before = upstream.hits
    const client = createBookingClient({ baseUrl: proxy.url, headers: { Cookie: `owner=${MINE}` } })
    const error = await client.bookings.cancel(THEIRS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect((error as AuthError).status).toBe(403)
    expect(upstream.hits).toBe(before)
  })

  it('keeps other actions closed: allowing cancel does not allow confirm', async () => {
    const before = upstream.hits
    const client = createBookingClient({ baseUrl: proxy.url, headers: { Cookie: `owner=${MINE}` } })
    const error = await client.bookings.confirm(MINE).catch((e: unknown) => e)
    expect((error as AuthError).status).toBe(403)
    expect(upstream.hits).toBe(before)
  })

  it('answers 500 without detail when authorize throws (fails closed)', async () => {
    const broken = await startProxyServer({
      upstream: upstream.base,
      appKey: APP_KEY,
      basePath: '/api/booking',
      allow: [{ method: 'GET', path: '/resources', authorize: () => { throw new Error('db password wrong') } }],
    })
    try {
      const before = upstream.hits
      const response = await fetch(`${broken.url}/resources`)
      expect(response.status).toBe(500)
      expect(await response.text()).toBe('{"error":"Proxy error"}')
      expect(upstream.hits).toBe(before)
      expect(broken.errors).toHaveLength(1)
    } finally {
      await broken.close()
    }
  })

  it('refuses bad routes, CORS and basePath at start-up', () => {
    const base = { upstream: 'https://api.timekit.io/v2', appKey: 'k' }
    expect(() => createBookingProxy({ ...base, allow: [{ method: 'PUT', path: '/bookings/../x' }] })).toThrow(/segment/)
    expect(() => createBookingProxy({ ...base, allow: [{ method: 'PATCH' as 'PUT', path: '/x' }] })).toThrow(/method/)
    expect(() => createBookingProxy({ ...base, cors: { origins: ['*'] } })).toThrow(/\*/)
    expect(() => createBookingProxy({ ...base, basePath: '/api/../booking' })).toThrow(/basePath/)
  })
})
