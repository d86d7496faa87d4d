import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatSlotRange, InvalidTimeZoneError } from '../../src/time'
import { LOCALES, zonedInstantArb } from './support'

const MINUTE = 60_000

describe('formatSlotRange', () => {
  it('formats a range in the locale’s pattern and the zone’s wall clock', () => {
    const slot = { start: '2026-03-03T12:30:00Z', end: '2026-03-03T13:00:00Z' }
    expect(formatSlotRange(slot, { timeZone: 'Europe/Copenhagen', locale: 'en-GB' })).toBe('13:30–14:00')
    expect(formatSlotRange(slot, { timeZone: 'Europe/Copenhagen', locale: 'en-US' }).replace(/\s/g, ' ')).toBe('1:30 – 2:00 PM')
  })

  it('shows both dates for a slot across midnight, and wall-clock order inside a repeated hour', () => {
    const late = formatSlotRange({ start: '2026-03-03T23:45:00Z', end: '2026-03-04T00:15:00Z' }, { timeZone: 'UTC', locale: 'en-GB' })
    expect(late).toContain('03/03/2026')
    expect(late).toContain('04/03/2026')
    const backwards = formatSlotRange(
      { start: '2026-11-01T05:45:00Z', end: '2026-11-01T06:00:00Z' },
      { timeZone: 'America/New_York', locale: 'en-GB' },
    )
    expect(backwards).toBe('01:45–01:00')
  })

  it('throws for an unknown zone', () => {
    expect(() => formatSlotRange({ start: '2026-03-03T12:30:00Z', end: '2026-03-03T13:00:00Z' }, { timeZone: 'Moon/Base' })).toThrow(
      InvalidTimeZoneError,
    )
  })

  it('property: equals Intl.DateTimeFormat#formatRange, including slots across midnight and DST changes', () => {
    fc.assert(
      fc.property(
        zonedInstantArb,
        fc.constantFrom(0, 15, 30, 45, 60, 90, 120, 24 * 60),
        fc.constantFrom(...LOCALES),
        fc.constantFrom(undefined, 'h12' as const, 'h23' as const),
        ({ timeZone, t }, minutes, locale, hourCycle) => {
          const end = t + minutes * MINUTE
          const expected = new Intl.DateTimeFormat(locale, {
            timeZone,
            ...(hourCycle ? { hour: 'numeric', minute: '2-digit', hourCycle } : { timeStyle: 'short' }),
          }).formatRange(t, end)
          const slot = { start: new Date(t).toISOString(), end: new Date(end).toISOString() }
          expect(formatSlotRange(slot, { timeZone, locale, hourCycle })).toBe(expected)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
