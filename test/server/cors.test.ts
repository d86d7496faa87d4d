import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startProxyServer, type ProxyServer } from './helpers/startProxyServer'
import { RESOURCE_A, startStubUpstream, type StubUpstream } from './helpers/stubUpstream'

const LISTED = 'https://shop.example'

describe('CORS: only listed origins, preflights answered by the proxy', () => {
  let upstream: StubUpstream
  let proxy: ProxyServer
  let noCors: ProxyServer

  beforeAll(async () => {
    upstream = await startStubUpstream()
    const base = { upstream: upstream.base, appKey: 'live_api_key_CORS', basePath: '/api/booking' }
    proxy = await startProxyServer({ ...base, cors: { origins: [`${LISTED}/`] } })
    noCors = await startProxyServer(base)
  })
  afterAll(async () => {
    await proxy.close()
    await noCors.close()
    await upstream.close()
  })

  it('answers a listed origin’s preflight itself', async () => {
    const before = upstream.hits
    const response = await fetch(`${proxy.url}/bookings`, {
      method: 'OPTIONS',
      headers: { Origin: LISTED, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(LISTED)
    expect(response.headers.get('access-control-allow-methods')).toBe('POST, GET')
    expect(response.headers.get('access-control-allow-headers')).toContain('Content-Type')
    expect(response.headers.get('access-control-allow-headers')).not.toContain('Authorization')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    expect(response.headers.get('vary')).toContain('Origin')
    expect(upstream.hits).toBe(before)
  })

  it('adds CORS headers to a listed origin’s response and none to another’s', async () => {
    const body = JSON.stringify({ mode: 'mutual', resources: [RESOURCE_A] })
    const init = (origin: string) => ({
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      body,
    })
    const listed = await fetch(`${proxy.url}/availability`, init(LISTED))
    expect(listed.status).toBe(200)
    expect(listed.headers.get('access-control-allow-origin')).toBe(LISTED)
    expect(listed.headers.get('access-control-expose-headers')).toContain('Timekit-Request-Id')

    const other = await fetch(`${proxy.url}/availability`, init('https://evil.example'))
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    expect(other.headers.get('vary')).toBe('Origin')
  })

  it('without `cors`, no origin gets CORS headers and every preflight is refused', async () => {
    const response = await fetch(`${noCors.url}/bookings`, {
      method: 'OPTIONS',
      headers: { Origin: LISTED, 'Access-Control-Request-Method': 'POST' },
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    const get = await fetch(`${noCors.url}/resources`, { headers: { Origin: LISTED } })
    expect(get.status).toBe(200)
    expect(get.headers.get('access-control-allow-origin')).toBeNull()
  })
})
