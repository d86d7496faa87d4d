import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBookingClient } from '../../src/client'
import { createBookingProxy } from '../../src/server'
import { MAX_UPSTREAM_PAGES, UPSTREAM_PAGE_SIZE } from '../../src/server/listAllowedResources'
import { startProxyServer } from './helpers/startProxyServer'
import { fullResource, startStubUpstream, timekitLike, type StubUpstream } from './helpers/stubUpstream'

const APP_KEY = 'live_api_key_HARDENING_TEST_SECRET'
const ids = Array.from({ length: 7 }, (_, i) => `aaaaaaaa-aaaa-4aaa-8aaa-00000000000${i}`)

let upstream: StubUpstream
beforeAll(async () => {
  upstream = await startStubUpstream()
})
afterAll(async () => {
  await upstream.close()
})

/** An upstream that pages `all` resources by the `limit` and `page` it is asked for. */
function pagedResources(all: string[]) {
  return (request: { url: string }) => {
    const query = new URL(request.url, 'http://x').searchParams
    const limit = Number(query.get('limit') ?? 25)
    const page = Number(query.get('page') ?? 1)
    const data = all.slice((page - 1) * limit, page * limit).map((id, i) => fullResource(id, `R${(page - 1) * limit + i}`))
    return { status: 200, body: { data, total: all.length, per_page: limit, current_page: page, last_page: Math.max(1, Math.ceil(all.length / limit)) } }
  }
}

describe('configuration read at the first request', () => {
  it('creates the proxy without a key (a build imports it), and answers 500 with the clear error in onError', async () => {
    const errors: unknown[] = []
    const handler = createBookingProxy({ upstream: upstream.base, appKey: undefined, onError: (e) => errors.push(e) })
    const before = upstream.hits
    const response = await handler(new Request('http://app.test/api/booking/resources'))
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({ error: 'Proxy error' })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toBeInstanceOf(TypeError)
    expect((errors[0] as Error).message).toBe('createBookingProxy: `appKey` is required')
    expect(upstream.hits).toBe(before)
  })

  it('takes functions, read again until they give a valid value', async () => {
    const env: Record<string, string | undefined> = {}
    const errors: unknown[] = []
    upstream.respond(timekitLike())
    const handler = createBookingProxy({
      upstream: () => env.TIMEKIT_URL,
      appKey: () => env.TIMEKIT_API_KEY,
      basePath: '/api/booking',
      onError: (e) => errors.push(e),
    })
    expect((await handler(new Request('http://app.test/api/booking/resources'))).status).toBe(500)
    env.TIMEKIT_API_KEY = APP_KEY
    expect((await handler(new Request('http://app.test/api/booking/resources'))).status).toBe(500)
    expect((errors[1] as Error).message).toMatch(/`upstream` must be an absolute URL/)
    env.TIMEKIT_URL = upstream.base
    const ok = await handler(new Request('http://app.test/api/booking/resources'))
    expect(ok.status).toBe(200)
    expect(upstream.requests.at(-1)!.headers.authorization).toBe(`Basic ${btoa(`:${APP_KEY}`)}`)
  })

  it.each([['/v2'], ['https://user:pw@api.timekit.io/v2'], ['file:///etc/passwd']])('refuses upstream %s at the first request', async (bad) => {
    const errors: unknown[] = []
    const handler = createBookingProxy({ upstream: bad, appKey: APP_KEY, onError: (e) => errors.push(e) })
    expect((await handler(new Request('http://app.test/resources'))).status).toBe(500)
    expect((errors[0] as Error).message).toMatch(/^createBookingProxy: `upstream` must be/)
  })
})

