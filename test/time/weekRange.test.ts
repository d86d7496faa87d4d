import { describe, expect, it } from 'vitest'
import { InvalidTimeZoneError, weekRange } from '../../src/time'
import { hours } from './support'

describe('weekRange', () => {
  it('defaults to weeks starting on Sunday', () => {
    expect(weekRange('2026-03-04', 'UTC')).toEqual({ start: '2026-03-01T00:00:00.000Z', end: '2026-03-08T00:00:00.000Z' })
  })

  it.each([
    [0, '2026-03-29', '2026-03-28T23:00:00.000Z'],
    [1, '2026-03-23', '2026-03-22T23:00:00.000Z'],
    [6, '2026-03-28', '2026-03-27T23:00:00.000Z'],
  ] as const)('weekStartsOn %i: the week of 2026-03-29 in Copenhagen starts on %s', (weekStartsOn, first, start) => {
    expect(weekRange('2026-03-29', 'Europe/Copenhagen', { weekStartsOn }).start).toBe(start)
  })

  it.each([
    ['2026-03-29', 'Europe/Copenhagen', 1, 7 * 24 - 1],
    ['2026-10-25', 'Europe/Copenhagen', 1, 7 * 24 + 1],
    ['2026-03-08', 'America/New_York', 0, 7 * 24 - 1],
    ['2026-11-01', 'America/New_York', 0, 7 * 24 + 1],
    ['2026-10-04', 'Australia/Lord_Howe', 1, 7 * 24 - 0.5],
    ['2026-03-10', 'Asia/Kolkata', 1, 7 * 24],
  ] as const)('the week of %s in %s (weekStartsOn %i) lasts %s hours', (dayKey, timeZone, weekStartsOn, length) => {
    expect(hours(weekRange(dayKey, timeZone, { weekStartsOn }))).toBe(length)
  })

  it('contains the day it was asked about, whichever day of the week that is', () => {
    for (let d = 1; d <= 14; d++) {
      const dayKey = `2026-03-${String(d).padStart(2, '0')}`
      const range = weekRange(dayKey, 'America/St_Johns', { weekStartsOn: 1 })
      const noon = Date.parse(`${dayKey}T15:30:00Z`)
      expect(Date.parse(range.start)).toBeLessThanOrEqual(noon)
      expect(Date.parse(range.end)).toBeGreaterThan(noon)
    }
  })

  it('throws for an unknown zone', () => {
    expect(() => weekRange('2026-03-01', 'Europe/Kiev2')).toThrow(InvalidTimeZoneError)
  })
})
