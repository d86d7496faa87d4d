import { describe, expect, it } from 'vitest'
import { InvalidDateTimeError, shiftDayKey } from '../../src/time/index'

describe('shiftDayKey', () => {
  it.each([
    ['2026-03-28', 2, '2026-03-30'], // across Copenhagen's spring-forward weekend: still calendar days
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'], // leap year
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-23', 0, '2026-03-23'],
    ['2026-03-23', -365, '2025-03-23'],
  ])('%s %+d days is %s', (dayKey, days, expected) => {
    expect(shiftDayKey(dayKey, days)).toBe(expected)
  })

  it('refuses a malformed day key with a typed error', () => {
    expect(() => shiftDayKey('2026-3-1', 1)).toThrow(InvalidDateTimeError)
    expect(() => shiftDayKey('2026-02-30', 1)).toThrow(InvalidDateTimeError)
  })
})
