import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBookingClient } from '../../src/client'
import { DEFAULT_BOOKING_FIELDS } from '../../src/server'
import { startProxyServer, type ProxyServer } from './helpers/startProxyServer'
import { RESOURCE_A, RESOURCE_B, startStubUpstream, type StubUpstream } from './helpers/stubUpstream'

const APP_KEY = 'live_api_key_POLICY_TEST_SECRET'
const FOREIGN = '99999999-9999-4999-8999-999999999999'
const DAY = 24 * 60 * 60 * 1000

describe('policy rewrites what the upstream receives', () => {
  let upstream: StubUpstream
  let proxy: ProxyServer
  let clamping: ProxyServer

  beforeAll(async () => {
    upstream = await startStubUpstream()
    proxy = await startProxyServer({
      upstream: upstream.base,
      appKey: APP_KEY,
      basePath: '/api/booking',
      policy: {
        resources: [RESOURCE_A, RESOURCE_B],
        availability: {
          mode: 'roundrobin_prioritized',
          length: '30 minutes',
          constraints: [{ allow_hours: { start: 9, end: 17 } }],
          maxWindow: { days: 31 },
        },
        booking: { graph: 'confirm_decline' },
        transform: (body, { route, request }) =>
          route.path === '/bookings'
            ? { ...body, meta: { ...(body.meta as object), source: 'web', lang: request.headers.get('Accept-Language') } }
            : body,
      },
    })
    clamping = await startProxyServer({
      upstream: upstream.base,
      appKey: APP_KEY,
      basePath: '/api/booking',
      policy: {
        resources: [RESOURCE_A, RESOURCE_B],
        availability: { maxWindow: { days: 14, onExceed: 'clamp' }, onForeignResources: 'filter' },
      },
    })
  })
  afterAll(async () => {
    await proxy.close()
    await clamping.close()
    await upstream.close()
  })

  const lastBody = () => upstream.requests.at(-1)!.json as Record<string, unknown>

  it('forces graph, strips unknown and risky booking fields, then runs transform', async () => {
    await createBookingClient({ baseUrl: proxy.url, headers: { 'Accept-Language': 'da' } }).bookings.create({
      resource_id: RESOURCE_A,
      graph: 'instant',
      start: '2026-06-10T09:00:00+02:00',
      end: '2026-06-10T10:00:00+02:00',
      customer: { name: 'Ann', email: 'ann@example.com', comment: 'hi' },
      participants: ['spam@victim.example'],
      settings: { allow_double_bookings: true },
      meta: { ref: 'x' },
      // Fields no contract knows, sent by a hand-made request.
      ...({ state: 'confirmed', calendar_id: 'someone-elses', id: 'chosen-id' } as object),
    })
    const body = lastBody()
    expect(body.graph).toBe('confirm_decline')
    expect(Object.keys(body).every((key) => DEFAULT_BOOKING_FIELDS.includes(key))).toBe(true)
    expect(body).not.toHaveProperty('participants')
    expect(body).not.toHaveProperty('settings')
    expect(body).not.toHaveProperty('state')
    expect(body).not.toHaveProperty('calendar_id')
    expect(body.customer).toEqual({ name: 'Ann', email: 'ann@example.com', comment: 'hi' })
    expect(body.meta).toEqual({ ref: 'x', source: 'web', lang: 'da' })
  })

  it('replaces mode, length and constraints, fills in the resource set, and drops unknown availability fields', async () => {
    await createBookingClient({ baseUrl: proxy.url }).availability.query({
      mode: 'exclusive',
      length: '8 hours',
      constraints: [{ allow_hours: { start: 0, end: 24 } }],
      ...({ secret_flag: true } as object),
    })
    expect(lastBody()).toEqual({
      mode: 'roundrobin_prioritized',
      length: '30 minutes',
      constraints: [{ allow_hours: { start: 9, end: 17 } }],
      resources: [RESOURCE_A, RESOURCE_B],
    })
  })

  it('bounds an absent `to` (Timekit’s 4-week default) by the window', async () => {
    const before = Date.now()
    await createBookingClient({ baseUrl: clamping.url }).availability.query({ mode: 'mutual', resources: [RESOURCE_A] })
    const to = Date.parse(lastBody().to as string)
    expect(to).toBeGreaterThanOrEqual(before + 14 * DAY - 1_000)
    expect(to).toBeLessThanOrEqual(Date.now() + 14 * DAY)
  })

  it('clamps a long `to` to from + maxWindow when asked to', async () => {
    await createBookingClient({ baseUrl: clamping.url }).availability.query({
      mode: 'mutual',
      resources: [RESOURCE_A],
      from: '2026-07-01T00:00:00+02:00',
      to: '2026-12-31T00:00:00Z',
    })
    expect(lastBody().to).toBe('2026-07-14T22:00:00.000Z')
  })

  it('leaves a window within the bound alone', async () => {
    await createBookingClient({ baseUrl: clamping.url }).availability.query({
      mode: 'mutual',
      resources: [RESOURCE_A],
      from: 'tomorrow',
      to: '1 week',
    })
    expect(lastBody()).toMatchObject({ from: 'tomorrow', to: '1 week' })
  })

  it('filters foreign resource ids when onForeignResources is "filter"', async () => {
    await createBookingClient({ baseUrl: clamping.url }).availability.query({
      mode: 'mutual',
      resources: [FOREIGN, RESOURCE_B],
    })
    expect(lastBody().resources).toEqual([RESOURCE_B])
  })

  it('lists only the resources of the set', async () => {
    const restricted = await startProxyServer({
      upstream: upstream.base,
      appKey: APP_KEY,
      basePath: '/api/booking',
      policy: { resources: [RESOURCE_B], publicResourceFields: ['id', 'name'] },
    })
    try {
      const { items } = await createBookingClient({ baseUrl: restricted.url }).resources.list()
      expect(items).toEqual([{ id: RESOURCE_B, name: 'Marcus' }])
    } finally {
      await restricted.close()
    }
  })
})
