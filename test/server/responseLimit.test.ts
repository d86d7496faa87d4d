import { describe, expect, it } from 'vitest'
import { createBookingProxy } from '../../src/server/index'

const APP_KEY = 'live_api_key_LIMIT_TEST'
const request = () => new Request('https://shop.example/api/booking/resources')

/** An upstream `fetch` whose body is `chunks` pieces of `chunkBytes`, with no Content-Length. */
function streamingUpstream(chunks: number, chunkBytes: number) {
  let pulled = 0
  let cancelled = false
  const fetch = async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled === chunks) return controller.close()
          pulled++
          controller.enqueue(new TextEncoder().encode(' '.repeat(chunkBytes)))
        },
        cancel() {
          cancelled = true
        },
      }),
      { status: 200, headers: { 'Content-Type': 'application/json' } },
    )
  return { fetch, stats: () => ({ pulled, cancelled }) }
}

describe('upstream answers larger than maxResponseBytes', () => {
  it('stops reading a streamed body at the limit and answers a JSON 502', async () => {
    const upstream = streamingUpstream(1_000, 1_024) // about 1 MB, never read whole
    const errors: unknown[] = []
    const proxy = createBookingProxy({
      upstream: 'https://api.timekit.io/v2',
      appKey: APP_KEY,
      basePath: '/api/booking',
      maxResponseBytes: 16 * 1_024,
      fetch: upstream.fetch,
      onError: (error) => errors.push(error),
    })
    const response = await proxy(request())
    expect(response.status).toBe(502)
    expect(await response.json()).toEqual({ error: 'Upstream unavailable' })
    expect(upstream.stats().pulled).toBeLessThan(30)
    expect(upstream.stats().cancelled).toBe(true)
    expect(String(errors[0])).toContain('exceeds 16384 bytes')
  })

  it('refuses a declared Content-Length over the limit without reading it', async () => {
    const proxy = createBookingProxy({
      upstream: 'https://api.timekit.io/v2',
      appKey: APP_KEY,
      basePath: '/api/booking',
      maxResponseBytes: 1_000,
      fetch: async () => new Response(JSON.stringify({ data: [], pad: 'x'.repeat(5_000) }), { headers: { 'Content-Type': 'application/json' } }),
      onError: () => {},
    })
    expect((await proxy(request())).status).toBe(502)
  })

  it('passes an answer under the limit', async () => {
    const proxy = createBookingProxy({
      upstream: 'https://api.timekit.io/v2',
      appKey: APP_KEY,
      basePath: '/api/booking',
      maxResponseBytes: 1_000,
      fetch: async () => Response.json({ data: [{ id: 'r1', name: 'Room', timezone: 'UTC', img: null }] }),
      onError: () => {},
    })
    const response = await proxy(request())
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ data: [{ id: 'r1', name: 'Room' }] })
  })
})
