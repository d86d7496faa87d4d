import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMockServer } from '../../src/mock/node/startMockServer'
import {
  APP_KEY,
  EVIL_ORIGIN,
  KEY_BASE64,
  LISTED_ORIGIN,
  attacks,
} from './helpers/attackTable'
import { rawRequest } from './helpers/rawRequest'
import { startProxyServer, type ProxyServer } from './helpers/startProxyServer'
import { RESOURCE_A, RESOURCE_B, startStubUpstream } from './helpers/stubUpstream'

/** An upstream whose every received request is counted. */
interface CountedUpstream {
  base: string
  hits(): number
  close(): Promise<void>
}

const upstreams: [string, () => Promise<CountedUpstream>][] = [
  [
    'counting stub upstream',
    async () => {
      const stub = await startStubUpstream()
      return { base: stub.base, hits: () => stub.hits, close: () => stub.close() }
    },
  ],
  [
    'the mock backend server (requiring the key)',
    async () => {
      const lines: string[] = []
      const mock = await startMockServer({ port: 0, host: '127.0.0.1', log: (line) => lines.push(line), backend: { appKey: APP_KEY } })
      return { base: `${mock.url}/v2`, hits: () => lines.length, close: () => mock.close() }
    },
  ],
]

describe.each(upstreams)('attack table through the proxy to %s', (_name, start) => {
  let upstream: CountedUpstream
  let proxy: ProxyServer

  beforeAll(async () => {
    upstream = await start()
    proxy = await startProxyServer({
      upstream: upstream.base,
      appKey: APP_KEY,
      basePath: '/api/booking',
      cors: { origins: [LISTED_ORIGIN] },
      policy: {
        resources: [RESOURCE_A, RESOURCE_B],
        availability: { maxWindow: { days: 31 } },
        booking: { graph: 'confirm_decline' },
      },
    })
  })
  afterAll(async () => {
    await proxy.close()
    await upstream.close()
  })

  it('has at least 30 rows', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(30)
  })

  it.each(attacks)('$name: $method $path → $status', async (attack) => {
    const before = upstream.hits()
    const response = await rawRequest(proxy.port, {
      method: attack.method,
      path: attack.path,
      headers: { Origin: EVIL_ORIGIN, ...attack.headers },
      ...(attack.body === undefined ? {} : { body: attack.body }),
    })

    expect(response.status).toBe(attack.status)
    expect(upstream.hits()).toBe(before)

    const everything = JSON.stringify(response.headers) + response.body
    expect(everything).not.toContain(APP_KEY)
    expect(everything).not.toContain(KEY_BASE64)
    expect(everything).not.toContain(new URL(upstream.base).host)
    expect(response.headers['access-control-allow-origin']).toBeUndefined()
    if (attack.method !== 'HEAD') {
      expect(response.headers['content-type']).toMatch(/^application\/json/)
      expect(JSON.parse(response.body)).toEqual(expect.objectContaining({ error: expect.any(String) }))
    }
  })

  it('lets a well-formed request through, so the table measures refusals and not a dead upstream', async () => {
    const before = upstream.hits()
    const response = await rawRequest(proxy.port, { method: 'GET', path: '/api/booking/resources' })
    // 200 and not 502: the upstream answered, and (for the mock) accepted the proxy's key.
    expect(response.status).toBe(200)
    await expect.poll(() => upstream.hits()).toBe(before + 1)
  })
})
