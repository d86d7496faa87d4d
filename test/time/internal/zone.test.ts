import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getZone } from '../../../src/time/internal/zone'
import { instantArb, referenceOffset, zoneArb } from '../support'

const MINUTE = 60_000
const ALL_ZONES = [...Intl.supportedValuesOf('timeZone'), 'UTC']

describe('Zone.offsetAt (the cached offset lookup)', () => {
  it('property: equals Intl in every zone the runtime knows, 1900–2100', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_ZONES),
        fc.integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }),
        (timeZone, seconds) => {
          expect(getZone(timeZone).offsetAt(seconds * 1000)).toBe(referenceOffset(timeZone, seconds * 1000))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('property: equals Intl to the second around DST changes in the property zones', () => {
    fc.assert(
      fc.property(
        zoneArb.chain((timeZone) => fc.tuple(fc.constant(timeZone), instantArb(timeZone), fc.integer({ min: -90, max: 90 }))),
        ([timeZone, t, seconds]) => {
          const at = t + seconds * 1000
          expect(getZone(timeZone).offsetAt(at)).toBe(referenceOffset(timeZone, at))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('handles instants before 1970 and milliseconds within a second', () => {
    const zone = getZone('Europe/Copenhagen')
    expect(zone.offsetAt(Date.UTC(1960, 6, 1, 12))).toBe(referenceOffset('Europe/Copenhagen', Date.UTC(1960, 6, 1, 12)))
    expect(zone.offsetAt(Date.parse('2026-03-29T00:59:59.999Z'))).toBe(60 * MINUTE)
    expect(zone.offsetAt(Date.parse('2026-03-29T01:00:00.000Z'))).toBe(120 * MINUTE)
  })

  it('finds the same transitions as a minute-by-minute scan of Intl over a year', () => {
    const zone = getZone('Australia/Lord_Howe')
    const from = Date.UTC(2026, 0, 1)
    const to = Date.UTC(2027, 0, 1)
    const scanned: number[] = []
    let previous = referenceOffset('Australia/Lord_Howe', from)
    for (let t = from; t < to; t += 30 * MINUTE) {
      const offset = referenceOffset('Australia/Lord_Howe', t)
      if (offset !== previous) scanned.push(t)
      previous = offset
    }
    expect(zone.transitions(from, to).map((c) => c.at)).toEqual(scanned)
  })
})
