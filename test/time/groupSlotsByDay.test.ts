import { formatInTimeZone } from 'date-fns-tz'
import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { dayRange, groupSlotsByDay, InvalidDateTimeError, InvalidTimeZoneError } from '../../src/time'
import type { SlotDay } from '../../src/time'
import { DST_CASES } from './dstCases'
import { instantArb, intlWall, isoWithOffset, zoneArb } from './support'

const MINUTE = 60_000
const HOUR = 3_600_000

interface Slot {
  start: string
  end: string
  resources: string[]
}

function slotsBetween(from: number, to: number, minutes = 15): Slot[] {
  const slots: Slot[] = []
  for (let t = from; t < to; t += minutes * MINUTE) {
    slots.push({ start: new Date(t).toISOString(), end: new Date(t + minutes * MINUTE).toISOString(), resources: ['r1'] })
  }
  return slots
}

describe('groupSlotsByDay on DST days', () => {
  it.each(DST_CASES)('$name: $dayKey holds $dayHours hours of 15-minute slots', (c) => {
    const range = dayRange(c.dayKey, c.timeZone)
    const slots = slotsBetween(Date.parse(range.start) - 6 * HOUR, Date.parse(range.end) + 6 * HOUR)
    const days = groupSlotsByDay(slots, c.timeZone)
    const day = days.find((d) => d.dayKey === c.dayKey)
    expect(day?.slots).toHaveLength(c.dayHours * 4)
    expect(day?.slots[0]?.start).toBe(range.start)
    expect(days.flatMap((d) => d.slots)).toHaveLength(slots.length)
  })

  it('starts Santiago’s 6 September 2026 at 01:00, because midnight is skipped', () => {
    const slots = slotsBetween(Date.parse('2026-09-06T02:00:00Z'), Date.parse('2026-09-06T06:00:00Z'))
    const days = groupSlotsByDay(slots, 'America/Santiago')
    expect(days.map((d) => d.dayKey)).toEqual(['2026-09-05', '2026-09-06'])
    expect(days[0]!.slots.at(-1)!.start).toBe('2026-09-06T03:45:00.000Z')
    expect(days[1]!.slots[0]!.start).toBe('2026-09-06T04:00:00.000Z')
    expect(formatInTimeZone(days[1]!.slots[0]!.start, 'America/Santiago', 'yyyy-MM-dd HH:mm')).toBe('2026-09-06 01:00')
  })

  it('keeps both passes through Santiago’s repeated 23:00 hour on 4 April 2026', () => {
    const slots = slotsBetween(Date.parse('2026-04-05T02:00:00Z'), Date.parse('2026-04-05T04:00:00Z'))
    const days = groupSlotsByDay(slots, 'America/Santiago')
    expect(days.map((d) => [d.dayKey, d.slots.length])).toEqual([['2026-04-04', 8]])
  })

  it('skips Samoa’s missing 30 December 2011', () => {
    const slots = slotsBetween(Date.parse('2011-12-30T08:00:00Z'), Date.parse('2011-12-30T12:00:00Z'), 60)
    expect(groupSlotsByDay(slots, 'Pacific/Apia').map((d) => [d.dayKey, d.slots.length])).toEqual([
      ['2011-12-29', 2],
      ['2011-12-31', 2],
    ])
  })
})