describe('a list filtered by policy', () => {
  it('reports paging fields that describe what it returns, never the hidden resources', async () => {
    upstream.respond(pagedResources(ids))
    const proxy = await startProxyServer({ upstream: upstream.base, appKey: APP_KEY, policy: { resources: [ids[1]!, ids[4]!, ids[6]!] } })
    try {
      const all = (await (await fetch(`${proxy.url}/resources`)).json()) as Record<string, unknown>
      expect(all).toMatchObject({ total: 3, per_page: 25, current_page: 1, last_page: 1, from: 1, to: 3 })
      expect((all.data as Array<{ id: string }>).map((r) => r.id)).toEqual([ids[1], ids[4], ids[6]])

      const client = createBookingClient({ baseUrl: proxy.url })
      const second = await client.resources.list({ limit: 2, page: 2 })
      expect(second.items.map((r) => r.id)).toEqual([ids[6]])
      expect(second.page).toEqual({ total: 3, perPage: 2, currentPage: 2, lastPage: 2, nextPageUrl: null, prevPageUrl: null, from: 3, to: 3 })
      expect(proxy.errors).toEqual([])
    } finally {
      await proxy.close()
    }
  })

  it('gathers the allowed resources across upstream pages, up to a bound', async () => {
    const many = Array.from({ length: UPSTREAM_PAGE_SIZE * 2 + 5 }, (_, i) => `bbbbbbbb-bbbb-4bbb-8bbb-${String(i).padStart(12, '0')}`)
    upstream.respond(pagedResources(many))
    const proxy = await startProxyServer({ upstream: upstream.base, appKey: APP_KEY, policy: { resources: [many[3]!, many.at(-1)!] } })
    try {
      const before = upstream.hits
      const body = (await (await fetch(`${proxy.url}/resources`)).json()) as { total: number; data: Array<{ id: string }> }
      expect(body.total).toBe(2)
      expect(body.data.map((r) => r.id)).toEqual([many[3], many.at(-1)])
      expect(upstream.hits - before).toBe(3)
    } finally {
      await proxy.close()
    }
    const tooMany = Array.from({ length: UPSTREAM_PAGE_SIZE * MAX_UPSTREAM_PAGES + 1 }, (_, i) => `c-${i}`)
    upstream.respond(pagedResources(tooMany))
    const bounded = await startProxyServer({ upstream: upstream.base, appKey: APP_KEY, policy: { resources: ['c-1'] } })
    try {
      const response = await fetch(`${bounded.url}/resources`)
      expect(response.status).toBe(502)
      expect(bounded.errors).toHaveLength(1)
    } finally {
      await bounded.close()
    }
  })
})

describe('a browser that disconnects', () => {
  it('is not reported to onError as an error', async () => {
    upstream.respond((request) => ({ ...timekitLike()(request), delayMs: 300 }))
    const proxy = await startProxyServer({ upstream: upstream.base, appKey: APP_KEY })
    try {
      const before = upstream.hits
      await new Promise<void>((resolve) => {
        const req = httpRequest(`${proxy.url}/resources`)
        req.on('error', () => resolve())
        req.end()
        setTimeout(() => req.destroy(), 60)
      })
      // Long enough for the upstream answer (300 ms) to have come and gone.
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(upstream.hits - before).toBe(1)
      expect(proxy.errors).toEqual([])
    } finally {
      await proxy.close()
    }
  })

  it('still reports an upstream that times out', async () => {
    upstream.respond((request) => ({ ...timekitLike()(request), delayMs: 300 }))
    const proxy = await startProxyServer({ upstream: upstream.base, appKey: APP_KEY, timeoutMs: 50 })
    try {
      expect((await fetch(`${proxy.url}/resources`)).status).toBe(504)
      expect(proxy.errors).toHaveLength(1)
    } finally {
      await proxy.close()
    }
  })
})

describe('upstream calls through node:http', () => {
  it('settle when the upstream stops in the middle of an answer: 504 on the timeout, 502 on a cut connection', async () => {
    const upstreamServer = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' })
      res.write('{"data": [')
      if (req.url?.includes('cut')) setTimeout(() => res.destroy(), 20)
    })
    await new Promise<void>((resolve) => upstreamServer.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(upstreamServer.address() as AddressInfo).port}/v2`
    const stalled = await startProxyServer({ upstream: base, appKey: APP_KEY, timeoutMs: 100 })
    const cut = await startProxyServer({ upstream: `${base}/cut`, appKey: APP_KEY })
    try {
      expect((await fetch(`${stalled.url}/resources`)).status).toBe(504)
      expect((await fetch(`${cut.url}/resources`)).status).toBe(502)
      expect(stalled.errors).toHaveLength(1)
      expect(cut.errors).toHaveLength(1)
    } finally {
      await stalled.close()
      await cut.close()
      upstreamServer.closeAllConnections()
      await new Promise((resolve) => upstreamServer.close(resolve))
    }
  })
})
