import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidDateTimeError, InvalidTimeZoneError, instantToZonedWallTime } from '../../src/time'
import { intlWall, isoWithOffset, referenceOffset, zonedInstantArb } from './support'

describe('instantToZonedWallTime', () => {
  it.each([
    ['2026-03-29T01:00:00Z', 'Europe/Copenhagen', { dayKey: '2026-03-29', time: '03:00:00', weekday: 0, offsetMinutes: 120, offset: '+02:00' }],
    ['2026-03-29T00:59:59Z', 'Europe/Copenhagen', { dayKey: '2026-03-29', time: '01:59:59', weekday: 0, offsetMinutes: 60, offset: '+01:00' }],
    ['2026-06-01T00:00:00Z', 'Pacific/Chatham', { dayKey: '2026-06-01', time: '12:45:00', weekday: 1, offsetMinutes: 765, offset: '+12:45' }],
    ['2026-01-01T00:00:00Z', 'Pacific/Chatham', { dayKey: '2026-01-01', time: '13:45:00', weekday: 4, offsetMinutes: 825, offset: '+13:45' }],
    ['2026-06-01T00:00:00Z', 'Pacific/Kiritimati', { dayKey: '2026-06-01', time: '14:00:00', weekday: 1, offsetMinutes: 840, offset: '+14:00' }],
    ['2026-06-01T00:00:00.125Z', 'America/St_Johns', { dayKey: '2026-05-31', time: '21:30:00.125', weekday: 0, offsetMinutes: -150, offset: '-02:30' }],
    ['2026-01-01T00:00:00Z', 'America/St_Johns', { dayKey: '2025-12-31', time: '20:30:00', weekday: 3, offsetMinutes: -210, offset: '-03:30' }],
  ])('%s in %s', (instant, timeZone, expected) => {
    expect(instantToZonedWallTime(instant, timeZone)).toEqual(expected)
  })

  it.each(['2026-03-03T10:00:00', '2026-03-03', '2026-03-03T10:00:00+1', '2026-02-29T10:00:00Z', '2026-03-03T25:00:00Z', 'x'])(
    'rejects %j',
    (instant) => {
      expect(() => instantToZonedWallTime(instant, 'UTC')).toThrow(InvalidDateTimeError)
    },
  )

  it('rejects an unknown zone', () => {
    expect(() => instantToZonedWallTime('2026-03-03T10:00:00Z', 'Etc/Nowhere')).toThrow(InvalidTimeZoneError)
  })

  it('property: equals Intl’s wall clock and offset, whichever offset spelling the input uses', () => {
    fc.assert(
      fc.property(
        zonedInstantArb,
        fc.constantFrom('Z' as const, 'colon' as const, 'compact' as const),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        ({ timeZone, t }, style, inputOffset) => {
          const wall = instantToZonedWallTime(isoWithOffset(t, style, inputOffset), timeZone)
          const expected = intlWall(timeZone, t)
          expect({ dayKey: wall.dayKey, time: wall.time }).toEqual(expected)
          expect(wall.offsetMinutes * 60_000).toBe(referenceOffset(timeZone, t))
          expect(wall.weekday).toBe(new Date(`${expected.dayKey}T00:00:00Z`).getUTCDay())
        },
      ),
      { numRuns: 1000 },
    )
  })
})
