import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayRange, InvalidDateTimeError, InvalidTimeZoneError } from '../../src/time'
import { DST_CASES } from './dstCases'
import { hours, intlWall, zoneArb } from './support'

const DAY = 86_400_000

describe('dayRange', () => {
  it.each(DST_CASES)('$name: $dayKey in $timeZone is $dayHours hours long', (c) => {
    expect(hours(dayRange(c.dayKey, c.timeZone))).toBe(c.dayHours)
  })

  it.each([
    ['2026-03-03', 'Europe/Copenhagen', '2026-03-02T23:00:00.000Z', '2026-03-03T23:00:00.000Z'],
    ['2026-03-03', 'Asia/Kathmandu', '2026-03-02T18:15:00.000Z', '2026-03-03T18:15:00.000Z'],
    ['2026-03-03', 'America/St_Johns', '2026-03-03T03:30:00.000Z', '2026-03-04T03:30:00.000Z'],
    ['2026-03-03', 'Pacific/Kiritimati', '2026-03-02T10:00:00.000Z', '2026-03-03T10:00:00.000Z'],
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z', '2026-09-07T03:00:00.000Z'],
    ['2026-04-04', 'America/Santiago', '2026-04-04T03:00:00.000Z', '2026-04-05T04:00:00.000Z'],
  ])('%s in %s is [%s, %s)', (dayKey, timeZone, start, end) => {
    expect(dayRange(dayKey, timeZone)).toEqual({ start, end })
  })

  it('gives Samoa’s skipped 30 December 2011 no time at all', () => {
    const range = dayRange('2011-12-30', 'Pacific/Apia')
    expect(range.start).toBe(range.end)
    expect(hours(dayRange('2011-12-29', 'Pacific/Apia'))).toBe(24)
  })

  it('throws typed errors', () => {
    expect(() => dayRange('2026-02-29', 'UTC')).toThrow(InvalidDateTimeError)
    expect(() => dayRange('2026-03-01', 'Nowhere/Land')).toThrow(/Nowhere\/Land/)
    expect(() => dayRange('2026-03-01', '')).toThrow(InvalidTimeZoneError)
  })

  it('property: start is the first instant of the day by Intl, end the first of the next, days tile', () => {
    fc.assert(
      fc.property(zoneArb, fc.integer({ min: Date.UTC(1995, 0, 1) / DAY, max: Date.UTC(2040, 0, 1) / DAY }), (timeZone, days) => {
        const dayKey = new Date(days * DAY).toISOString().slice(0, 10)
        const range = dayRange(dayKey, timeZone)
        const start = Date.parse(range.start)
        const end = Date.parse(range.end)
        expect(intlWall(timeZone, start).dayKey).toBe(dayKey)
        expect(intlWall(timeZone, start - 1000).dayKey < dayKey).toBe(true)
        expect(intlWall(timeZone, end - 1000).dayKey).toBe(dayKey)
        expect(intlWall(timeZone, end).dayKey > dayKey).toBe(true)
        const next = new Date((days + 1) * DAY).toISOString().slice(0, 10)
        expect(dayRange(next, timeZone).start).toBe(range.end)
      }),
      { numRuns: 300 },
    )
  })
})
