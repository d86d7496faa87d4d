import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatSlotLabel, InvalidTimeZoneError } from '../../src/time'
import type { HourCycle } from '../../src/time'
import { instantArb, LOCALES, zoneArb, zonedInstantArb } from './support'

const MINUTE = 60_000

function intlLabel(epochMs: number, timeZone: string, locale: string, hourCycle?: HourCycle): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'long',
    ...(hourCycle ? { hourCycle } : {}),
  }).format(epochMs)
}

describe('formatSlotLabel', () => {
  it('says weekday, full date, time and the long zone name', () => {
    const slot = { start: '2026-03-03T12:30:00Z' }
    expect(formatSlotLabel(slot, { timeZone: 'Europe/Copenhagen', locale: 'en-GB' })).toBe(
      'Tuesday, 3 March 2026 at 13:30 Central European Standard Time',
    )
    expect(formatSlotLabel(slot, { timeZone: 'Europe/Copenhagen', locale: 'en-US' }).replace(/\s/g, ' ')).toBe(
      'Tuesday, March 3, 2026 at 1:30 PM Central European Standard Time',
    )
  })

  it('names summer and standard time apart on either side of a change, on the same day', () => {
    const options = { timeZone: 'Europe/Copenhagen', locale: 'en-GB' }
    expect(formatSlotLabel({ start: '2026-10-25T00:30:00Z' }, options)).toBe('Sunday, 25 October 2026 at 02:30 Central European Summer Time')
    expect(formatSlotLabel({ start: '2026-10-25T01:30:00Z' }, options)).toBe('Sunday, 25 October 2026 at 02:30 Central European Standard Time')
  })

  it('throws for an unknown zone', () => {
    expect(() => formatSlotLabel({ start: '2026-03-03T12:30:00Z' }, { timeZone: 'Nope' })).toThrow(InvalidTimeZoneError)
  })

  it('property: equals Intl.DateTimeFormat#format in 17 zones, 10 locales and every hour cycle', () => {
    fc.assert(
      fc.property(
        zonedInstantArb,
        fc.constantFrom(...LOCALES),
        fc.constantFrom(undefined, 'h12' as const, 'h23' as const),
        ({ timeZone, t }, locale, hourCycle) => {
          expect(formatSlotLabel({ start: new Date(t).toISOString() }, { timeZone, locale, hourCycle })).toBe(
            intlLabel(t, timeZone, locale, hourCycle),
          )
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('property: runs of consecutive slots (which share cached day templates) all equal Intl', () => {
    const runArb = zoneArb.chain((timeZone) =>
      fc.record({ timeZone: fc.constant(timeZone), first: instantArb(timeZone), count: fc.integer({ min: 1, max: 200 }), locale: fc.constantFrom(...LOCALES) }),
    )
    fc.assert(
      fc.property(runArb, ({ timeZone, first, count, locale }) => {
        for (let i = 0; i < count; i++) {
          const t = first + i * 15 * MINUTE
          expect(formatSlotLabel({ start: new Date(t).toISOString() }, { timeZone, locale })).toBe(intlLabel(t, timeZone, locale))
        }
      }),
      { numRuns: 60 },
    )
  })
})
