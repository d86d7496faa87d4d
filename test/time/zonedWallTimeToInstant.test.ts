import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AmbiguousWallTimeError,
  InvalidDateTimeError,
  InvalidTimeZoneError,
  NonexistentWallTimeError,
  WallTimeError,
  instantToZonedWallTime,
  zonedWallTimeToInstant,
} from '../../src/time'
import { DST_CASES } from './dstCases'
import { intlWall, referenceCandidates, zoneArb } from './support'

const DAY = 86_400_000
const MINUTE = 60_000

describe('zonedWallTimeToInstant: DST table', () => {
  describe.each(DST_CASES)('$name: $wallDayKey $wallTime in $timeZone ($kind)', (c) => {
    it('earlier and later follow Temporal', () => {
      expect(zonedWallTimeToInstant(c.wallDayKey, c.wallTime, c.timeZone, 'earlier')).toBe(c.earlier)
      expect(zonedWallTimeToInstant(c.wallDayKey, c.wallTime, c.timeZone, 'later')).toBe(c.later)
    })

    it('compatible moves a skipped time forward and takes the first of a repeated one', () => {
      const expected = c.kind === 'gap' ? c.later : c.earlier
      expect(zonedWallTimeToInstant(c.wallDayKey, c.wallTime, c.timeZone, 'compatible')).toBe(expected)
      expect(zonedWallTimeToInstant(c.wallDayKey, c.wallTime, c.timeZone)).toBe(expected)
    })

    it('reject throws a typed error naming the reason', () => {
      const ErrorClass = c.kind === 'gap' ? NonexistentWallTimeError : AmbiguousWallTimeError
      let caught: unknown
      try {
        zonedWallTimeToInstant(c.wallDayKey, c.wallTime, c.timeZone, 'reject')
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(ErrorClass)
      expect(caught).toBeInstanceOf(WallTimeError)
      expect((caught as WallTimeError).reason).toBe(c.kind === 'gap' ? 'nonexistent' : 'ambiguous')
      expect((caught as WallTimeError).message).toContain(c.timeZone)
    })

    it('a repeated time maps back to itself both times; a skipped one does not exist on the clock', () => {
      const earlier = instantToZonedWallTime(c.earlier, c.timeZone)
      const later = instantToZonedWallTime(c.later, c.timeZone)
      const wall = `${c.wallTime}:00`
      if (c.kind === 'overlap') {
        expect([earlier.time, later.time]).toEqual([wall, wall])
        expect(earlier.offset).toBe(c.offsetBefore)
        expect(later.offset).toBe(c.offsetAfter)
      } else {
        expect(earlier.time).not.toBe(wall)
        expect(later.time).not.toBe(wall)
      }
    })
  })

  it('resolves times next to a change without ambiguity', () => {
    expect(zonedWallTimeToInstant('2026-03-08', '01:59', 'America/New_York', 'reject')).toBe('2026-03-08T06:59:00.000Z')
    expect(zonedWallTimeToInstant('2026-03-08', '03:00', 'America/New_York', 'reject')).toBe('2026-03-08T07:00:00.000Z')
    expect(zonedWallTimeToInstant('2026-11-01', '02:00', 'America/New_York', 'reject')).toBe('2026-11-01T07:00:00.000Z')
  })

  it('handles Samoa skipping 30 December 2011 (a 24-hour gap)', () => {
    expect(() => zonedWallTimeToInstant('2011-12-30', '12:00', 'Pacific/Apia', 'reject')).toThrow(NonexistentWallTimeError)
    expect(zonedWallTimeToInstant('2011-12-30', '12:00', 'Pacific/Apia')).toBe('2011-12-30T22:00:00.000Z')
    expect(instantToZonedWallTime('2011-12-30T22:00:00Z', 'Pacific/Apia')).toMatchObject({ dayKey: '2011-12-31', time: '12:00:00' })
  })

  it('accepts seconds and milliseconds', () => {
    expect(zonedWallTimeToInstant('2026-07-01', '09:15:30', 'Asia/Kathmandu')).toBe('2026-07-01T03:30:30.000Z')
    expect(zonedWallTimeToInstant('2026-07-01', '09:15:30.250', 'Asia/Kathmandu')).toBe('2026-07-01T03:30:30.250Z')
  })

  it.each([
    ['2026-02-30', '10:00'],
    ['2026-13-01', '10:00'],
    ['26-03-01', '10:00'],
    ['2026-03-01', '24:00'],
    ['2026-03-01', '9:00'],
    ['2026-03-01', '10:60'],
  ])('rejects malformed input %s %s', (dayKey, time) => {
    expect(() => zonedWallTimeToInstant(dayKey, time, 'UTC')).toThrow(InvalidDateTimeError)
  })

  it('rejects an unknown zone with its name in the message', () => {
    expect(() => zonedWallTimeToInstant('2026-03-01', '10:00', 'Mars/Olympus_Mons')).toThrow(InvalidTimeZoneError)
    expect(() => zonedWallTimeToInstant('2026-03-01', '10:00', 'Mars/Olympus_Mons')).toThrow(/Mars\/Olympus_Mons/)
  })
})

const wallArb = fc.record({
  days: fc.integer({ min: Date.UTC(1995, 0, 1) / DAY, max: Date.UTC(2040, 0, 1) / DAY }),
  minute: fc.integer({ min: 0, max: 1439 }),
})

// Wall times drawn uniformly almost never hit a change, so half are taken from the wall
// clock around the table's changes.
const nearChangeArb = fc
  .tuple(fc.constantFrom(...DST_CASES), fc.integer({ min: -180, max: 180 }))
  .map(([c, minutes]) => {
    const local = Date.parse(`${c.wallDayKey}T${c.wallTime}:00Z`) + minutes * MINUTE
    return { timeZone: c.timeZone, days: Math.floor(local / DAY), minute: (local % DAY) / MINUTE }
  })

const zonedWallArb = fc.oneof(
  fc.tuple(zoneArb, wallArb).map(([timeZone, wall]) => ({ timeZone, ...wall })),
  nearChangeArb,
)

function toInputs(days: number, minute: number): { dayKey: string; time: string; local: number } {
  const local = days * DAY + minute * MINUTE
  const iso = new Date(local).toISOString()
  return { dayKey: iso.slice(0, 10), time: iso.slice(11, 16), local }
}

describe('zonedWallTimeToInstant: properties against Intl', () => {
  it('round-trips wall time → instant → wall time exactly outside gaps, for every disambiguation', () => {
    fc.assert(
      fc.property(zonedWallArb, ({ timeZone, days, minute }) => {
        const { dayKey, time, local } = toInputs(days, minute)
        const candidates = referenceCandidates(timeZone, local)
        for (const mode of ['compatible', 'earlier', 'later'] as const) {
          const instant = Date.parse(zonedWallTimeToInstant(dayKey, time, timeZone, mode))
          if (candidates.length > 0) {
            expect(intlWall(timeZone, instant)).toEqual({ dayKey, time: `${time}:00` })
            expect(instantToZonedWallTime(new Date(instant).toISOString(), timeZone)).toMatchObject({ dayKey, time: `${time}:00` })
          }
        }
      }),
      { numRuns: 400 },
    )
  })

  it('picks the candidate Temporal would, and reject throws exactly when there is not one', () => {
    fc.assert(
      fc.property(zonedWallArb, ({ timeZone, days, minute }) => {
        const { dayKey, time, local } = toInputs(days, minute)
        const candidates = referenceCandidates(timeZone, local)
        const earlier = Date.parse(zonedWallTimeToInstant(dayKey, time, timeZone, 'earlier'))
        const later = Date.parse(zonedWallTimeToInstant(dayKey, time, timeZone, 'later'))
        const compatible = Date.parse(zonedWallTimeToInstant(dayKey, time, timeZone, 'compatible'))
        if (candidates.length === 1) {
          expect([earlier, later, compatible]).toEqual([candidates[0], candidates[0], candidates[0]])
          expect(zonedWallTimeToInstant(dayKey, time, timeZone, 'reject')).toBe(new Date(candidates[0]!).toISOString())
        } else if (candidates.length === 2) {
          expect([earlier, later, compatible]).toEqual([candidates[0], candidates[1], candidates[0]])
          expect(() => zonedWallTimeToInstant(dayKey, time, timeZone, 'reject')).toThrow(AmbiguousWallTimeError)
        } else {
          // In a gap: 'later'/'compatible' are shifted forward by the gap, 'earlier' back by it.
          expect(compatible).toBe(later)
          expect(earlier).toBeLessThan(later)
          expect(intlWall(timeZone, later).time > `${time}:00` || intlWall(timeZone, later).dayKey > dayKey).toBe(true)
          expect(() => zonedWallTimeToInstant(dayKey, time, timeZone, 'reject')).toThrow(NonexistentWallTimeError)
        }
      }),
      { numRuns: 400 },
    )
  })
})