describe('groupSlotsByDay', () => {
  it('returns an empty list for no slots', () => {
    expect(groupSlotsByDay([], 'UTC')).toEqual([])
  })

  it('sorts unsorted input and keeps equal starts in input order', () => {
    const a = { start: '2026-03-03T10:00:00Z', id: 'a' }
    const b = { start: '2026-03-03T09:00:00Z', id: 'b' }
    const c = { start: '2026-03-02T09:00:00Z', id: 'c' }
    const d = { start: '2026-03-03T09:00:00Z', id: 'd' }
    const days = groupSlotsByDay([a, b, c, d], 'UTC')
    expect(days.map((day) => [day.dayKey, day.slots.map((s) => s.id)])).toEqual([
      ['2026-03-02', ['c']],
      ['2026-03-03', ['b', 'd', 'a']],
    ])
  })

  it('parses Z, +00:00 and +0100 offsets alike', () => {
    const days = groupSlotsByDay(
      [{ start: '2026-03-02T23:30:00Z' }, { start: '2026-03-03T00:30:00+00:00' }, { start: '2026-03-03T01:30:00+0100' }],
      'Europe/Copenhagen',
    )
    expect(days.map((d) => [d.dayKey, d.slots.length])).toEqual([['2026-03-03', 3]])
  })

  it('passes the caller’s slot objects and type through', () => {
    const slot = { start: '2026-03-03T10:00:00Z', end: '2026-03-03T10:15:00Z', resources: ['r1'], price: 40 }
    const days = groupSlotsByDay([slot], 'Asia/Kolkata')
    expect(days[0]!.slots[0]).toBe(slot)
    expectTypeOf(days).toEqualTypeOf<SlotDay<typeof slot>[]>()
  })

  it('throws typed errors for a bad zone or a bad start', () => {
    expect(() => groupSlotsByDay([], 'Europe/Atlantis')).toThrow(InvalidTimeZoneError)
    expect(() => groupSlotsByDay([{ start: '2026-03-03 10:00' }], 'UTC')).toThrow(InvalidDateTimeError)
    expect(() => groupSlotsByDay([{ start: '2026-03-03T10:00:00' }], 'UTC')).toThrow(/2026-03-03T10:00:00/)
  })
})

const slotsArb = zoneArb.chain((timeZone) =>
  fc.record({
    timeZone: fc.constant(timeZone),
    starts: fc.array(instantArb(timeZone), { maxLength: 60 }),
    styles: fc.array(fc.constantFrom('Z' as const, 'colon' as const, 'compact' as const), { minLength: 60, maxLength: 60 }),
    offsets: fc.array(fc.integer({ min: -14 * 60, max: 14 * 60 }), { minLength: 60, maxLength: 60 }),
  }),
)

describe('groupSlotsByDay properties (17 zones, instants biased towards DST changes)', () => {
  it('puts each slot on the day Intl shows in the zone, in order, losing and duplicating nothing', () => {
    fc.assert(
      fc.property(slotsArb, ({ timeZone, starts, styles, offsets }) => {
        const slots = starts.map((t, i) => ({ start: isoWithOffset(t, styles[i]!, offsets[i]!), t, i }))
        const days = groupSlotsByDay(slots, timeZone)

        const dayKeys = days.map((d) => d.dayKey)
        expect([...dayKeys].sort()).toEqual(dayKeys)
        expect(new Set(dayKeys).size).toBe(dayKeys.length)
        for (const day of days) {
          expect(day.slots.length).toBeGreaterThan(0)
          for (let k = 0; k < day.slots.length; k++) {
            const slot = day.slots[k]!
            expect(intlWall(timeZone, slot.t).dayKey).toBe(day.dayKey)
            if (k > 0) expect(slot.t).toBeGreaterThanOrEqual(day.slots[k - 1]!.t)
          }
        }
        const seen = days.flatMap((d) => d.slots.map((s) => s.i)).sort((a, b) => a - b)
        expect(seen).toEqual(slots.map((s) => s.i))
      }),
      { numRuns: 300 },
    )
  })

  it('agrees with date-fns-tz formatInTimeZone on day keys', () => {
    fc.assert(
      fc.property(slotsArb, ({ timeZone, starts }) => {
        const slots = starts.map((t) => ({ start: new Date(t).toISOString() }))
        for (const day of groupSlotsByDay(slots, timeZone)) {
          for (const slot of day.slots) expect(formatInTimeZone(slot.start, timeZone, 'yyyy-MM-dd')).toBe(day.dayKey)
        }
      }),
      { numRuns: 100 },
    )
  })
})
