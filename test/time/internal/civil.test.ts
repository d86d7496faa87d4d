import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { civilFromDays, daysFromCivil, formatDayKey, formatOffset, weekdayFromDays } from '../../../src/time/internal/civil'

const DAY = 86_400_000

describe('civil day arithmetic', () => {
  it('property: agrees with Date for every day from year 1000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1) / DAY, max: Date.UTC(9999, 11, 31) / DAY }), (days) => {
        const date = new Date(days * DAY)
        expect(civilFromDays(days)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })
        expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(days)
        expect(formatDayKey(days)).toBe(date.toISOString().slice(0, 10))
        expect(weekdayFromDays(days)).toBe(date.getUTCDay())
      }),
      { numRuns: 2000 },
    )
  })

  it.each([
    [0, '+00:00'],
    [330 * 60_000, '+05:30'],
    [-210 * 60_000, '-03:30'],
    [825 * 60_000, '+13:45'],
    [-(4 * 3600 + 56 * 60 + 2) * 1000, '-04:56:02'],
  ])('formats offset %i as %s', (ms, text) => {
    expect(formatOffset(ms)).toBe(text)
  })
})
