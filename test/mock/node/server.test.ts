import { afterEach, describe, expect, it } from 'vitest'
import { startMockServer, type MockServer } from '../../../src/mock/node/startMockServer'
import { resource, ID } from '../helpers'

let server: MockServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const seed = { resources: [resource(ID.a, 'Europe/Copenhagen')] }
const body = (i: number) =>
  JSON.stringify({
    resource_id: ID.a,
    start: '2026-06-10T09:00:00+02:00',
    end: '2026-06-10T10:00:00+02:00',
    customer: { name: `Customer ${i}`, email: `c${i}@example.com` },
  })

describe('startMockServer over real HTTP', () => {
  it('50 concurrent POST /bookings for one slot: exactly one 201, 49 409s', async () => {
    server = await startMockServer({ port: 0, seed })
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        fetch(`${server!.url}/v2/bookings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body(i) }),
      ),
    )
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(49)
    const conflicts = await Promise.all(responses.filter((r) => r.status === 409).map((r) => r.json()))
    expect(new Set(conflicts.map((c) => (c as { error: string }).error))).toEqual(new Set(['The slot is no longer available']))

    expect(server.backend.snapshot().bookings).toHaveLength(1)
    const list = (await (await fetch(`${server.url}/v2/bookings`)).json()) as { total: number; data: unknown[] }
    expect(list.total).toBe(1)
    expect(list.data).toHaveLength(1)
  })

  it('converts headers both ways, answers preflights and logs one line per request', async () => {
    const lines: string[] = []
    server = await startMockServer({ port: 0, seed, log: (l) => lines.push(l), backend: { appKey: 'k' } })
    const pre = await fetch(`${server.url}/v2/resources`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'GET' },
    })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect((await fetch(`${server.url}/v2/resources`)).status).toBe(401)
    const ok = await fetch(`${server.url}/v2/resources?limit=1`, { headers: { Authorization: `Basic ${btoa(':k')}` } })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('timekit-request-id')).toBeTruthy()
    expect(lines).toHaveLength(3)
    expect(lines[2]).toMatch(/^GET \/v2\/resources\?limit=1 200 \d+ms$/)
  })

  it('answers 413 for an oversized body', async () => {
    server = await startMockServer({ port: 0, seed })
    const res = await fetch(`${server.url}/v2/bookings`, { method: 'POST', body: 'x'.repeat(70_000) })
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: string }).error).toMatch(/64000/)
  })

  it('answers 413 with CORS headers even when the body is far past the limit', async () => {
    // A browser only lets the page read the 413 when the CORS headers are on it.
    server = await startMockServer({ port: 0, seed })
    const res = await fetch(`${server.url}/v2/bookings`, {
      method: 'POST',
      headers: { Origin: 'http://localhost:3000' },
      body: 'x'.repeat(400_000),
    })
    expect(res.status).toBe(413)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(((await res.json()) as { error: string }).error).toMatch(/64000/)
  })
})
