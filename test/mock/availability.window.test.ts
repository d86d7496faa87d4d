import { describe, expect, it } from 'vitest'
import { createMockBackend } from '../../src/mock'
import { backendWith, call, ID, resource, starts } from './helpers'

const NOW = '2026-06-08T10:00:00Z'
const open = (extra: object = {}) =>
  createMockBackend({ now: NOW, resources: [resource(ID.a, 'UTC'), resource(ID.b, 'America/New_York')], ...extra })
const ask = (backend = open(), body: object = {}) =>
  call(backend, 'POST', '/availability', { mode: 'exclusive', resources: [ID.a], ...body })

describe('availability window', () => {
  it('defaults to now → 4 weeks', async () => {
    const { body } = await ask()
    expect(body.data).toHaveLength(28 * 24)
    expect(body.data[0].start).toBe('2026-06-08T10:00:00+00:00')
    expect(body.data.at(-1).end).toBe('2026-07-06T10:00:00+00:00')
  })

  it('reads relative phrases from now: "tomorrow", "3 days"', async () => {
    const { body } = await ask(open(), { from: 'tomorrow', to: '3 days' })
    expect(body.data[0].start).toBe('2026-06-09T00:00:00+00:00')
    expect(body.data.at(-1).end).toBe('2026-06-11T10:00:00+00:00')
  })

  it('"tomorrow" starts at midnight in the output zone', async () => {
    const { body } = await ask(open(), { from: 'tomorrow', to: '2 days', output_timezone: 'America/New_York' })
    expect(body.data[0].start).toBe('2026-06-09T00:00:00-04:00')
  })

  it('accepts absolute timestamps with Z, +00:00 and +0100', async () => {
    for (const [from, to] of [
      ['2026-06-10T00:00:00Z', '2026-06-10T03:00:00+00:00'],
      ['2026-06-10T01:00:00+0100', '2026-06-10T04:00:00+0100'],
    ]) {
      const { body } = await ask(open(), { from, to })
      expect(starts(body.data)).toEqual(['2026-06-10T00:00', '2026-06-10T01:00', '2026-06-10T02:00'])
    }
  })

  it('never offers a slot that starts before now', async () => {
    const { body } = await ask(open(), { from: '2026-06-07T00:00:00Z', to: '2026-06-08T13:00:00Z' })
    expect(starts(body.data)).toEqual(['2026-06-08T10:00', '2026-06-08T11:00', '2026-06-08T12:00'])
  })

  it('refuses a window over 6 months, an inverted one and unreadable bounds with 422', async () => {
    const long = await ask(open(), { from: 'now', to: '2026-12-09T10:00:00Z' })
    expect(long.status).toBe(422)
    expect(long.body.errors.to[0]).toMatch(/6 months/)
    // Exactly 6 calendar months is fine, whatever the host zone (the tests run in Pacific/Auckland).
    expect((await ask(open(), { from: 'now', to: '2026-12-08T10:00:00Z', length: '1 day' })).status).toBe(200)
    expect((await ask(open(), { from: 'now', to: '6 months', length: '1 day' })).status).toBe(200)
    expect((await ask(open(), { from: '2026-06-10T00:00:00Z', to: '2026-06-09T00:00:00Z' })).body.errors.to).toBeDefined()
    expect(Object.keys((await ask(open(), { from: 'someday', to: 'later' })).body.errors)).toEqual(['from', 'to'])
  })

  it('refuses an invalid output_timezone with 422', async () => {
    const res = await ask(open(), { output_timezone: 'Europe/Atlantis' })
    expect(res.status).toBe(422)
    expect(res.body.errors.output_timezone).toEqual(['The output_timezone must be a valid zone'])
  })
})

