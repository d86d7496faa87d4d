import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuthError, createBookingClient, SlotTakenError, ValidationError, type BookingClient } from '../../src/client'
import { DEMO_IDS } from '../../src/mock'
import { startMockServer, type MockServer } from '../../src/mock/node/startMockServer'
import { startProxyServer, type ProxyServer } from './helpers/startProxyServer'

const APP_KEY = 'live_api_key_E2E_SECRET'

describe('end to end: browser client → proxy (node:http) → mock backend server that requires the key', () => {
  let mock: MockServer
  let proxy: ProxyServer
  let client: BookingClient
  const upstreamLog: string[] = []

  beforeAll(async () => {
    mock = await startMockServer({
      port: 0,
      host: '127.0.0.1',
      log: (line) => upstreamLog.push(line),
      backend: { appKey: APP_KEY },
    })
    proxy = await startProxyServer({
      upstream: `${mock.url}/v2`,
      appKey: APP_KEY,
      basePath: '/api/booking',
      policy: {
        resources: [DEMO_IDS.copenhagen, DEMO_IDS.newYork],
        availability: { maxWindow: { days: 42 } },
      },
    })
    client = createBookingClient({ baseUrl: proxy.url })
  })
  afterAll(async () => {
    await proxy.close()
    await mock.close()
  })

  it('the mock really requires the key: without the proxy a keyless client is refused', async () => {
    const error = await createBookingClient({ baseUrl: `${mock.url}/v2` })
      .resources.list()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect((error as AuthError).status).toBe(401)
  })

  it('lists the resources of the set with public fields only', async () => {
    const { items } = await client.resources.list()
    expect(items.map((resource) => resource.id).sort()).toEqual([DEMO_IDS.copenhagen, DEMO_IDS.newYork].sort())
    for (const resource of items) {
      expect(Object.keys(resource).sort()).toEqual(['id', 'img', 'name', 'timezone'])
    }
    const astrid = await client.resources.get(DEMO_IDS.copenhagen)
    expect(astrid).toEqual({ id: DEMO_IDS.copenhagen, name: 'Astrid Nielsen', timezone: 'Europe/Copenhagen', img: null })
  })

  it('finds slots, books one, and answers SlotTakenError for the same slot again', async () => {
    const slots = await client.availability.query({
      mode: 'roundrobin_random',
      resources: [DEMO_IDS.copenhagen],
      from: 'tomorrow',
      to: '2 weeks',
    })
    expect(slots.length).toBeGreaterThan(0)
    const days = await client.availability.dates({ mode: 'mutual', resources: [DEMO_IDS.copenhagen], to: '2 weeks' })
    expect(days.length).toBeGreaterThan(0)

    const slot = slots[0]!
    const input = {
      resource_id: DEMO_IDS.copenhagen,
      start: slot.start,
      end: slot.end,
      what: 'Intro call',
      customer: { name: 'Ann Customer', email: 'ann@example.com', timezone: 'Europe/Berlin' },
    }
    const booking = await client.bookings.create(input)
    expect(booking.state).toBe('confirmed')
    expect(booking.resource?.id).toBe(DEMO_IDS.copenhagen)

    const again = await client.bookings.create(input).catch((e: unknown) => e)
    expect(again).toBeInstanceOf(SlotTakenError)
    expect((again as SlotTakenError).status).toBe(409)
    expect((again as SlotTakenError).requestId).toEqual(expect.any(String))
  })

  it('answers ValidationError with fieldErrors for a bad booking', async () => {
    const slots = await client.availability.query({ mode: 'mutual', resources: [DEMO_IDS.newYork], to: '3 weeks' })
    const slot = slots.at(-1)!
    const error = await client.bookings
      .create({
        resource_id: DEMO_IDS.newYork,
        start: slot.start,
        end: slot.end,
        customer: { name: 'Bo', email: 'not-an-email', timezone: 'Mars/Olympus' },
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    const fields = Object.keys((error as ValidationError).fieldErrors)
    expect(fields).toEqual(expect.arrayContaining(['customer.email']))
  })

  it('refuses a resource outside the set before the mock hears of it', async () => {
    const before = upstreamLog.length
    const error = await client.bookings
      .create({
        resource_id: DEMO_IDS.kolkata,
        start: '2030-01-07T10:00:00+05:30',
        end: '2030-01-07T11:00:00+05:30',
        customer: { name: 'Cy', email: 'cy@example.com' },
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect((error as AuthError).status).toBe(403)
    expect(upstreamLog.length).toBe(before)
  })

  it('with a wrong key the browser gets a plain 502, not the upstream’s 401', async () => {
    const wrong = await startProxyServer({ upstream: `${mock.url}/v2`, appKey: 'live_api_key_WRONG', basePath: '/api/booking' })
    try {
      const response = await fetch(`${wrong.url}/resources`)
      expect(response.status).toBe(502)
      expect(await response.json()).toEqual({ error: 'Upstream unavailable' })
    } finally {
      await wrong.close()
    }
  })
})
