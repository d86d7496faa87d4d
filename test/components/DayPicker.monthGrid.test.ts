// The day picker's month arithmetic: grid rows for every week start, the APG PageDown day (clamped
// to the month's end), week bounds, and the validation of day keys and months.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  endOfWeek,
  isDayKey,
  isMonthKey,
  monthWeeks,
  shiftDayByMonths,
  shiftMonth,
  startOfWeek,
  weekdayOf,
  type IsoWeekday,
} from '../../src/components/internal/monthGrid'

describe('monthGrid', () => {
  test.each([
    // month, week start, rows, first day, last day
    ['2026-03', 7, 5, '2026-03-01', '2026-04-04'],
    ['2026-03', 1, 6, '2026-02-23', '2026-04-05'],
    ['2026-02', 7, 4, '2026-02-01', '2026-02-28'],
    ['2026-02', 1, 5, '2026-01-26', '2026-03-01'],
    ['2024-02', 6, 5, '2024-01-27', '2024-03-01'],
    ['2026-12', 1, 5, '2026-11-30', '2027-01-03'],
  ] as const)('%s starting on weekday %i: %i rows from %s to %s', (month, start, rows, first, last) => {
    const weeks = monthWeeks(month, start)
    expect(weeks).toHaveLength(rows)
    expect(weeks[0]![0]).toBe(first)
    expect(weeks.at(-1)![6]).toBe(last)
    expect(monthWeeks(month, start, true)).toHaveLength(6)
  })

  test('every grid holds its whole month once, in weeks that start on the week start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 7 }), (y, m, s) => {
        const month = `${y}-${String(m).padStart(2, '0')}`
        const weeks = monthWeeks(month, s as IsoWeekday)
        const days = weeks.flat()
        expect(weeks.every((week) => weekdayOf(week[0]!) === s)).toBe(true)
        expect(new Set(days).size).toBe(days.length)
        const inMonth = days.filter((d) => d.startsWith(month))
        expect(inMonth[0]).toBe(`${month}-01`)
        expect(inMonth.every(isDayKey)).toBe(true)
        expect(isDayKey(shiftDayByMonths(inMonth.at(-1)!, 0))).toBe(true)
        expect(weeks.length).toBeGreaterThanOrEqual(4)
        expect(weeks.length).toBeLessThanOrEqual(6)
      }),
    )
  })

  test('PageDown keeps the day of the month, clamped to the month end; months wrap years', () => {
    expect(shiftDayByMonths('2026-03-31', 1)).toBe('2026-04-30')
    expect(shiftDayByMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(shiftDayByMonths('2024-02-29', 12)).toBe('2025-02-28')
    expect(shiftDayByMonths('2026-03-15', -3)).toBe('2025-12-15')
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
  })

  test('week bounds for a week start', () => {
    expect(startOfWeek('2026-03-25', 7)).toBe('2026-03-22')
    expect(endOfWeek('2026-03-25', 7)).toBe('2026-03-28')
    expect(startOfWeek('2026-03-22', 1)).toBe('2026-03-16')
    expect(endOfWeek('2026-03-31', 1)).toBe('2026-04-05')
  })

  test('day keys and months are validated, 30 February included', () => {
    expect(isDayKey('2026-02-28')).toBe(true)
    expect(isDayKey('2026-02-30')).toBe(false)
    expect(isDayKey('2026-3-1')).toBe(false)
    expect(isMonthKey('2026-13')).toBe(false)
    expect(isMonthKey('2026-03')).toBe(true)
    expect(isMonthKey(202603)).toBe(false)
  })
})