describe('slot shape options', () => {
  const day = { from: '2026-06-10T09:00:00Z', to: '2026-06-10T12:00:00Z' }

  it('length and timeslot_increments', async () => {
    expect(starts((await ask(open(), { ...day, length: '90 minutes' })).body.data).map((s) => s.slice(11))).toEqual([
      '09:00',
      '10:30',
    ])
    const quarter = (await ask(open(), { ...day, length: '30 minutes', timeslot_increments: '15 minutes' })).body.data
    expect(quarter).toHaveLength(11)
    expect(quarter[1].start).toBe('2026-06-10T09:15:00+00:00')
    expect(quarter[1].end).toBe('2026-06-10T09:45:00+00:00')
    expect((await ask(open(), { length: 'a while' })).body.errors.length).toBeDefined()
  })

  it('buffer pads live bookings on both sides; round_to_nearest_hour moves starts to whole hours', async () => {
    const backend = open({
      bookings: [{ resource_id: ID.a, start: '2026-06-10T10:00:00Z', end: '2026-06-10T10:30:00Z' }],
    })
    const body = { from: '2026-06-10T08:00:00Z', to: '2026-06-10T13:00:00Z', length: '30 minutes' }
    const plain = starts((await ask(backend, body)).body.data).map((s) => s.slice(11))
    expect(plain).toEqual(['08:00', '08:30', '09:00', '09:30', '10:30', '11:00', '11:30', '12:00', '12:30'])
    const buffered = starts((await ask(backend, { ...body, buffer: '15 minutes' })).body.data).map((s) => s.slice(11))
    expect(buffered).toEqual(['08:00', '08:30', '09:00', '11:00', '11:30', '12:00', '12:30'])
    const withIncrements = { ...body, buffer: '15 minutes', timeslot_increments: '15 minutes' }
    expect(starts((await ask(backend, withIncrements)).body.data).map((s) => s.slice(11))).toContain('10:45')
    const rounded = starts((await ask(backend, { ...withIncrements, round_to_nearest_hour: true })).body.data)
    expect(rounded.map((s) => s.slice(11))).not.toContain('10:45')
    expect(rounded.map((s) => s.slice(11))).toContain('11:00')
  })

  it('a cancelled booking does not hold time, a tentative one does', async () => {
    const backend = open({
      bookings: [
        { resource_id: ID.a, start: '2026-06-10T09:00:00Z', end: '2026-06-10T10:00:00Z', state: 'cancelled' },
        { resource_id: ID.a, start: '2026-06-10T10:00:00Z', end: '2026-06-10T11:00:00Z', state: 'tentative', graph: 'confirm_decline' },
      ],
    })
    expect(starts((await ask(backend, day)).body.data).map((s) => s.slice(11))).toEqual(['09:00', '11:00'])
  })
})

describe('project defaults', () => {
  const backend = () =>
    backendWith({
      resources: [resource(ID.a, 'UTC'), resource(ID.b, 'UTC')],
      projects: [{ id: 'proj', resources: [ID.b], mode: 'exclusive', length: '2 hours' }],
    })
  const window = { from: '2026-06-10T00:00:00Z', to: '2026-06-10T06:00:00Z' }

  it('fills mode, resources and length from the project; explicit fields win', async () => {
    const fromProject = await call(backend(), 'POST', '/availability', { project_id: 'proj', ...window })
    expect(fromProject.body.data).toHaveLength(3)
    expect(fromProject.body.data[0].resources[0].id).toBe(ID.b)
    const explicit = await call(backend(), 'POST', '/availability', { project_id: 'proj', length: '1 hour', resources: [ID.a], ...window })
    expect(explicit.body.data).toHaveLength(6)
    expect(explicit.body.data[0].resources[0].id).toBe(ID.a)
  })

  it('refuses an unknown project', async () => {
    const res = await call(backend(), 'POST', '/availability', { project_id: 'nope', mode: 'mutual', resources: [ID.a] })
    expect(res.status).toBe(422)
    expect(res.body.errors.project_id).toBeDefined()
  })
})

describe('POST /availability/dates', () => {
  it('lists the days with any slot and the free resources, in the output zone (default UTC)', async () => {
    const backend = backendWith({
      resources: [
        resource(ID.a, 'America/New_York', [{ allow_hours: { start: 21, end: 23 } }, { block_weekends: {} }]),
        resource(ID.b, 'UTC', [{ allow_day: { day: 'Friday' } }]),
      ],
    })
    const body = { mode: 'roundrobin_random', resources: [ID.a, ID.b], from: '2026-06-10T00:00:00Z', to: '2026-06-13T00:00:00Z' }
    const utc = await call(backend, 'POST', '/availability/dates', body)
    expect(utc.status).toBe(200)
    // 21:00–23:00 in New York is 01:00–03:00 UTC on the next day.
    expect(utc.body.data).toEqual([
      { date: '2026-06-10', resources: [ID.a] },
      { date: '2026-06-11', resources: [ID.a] },
      { date: '2026-06-12', resources: [ID.a, ID.b] },
    ])
    const local = await call(backend, 'POST', '/availability/dates', { ...body, output_timezone: 'America/New_York' })
    expect(local.body.data).toEqual([
      { date: '2026-06-09', resources: [ID.a] },
      { date: '2026-06-10', resources: [ID.a] },
      { date: '2026-06-11', resources: [ID.a, ID.b] },
      { date: '2026-06-12', resources: [ID.b] },
    ])
  })
})
