// client.availability against a real HTTP server: the body sent and the slots read back,
// including the timestamp forms Timekit emits and the old bare-id resources.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createBookingClient, type AvailabilityParams, type BookingClient } from '../../src/client'
import { OTHER_RESOURCE_ID, RESOURCE_ID } from './support/fixtures'
import { json, startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let client: BookingClient

beforeAll(async () => {
  server = await startTestServer()
  client = createBookingClient({ baseUrl: `${server.baseUrl}/`, appKey: 'test_widget_key_a' })
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.reset()
})

const PARAMS: AvailabilityParams = {
  mode: 'mutual',
  resources: [RESOURCE_ID, OTHER_RESOURCE_ID],
  length: '30 minutes',
  from: '2026-03-28T00:00:00+13:00',
  to: '4 weeks',
  buffer: '15 minutes',
  timeslot_increments: '15 minutes',
  round_to_nearest_hour: false,
  output_timezone: 'Pacific/Auckland',
  constraints: [
    { allow_day_and_time: { day: 'Monday', start: 9, end: 17 } },
    { block_weekends: {} },
    { block_period: { start: '2026-04-03T00:00:00Z', end: '2026-04-06T00:00:00Z' } },
  ],
}

describe('availability.query', () => {
  it('POSTs the params unchanged to /availability and returns the slots', async () => {
    server.reply(
      json(200, {
        data: [
          {
            start: '2026-03-30T09:00:00+13:00',
            end: '2026-03-30T09:30:00+13:00',
            resources: [{ id: RESOURCE_ID, name: 'Dr. Ana Lima' }, { id: OTHER_RESOURCE_ID }],
          },
        ],
      }),
    )
    const slots = await client.availability.query(PARAMS)
    const request = server.onlyRequest()
    expect(request).toMatchObject({ method: 'POST', path: '/v2/availability', query: {} })
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.json).toEqual(PARAMS)
    expect(slots).toEqual([
      {
        start: '2026-03-30T09:00:00+13:00',
        end: '2026-03-30T09:30:00+13:00',
        resources: [{ id: RESOURCE_ID, name: 'Dr. Ana Lima' }, { id: OTHER_RESOURCE_ID }],
      },
    ])
  })

  it.each([
    ['+00:00', '2015-03-01T08:00:00+00:00', '2015-03-01T08:00:00+00:00'],
    ['Z', '2015-03-01T08:00:00Z', '2015-03-01T08:00:00Z'],
    ['+0100 (no colon)', '2016-02-11T11:58:45+0100', '2016-02-11T11:58:45+01:00'],
    ['-0330 (no colon)', '2016-02-11T11:58:45-0330', '2016-02-11T11:58:45-03:30'],
    ['fractional seconds', '2016-02-11T11:58:45.123+0545', '2016-02-11T11:58:45.123+05:45'],
    ['lower-case t and z', '2015-03-01t08:00:00z', '2015-03-01T08:00:00Z'],
  ])('reads a timestamp with %s', async (_label, wire, expected) => {
    server.reply(json(200, { data: [{ start: wire, end: wire, resources: [] }] }))
    const [slot] = await client.availability.query(PARAMS)
    expect(slot?.start).toBe(expected)
    expect(slot?.end).toBe(expected)
    // The normalised form names the same instant, whatever the host zone.
    expect(Date.parse(slot!.start)).toBe(Date.parse(wire.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').toUpperCase()))
    expect(Number.isNaN(Date.parse(slot!.start))).toBe(false)
  })

  it('normalises bare resource ids (old fixtures) to { id }', async () => {
    server.reply(
      json(200, {
        data: [
          {
            start: '2026-03-30T09:00:00Z',
            end: '2026-03-30T10:00:00Z',
            resources: [RESOURCE_ID, { id: OTHER_RESOURCE_ID, name: null }],
          },
        ],
      }),
    )
    const [slot] = await client.availability.query(PARAMS)
    expect(slot?.resources).toEqual([{ id: RESOURCE_ID }, { id: OTHER_RESOURCE_ID, name: null }])
  })

  it('defaults missing resources to [] and keeps unknown fields of slots and resources', async () => {
    server.reply(
      json(200, {
        data: [
          { start: '2026-03-30T09:00:00Z', end: '2026-03-30T10:00:00Z', score: 0.9 },
          {
            start: '2026-03-30T10:00:00Z',
            end: '2026-03-30T11:00:00Z',
            resources: [{ id: RESOURCE_ID, priority: 1 }],
          },
        ],
        meta: { took_ms: 12 },
      }),
    )
    const slots = await client.availability.query(PARAMS)
    expect(slots[0]).toEqual({ start: '2026-03-30T09:00:00Z', end: '2026-03-30T10:00:00Z', score: 0.9, resources: [] })
    expect(slots[1]?.resources).toEqual([{ id: RESOURCE_ID, priority: 1 }])
  })

  it('returns an empty list as []', async () => {
    server.reply(json(200, { data: [] }))
    await expect(client.availability.query({ mode: 'roundrobin_random', resources: [RESOURCE_ID] })).resolves.toEqual(
      [],
    )
  })
})

describe('availability.dates', () => {
  it('POSTs the params to /availability/dates and returns the days', async () => {
    server.reply(
      json(200, {
        data: [
          { date: '2026-06-10', resources: [RESOURCE_ID] },
          { date: '2026-06-11', resources: [{ id: OTHER_RESOURCE_ID, name: 'Room 2' }] },
          { date: '2026-06-12' },
        ],
      }),
    )
    const days = await client.availability.dates({ mode: 'roundrobin_random', resources: [RESOURCE_ID], from: 'now' })
    const request = server.onlyRequest()
    expect(request).toMatchObject({ method: 'POST', path: '/v2/availability/dates' })
    expect(request.json).toEqual({ mode: 'roundrobin_random', resources: [RESOURCE_ID], from: 'now' })
    expect(days).toEqual([
      { date: '2026-06-10', resources: [{ id: RESOURCE_ID }] },
      { date: '2026-06-11', resources: [{ id: OTHER_RESOURCE_ID, name: 'Room 2' }] },
      { date: '2026-06-12', resources: [] },
    ])
  })
})
