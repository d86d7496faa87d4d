import { describe, expect, it } from 'vitest'
import { createMockBackend } from '../../src/mock'
import { backendWith, call, ID, resource, seededRandom, starts } from './helpers'

const ZONE = 'Europe/Copenhagen'
const HOURS = [{ allow_hours: { start: 9, end: 12 } }]
// Monday 2026-06-08: A is booked 09–10, B is booked 10–11 (local, CEST = +02:00).
const seed = {
  resources: [resource(ID.a, ZONE, HOURS), resource(ID.b, ZONE, HOURS), resource(ID.c, ZONE, HOURS)],
  bookings: [
    { resource_id: ID.a, start: '2026-06-08T09:00:00+02:00', end: '2026-06-08T10:00:00+02:00' },
    { resource_id: ID.b, start: '2026-06-08T10:00:00+02:00', end: '2026-06-08T11:00:00+02:00' },
  ],
}
const window = { from: '2026-06-08T00:00:00+02:00', to: '2026-06-09T00:00:00+02:00', output_timezone: ZONE }

async function slots(mode: string, resources = [ID.a, ID.b, ID.c], random = seededRandom(7)) {
  const backend = backendWith({ ...seed, random })
  const res = await call(backend, 'POST', '/availability', { mode, resources, ...window })
  expect(res.status).toBe(200)
  return res.body.data as Array<{ start: string; end: string; resources: Array<{ id: string; name: string }> }>
}

const ids = (slot: { resources: Array<{ id: string }> }) => slot.resources.map((r) => r.id)

describe('POST /availability modes', () => {
  it('exclusive lists every free resource per slot', async () => {
    const data = await slots('exclusive')
    expect(starts(data)).toEqual(['2026-06-08T09:00', '2026-06-08T10:00', '2026-06-08T11:00'])
    expect(data.map(ids)).toEqual([
      [ID.b, ID.c],
      [ID.a, ID.c],
      [ID.a, ID.b, ID.c],
    ])
    expect(data[0]!.resources[0]).toEqual({ id: ID.b, name: 'Resource 2' })
    expect(data[0]!.end).toBe('2026-06-08T10:00:00+02:00')
  })

  it('roundrobin_prioritized takes the first free resource in the order given', async () => {
    expect((await slots('roundrobin_prioritized')).map(ids)).toEqual([[ID.b], [ID.a], [ID.a]])
    expect((await slots('roundrobin_prioritized', [ID.c, ID.a, ID.b])).map(ids)).toEqual([[ID.c], [ID.c], [ID.c]])
    expect((await slots('roundrobin_prioritized', [ID.b, ID.a])).map(ids)).toEqual([[ID.b], [ID.a], [ID.b]])
  })

  it('mutual keeps only the slots where all resources are free', async () => {
    const data = await slots('mutual')
    expect(starts(data)).toEqual(['2026-06-08T11:00'])
    expect(ids(data[0]!)).toEqual([ID.a, ID.b, ID.c])
    expect(starts(await slots('mutual', [ID.a, ID.c]))).toEqual(['2026-06-08T10:00', '2026-06-08T11:00'])
  })

  it('roundrobin_random picks one free resource per slot using the random source', async () => {
    const low = await slots('roundrobin_random', undefined, () => 0)
    const high = await slots('roundrobin_random', undefined, () => 0.999)
    expect(low.map(ids)).toEqual([[ID.b], [ID.a], [ID.a]])
    expect(high.map(ids)).toEqual([[ID.c], [ID.c], [ID.c]])
    expect(await slots('roundrobin_random', undefined, seededRandom(3))).toEqual(
      await slots('roundrobin_random', undefined, seededRandom(3)),
    )
  })

  it('roundrobin_random spreads over every free resource across many slots', async () => {
    const backend = createMockBackend({
      now: '2026-01-01T00:00:00Z',
      random: seededRandom(11),
      resources: [resource(ID.a, ZONE), resource(ID.b, ZONE), resource(ID.c, ZONE)],
    })
    const res = await call(backend, 'POST', '/availability', {
      mode: 'roundrobin_random',
      resources: [ID.a, ID.b, ID.c],
      from: '2026-06-08T00:00:00Z',
      to: '2026-06-10T00:00:00Z',
    })
    const picked = new Set(res.body.data.map((s: { resources: Array<{ id: string }> }) => s.resources[0]!.id))
    expect(res.body.data).toHaveLength(48)
    expect(picked).toEqual(new Set([ID.a, ID.b, ID.c]))
  })

  it('mutual across zones follows both wall clocks, including the weeks when only the US has changed to DST', async () => {
    const nineToFive = [{ allow_hours: { start: 9, end: 17 } }]
    const backend = backendWith({
      resources: [resource(ID.a, 'Europe/Copenhagen', nineToFive), resource(ID.b, 'America/New_York', nineToFive)],
    })
    const mutualOn = async (day: string) => {
      const res = await call(backend, 'POST', '/availability', {
        mode: 'mutual',
        resources: [ID.a, ID.b],
        from: `${day}T00:00:00Z`,
        to: `${day}T23:59:00Z`,
        output_timezone: 'Europe/Copenhagen',
      })
      return starts(res.body.data).map((s) => s.slice(11))
    }
    // Friday 6 March: 6 hours apart; Monday 9 March: New York on EDT, Copenhagen still on CET: 5 hours.
    expect(await mutualOn('2026-03-06')).toEqual(['15:00', '16:00'])
    expect(await mutualOn('2026-03-09')).toEqual(['14:00', '15:00', '16:00'])
  })

  it('accepts bare ids and {id} objects, and refuses unknown resources and modes', async () => {
    const backend = backendWith(seed)
    const ok = await call(backend, 'POST', '/availability', { mode: 'exclusive', resources: [{ id: ID.c }], ...window })
    expect(ok.status).toBe(200)
    const bad = await call(backend, 'POST', '/availability', { mode: 'sometimes', resources: [ID.a, 'nope'], ...window })
    expect(bad.status).toBe(422)
    expect(Object.keys(bad.body.errors).sort()).toEqual(['mode', 'resources.1'])
    const none = await call(backend, 'POST', '/availability', { resources: [] })
    expect(none.status).toBe(422)
    expect(none.body.errors.mode).toEqual(['The mode field is required.'])
    expect(none.body.errors.resources).toEqual(['The resources field is required.'])
  })
})
