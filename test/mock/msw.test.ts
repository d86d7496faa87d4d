import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createDemoSeed, createMockBackend, DEMO_IDS } from '../../src/mock'

const NOW = '2026-06-08T06:00:00Z'
const backend = createMockBackend({ ...createDemoSeed(NOW), now: NOW })
const server = setupServer(http.all('*/v2/*', ({ request }) => backend.handle(request)))

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => backend.reset())
afterAll(() => server.close())

describe('the engine as an MSW handler', () => {
  it('serves availability and bookings to plain fetch calls', async () => {
    const availability = await fetch('https://api.timekit.io/v2/availability', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mode: 'roundrobin_prioritized', resources: [DEMO_IDS.copenhagen], from: 'now', to: '2 days' }),
    })
    expect(availability.status).toBe(200)
    const { data } = (await availability.json()) as { data: Array<{ start: string; end: string }> }
    expect(data.length).toBeGreaterThan(0)

    const slot = data[0]!
    const booking = {
      resource_id: DEMO_IDS.copenhagen,
      start: slot.start,
      end: slot.end,
      what: 'Intro call',
      customer: { name: 'Ada', email: 'ada@example.com' },
    }
    const post = () =>
      fetch('https://my-app.example/v2/bookings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(booking),
      })
    const first = await post()
    expect(first.status).toBe(201)
    expect(first.headers.get('Timekit-Request-Id')).toBeTruthy()
    const second = await post()
    expect(second.status).toBe(409)
    expect(await second.json()).toEqual({ error: 'The slot is no longer available' })
  })

  it('keeps state between calls until reset', async () => {
    const list = await fetch(`https://api.timekit.io/v2/bookings?search=resource.id:${DEMO_IDS.kolkata}`)
    const body = (await list.json()) as { total: number }
    expect(body.total).toBe(2)
  })
})
