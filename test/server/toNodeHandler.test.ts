import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBookingClient } from '../../src/client'
import { createBookingProxy, toNodeHandler } from '../../src/server'
import { startProxyServer, type ProxyServer } from './helpers/startProxyServer'
import { RESOURCE_A, startStubUpstream, type StubUpstream } from './helpers/stubUpstream'

const APP_KEY = 'live_api_key_NODE_TEST'

/**
 * What Express does to a request mounted with `app.use('/api/booking', …)`
 * after `express.json()`: `url` loses the mount path, `originalUrl` keeps it,
 * and the body stream is already read into `req.body`.
 */
function expressLike(handler: ReturnType<typeof toNodeHandler>, mount: string, parseJson: boolean) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const request = req as IncomingMessage & { originalUrl?: string; body?: unknown }
    if (!request.url?.startsWith(mount)) {
      res.statusCode = 404
      res.end('express 404')
      return
    }
    request.originalUrl = request.url
    request.url = request.url.slice(mount.length) || '/'
    if (!parseJson) return handler(req, res)
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      request.body = text === '' ? {} : JSON.parse(text)
      handler(req, res)
    })
  }
}

describe('toNodeHandler', () => {
  let upstream: StubUpstream
  const servers: { close(): Promise<void> }[] = []

  const listen = async (listener: (req: IncomingMessage, res: ServerResponse) => void) => {
    const server = createServer(listener)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    servers.push({
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        }),
    })
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  beforeAll(async () => {
    upstream = await startStubUpstream()
  })
  afterAll(async () => {
    for (const server of servers) await server.close()
    await upstream.close()
  })

  it.each([
    ['streamed body', false],
    ['body already parsed by a JSON body parser', true],
  ])('works under an Express-style mount (%s), with basePath as the full mount path', async (_name, parseJson) => {
    const proxy = createBookingProxy({ upstream: upstream.base, appKey: APP_KEY, basePath: '/api/booking' })
    const origin = await listen(expressLike(toNodeHandler(proxy), '/api/booking', parseJson))
    const client = createBookingClient({ baseUrl: `${origin}/api/booking` })
    const slots = await client.availability.query({ mode: 'mutual', resources: [RESOURCE_A] })
    expect(slots).toHaveLength(1)
    expect(upstream.requests.at(-1)?.json).toEqual({ mode: 'mutual', resources: [RESOURCE_A] })
  })

  it('infers the mount point when no basePath is given', async () => {
    let proxy: ProxyServer | undefined
    try {
      proxy = await startProxyServer({ upstream: upstream.base, appKey: APP_KEY }, '/some/deep/mount')
      const client = createBookingClient({ baseUrl: proxy.url })
      expect(await client.availability.dates({ mode: 'mutual', resources: [RESOURCE_A] })).toHaveLength(1)
      expect(upstream.requests.at(-1)?.url).toBe('/v2/availability/dates')
      expect((await client.resources.get(RESOURCE_A)).id).toBe(RESOURCE_A)
      expect(upstream.requests.at(-1)?.url).toBe(`/v2/resources/${RESOURCE_A}`)
      const closed = await fetch(`${proxy.url}/bookings`)
      expect(closed.status).toBe(403)
    } finally {
      await proxy?.close()
    }
  })

  it('aborts the upstream call when the browser goes away', async () => {
    let aborted = false
    const proxy = createBookingProxy({
      upstream: upstream.base,
      appKey: APP_KEY,
      fetch: (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            aborted = true
            reject(new DOMException('aborted', 'AbortError'))
          })
        }),
      onError: () => undefined,
    })
    const origin = await listen(toNodeHandler(proxy))
    const controller = new AbortController()
    const pending = fetch(`${origin}/resources`, { signal: controller.signal }).catch(() => 'aborted')
    await new Promise((resolve) => setTimeout(resolve, 50))
    controller.abort()
    expect(await pending).toBe('aborted')
    await expect.poll(() => aborted).toBe(true)
  })
})
