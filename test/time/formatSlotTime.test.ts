import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatSlotRange, formatSlotTime, InvalidDateTimeError, InvalidTimeZoneError } from '../../src/time'
import type { HourCycle } from '../../src/time'
import { LOCALES, zonedInstantArb } from './support'

function intlTime(epochMs: number, timeZone: string, locale: string, hourCycle?: HourCycle): string {
  return new Intl.DateTimeFormat(locale, { timeZone, ...(hourCycle ? { hour: 'numeric', minute: '2-digit', hourCycle } : { timeStyle: 'short' }) }).format(epochMs)
}

describe('formatSlotTime', () => {
  it('writes the leading zero 24-hour locales write, as their ranges do', () => {
    const morning = { start: '2026-03-03T08:30:00Z', end: '2026-03-03T09:00:00Z' }
    const options = { timeZone: 'Europe/Copenhagen', locale: 'en-GB' }
    expect(formatSlotTime(morning, options)).toBe('09:30')
    expect(formatSlotRange(morning, options).startsWith(formatSlotTime(morning, options))).toBe(true)
    expect(formatSlotTime(morning, { ...options, locale: 'en-US' })).toBe('9:30 AM')
  })

  const slot = { start: '2026-03-03T12:30:00Z', end: '2026-03-03T13:00:00Z' }

  it.each([
    ['en-US', undefined, '1:30 PM'],
    ['en-US', 'h23', '13:30'],
    ['en-GB', undefined, '13:30'],
    ['en-GB', 'h12', '1:30 pm'],
    ['de-DE', undefined, '13:30'],
  ] as const)('%s with hourCycle %s in Copenhagen reads %s', (locale, hourCycle, expected) => {
    // Normalised because ICU versions differ on U+202F before AM/PM.
    expect(formatSlotTime(slot, { timeZone: 'Europe/Copenhagen', locale, hourCycle }).replace(/\s/g, ' ')).toBe(expected)
  })

  it('uses the zone, not the host, and distinguishes the two 1:30s of a fall-back night', () => {
    const first = formatSlotTime({ start: '2026-11-01T05:30:00Z' }, { timeZone: 'America/New_York', locale: 'en-US', hourCycle: 'h23' })
    const second = formatSlotTime({ start: '2026-11-01T06:30:00Z' }, { timeZone: 'America/New_York', locale: 'en-US', hourCycle: 'h23' })
    expect([first, second]).toEqual(['01:30', '01:30'])
    expect(formatSlotTime({ start: '2026-03-03T12:30:00Z' }, { timeZone: 'Asia/Kathmandu', locale: 'en-GB' })).toBe('18:15')
    expect(formatSlotTime({ start: '2026-03-03T12:30:00+0530' }, { timeZone: 'Asia/Kolkata', locale: 'en-GB' })).toBe('12:30')
  })

  it('throws typed errors', () => {
    expect(() => formatSlotTime(slot, { timeZone: 'Asia/Nowhere' })).toThrow(InvalidTimeZoneError)
    expect(() => formatSlotTime({ start: 'soon' }, { timeZone: 'UTC' })).toThrow(InvalidDateTimeError)
  })

  it('property: equals Intl.DateTimeFormat#format in 17 zones, 10 locales and every hour cycle', () => {
    fc.assert(
      fc.property(
        zonedInstantArb,
        fc.constantFrom(...LOCALES),
        fc.constantFrom(undefined, 'h12' as const, 'h23' as const),
        ({ timeZone, t }, locale, hourCycle) => {
          const start = new Date(t).toISOString()
          expect(formatSlotTime({ start }, { timeZone, locale, hourCycle })).toBe(intlTime(t, timeZone, locale, hourCycle))
        },
      ),
      { numRuns: 1000 },
    )
  })
})
