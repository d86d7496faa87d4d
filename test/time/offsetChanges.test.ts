import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidDateTimeError, InvalidTimeZoneError, offsetChanges } from '../../src/time'
import { DST_CASES } from './dstCases'
import { referenceOffset, referenceTransitions, zoneArb } from './support'

const DAY = 86_400_000

function minutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
}

describe('offsetChanges', () => {
  it.each(DST_CASES)('$name: the change at $at matches Intl and is reported', (c) => {
    const at = Date.parse(c.at)
    // The table itself, checked against Intl.
    expect(referenceOffset(c.timeZone, at - 1000) / 60_000).toBe(minutes(c.offsetBefore))
    expect(referenceOffset(c.timeZone, at) / 60_000).toBe(minutes(c.offsetAfter))

    const found = offsetChanges(new Date(at - 3 * DAY).toISOString(), new Date(at + 3 * DAY).toISOString(), c.timeZone)
    expect(found).toEqual([
      {
        at: c.at,
        dayKey: c.dayKey,
        offsetMinutesBefore: minutes(c.offsetBefore),
        offsetMinutesAfter: minutes(c.offsetAfter),
        offsetBefore: c.offsetBefore,
        offsetAfter: c.offsetAfter,
      },
    ])
  })

  it('lists both changes of a year in order', () => {
    const found = offsetChanges('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', 'Europe/Copenhagen')
    expect(found.map((c) => [c.dayKey, c.offsetBefore, c.offsetAfter])).toEqual([
      ['2026-03-29', '+01:00', '+02:00'],
      ['2026-10-25', '+02:00', '+01:00'],
    ])
  })

  it('is half-open: a change exactly at `from` counts, one at `to` does not', () => {
    expect(offsetChanges('2026-03-29T01:00:00Z', '2026-03-30T00:00:00Z', 'Europe/Copenhagen')).toHaveLength(1)
    expect(offsetChanges('2026-03-28T00:00:00Z', '2026-03-29T01:00:00Z', 'Europe/Copenhagen')).toHaveLength(0)
  })

  it('finds nothing in zones without DST or in an empty window', () => {
    expect(offsetChanges('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', 'Asia/Kolkata')).toEqual([])
    expect(offsetChanges('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', 'UTC')).toEqual([])
    expect(offsetChanges('2026-12-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Europe/Copenhagen')).toEqual([])
  })

  it('accepts +0100-style offsets and rejects garbage', () => {
    expect(offsetChanges('2026-03-29T00:00:00+0100', '2026-03-30T00:00:00+0200', 'Europe/Copenhagen')).toHaveLength(1)
    expect(() => offsetChanges('yesterday', '2026-03-30T00:00:00Z', 'UTC')).toThrow(InvalidDateTimeError)
    expect(() => offsetChanges('2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z', 'CEST')).toThrow(InvalidTimeZoneError)
  })

  it('property: equals the changes found by sampling Intl, for 2022–2028 windows', () => {
    const from = Date.UTC(2022, 0, 1)
    const to = Date.UTC(2028, 0, 1)
    fc.assert(
      fc.property(zoneArb, fc.integer({ min: 0, max: 5 * 365 }), fc.integer({ min: 1, max: 400 }), (timeZone, startDay, length) => {
        const start = from + startDay * DAY
        const end = Math.min(start + length * DAY, to)
        const expected = referenceTransitions(timeZone, from, to).filter((t) => t >= start && t < end)
        const found = offsetChanges(new Date(start).toISOString(), new Date(end).toISOString(), timeZone)
        expect(found.map((c) => Date.parse(c.at))).toEqual(expected)
        for (const change of found) {
          const at = Date.parse(change.at)
          expect(change.offsetMinutesBefore).toBe(referenceOffset(timeZone, at - 1000) / 60_000)
          expect(change.offsetMinutesAfter).toBe(referenceOffset(timeZone, at) / 60_000)
        }
      }),
      { numRuns: 150 },
    )
  })
})
