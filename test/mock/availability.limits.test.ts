import { describe, expect, it } from 'vitest'
import { createInstantFormatter } from '../../src/mock/availability/createInstantFormatter'
import { SEARCH_LIMITS } from '../../src/mock/availability/searchLimits'
import { backendWith, call, ID, resource } from './helpers'

const many = (n: number) => Array.from({ length: n }, (_, i) => resource(`r${String(i).padStart(3, '0')}`, 'UTC'))
const ask = (body: object, resources = [resource(ID.a, 'UTC'), resource(ID.b, 'Europe/Copenhagen')]) =>
  call(backendWith({ resources }), 'POST', '/availability', { mode: 'exclusive', resources: [ID.a], ...body })

describe('availability search limits (422 before the work, saying how to narrow)', () => {
  it('removes repeated resource ids, keeping the first-seen order', async () => {
    const { status, body } = await ask({ resources: [ID.b, ...Array(1500).fill(ID.a), ID.b], to: '1 day' })
    expect(status).toBe(200)
    expect(body.data.every((slot: { resources: unknown[] }) => slot.resources.length <= 2)).toBe(true)
    const both = body.data.find((slot: { resources: unknown[] }) => slot.resources.length === 2)
    expect(both.resources.map((r: { id: string }) => r.id)).toEqual([ID.b, ID.a])
  })

  it(`refuses more than ${SEARCH_LIMITS.resources} distinct resources`, async () => {
    const resources = many(SEARCH_LIMITS.resources + 1)
    const ids = resources.map((r) => r.id)
    const ok = await ask({ resources: ids.slice(0, -1), to: '1 day' }, resources)
    expect(ok.status).toBe(200)
    const res = await ask({ resources: ids, to: '1 day' }, resources)
    expect(res.status).toBe(422)
    expect(res.body.error).toBe(`At most ${SEARCH_LIMITS.resources} distinct resources per request, got ${ids.length}.`)
  })

  it('refuses a search over the slot-start budget before computing it', async () => {
    const res = await ask({ length: '1 minute', timeslot_increments: '1 minute', to: '6 months' })
    expect(res.status).toBe(422)
    expect(res.body.error).toMatch(/would try 2\d\d,\d{3} slot starts .* limit is 100,000\. Narrow the search: a shorter window \(from\/to\), a longer timeslot_increments or fewer resources\./)
    const workingHours = [{ allow_hours: { start: 9, end: 17 } }]
    const fourWeeks = await ask({ length: '1 minute', timeslot_increments: '1 minute', to: '4 weeks', constraints: workingHours })
    expect(fourWeeks.status).toBe(200)
    expect(fourWeeks.body.data).toHaveLength(28 * 8 * 60)
  })

  it('refuses an answer of more slots than the limit', async () => {
    // 50,400 starts are within the budget, but the open 5 weeks give every one of them.
    const res = await ask({ length: '1 minute', timeslot_increments: '1 minute', to: '5 weeks' })
    expect(res.status).toBe(422)
    expect(res.body.error).toMatch(/50,400 slots .* limits are 20,000 slots/)
  })

  it('refuses constraints that would need too many local-time conversions, and too many constraints', async () => {
    const hours = Array.from({ length: 30 }, (_, i) => ({ allow_hours: { start: i % 24, end: 24 } }))
    const res = await ask({ to: '6 months', constraints: hours })
    expect(res.status).toBe(422)
    expect(res.body.error).toMatch(/local-time conversions .* limit is 10,000/)
    const tooMany = await ask({ constraints: Array(SEARCH_LIMITS.constraints + 1).fill({ block_weekends: {} }) })
    expect(tooMany.status).toBe(422)
    expect(tooMany.body.error).toMatch(/At most 100 constraints/)
  })

  it('bounds the slot length and the buffer', async () => {
    const res = await ask({ length: '32 days', buffer: '40 days' })
    expect(res.status).toBe(422)
    expect(res.body.errors.length).toEqual(['The length may be at most 31 days.'])
    expect(res.body.errors.buffer).toEqual(['The buffer may be at most 31 days.'])
  })
})

describe('createInstantFormatter', () => {
  it.each([
    ['UTC', '2026-03-29T00:30:00Z', '2026-03-29T00:30:00+00:00'],
    ['Europe/Copenhagen', '2026-03-29T00:59:59Z', '2026-03-29T01:59:59+01:00'],
    ['Europe/Copenhagen', '2026-03-29T01:00:00Z', '2026-03-29T03:00:00+02:00'],
    ['America/New_York', '2026-11-01T05:59:00Z', '2026-11-01T01:59:00-04:00'],
    ['America/New_York', '2026-11-01T06:00:00Z', '2026-11-01T01:00:00-05:00'],
    ['Asia/Kolkata', '2026-06-10T03:30:00Z', '2026-06-10T09:00:00+05:30'],
    ['Australia/Lord_Howe', '2026-04-04T15:00:00Z', '2026-04-05T01:30:00+10:30'],
    ['Australia/Lord_Howe', '2026-04-04T14:59:00Z', '2026-04-05T01:59:00+11:00'],
    ['Pacific/Chatham', '2026-01-10T00:00:00Z', '2026-01-10T13:45:00+13:45'],
  ])('%s %s → %s', (zone, instant, expected) => {
    expect(createInstantFormatter(zone)(Date.parse(instant))).toBe(expected)
  })

  it('gives back the same instant for every minute around a year of DST changes, whatever the host zone', () => {
    for (const zone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/St_Johns']) {
      const format = createInstantFormatter(zone)
      const wrong: string[] = []
      for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 37 * 60_000) {
        if (Date.parse(format(ms)) !== ms) wrong.push(format(ms))
      }
      expect(wrong, zone).toEqual([])
    }
  })
})
