import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalTimeZone, InvalidTimeZoneError, isValidTimeZone } from '../../src/time'
import { MODERN_NAMES } from '../../src/time/internal/timeZoneAliases'
import { getZone } from '../../src/time/internal/zone'

// The kit's one zone rule: an IANA id, alias or old spelling the runtime's Intl knows, never
// a bare offset. The client schemas and the mock call this same function
// (test/client/requestSchemas.test.ts checks that they agree); here the rule itself.
const SUPPORTED = Intl.supportedValuesOf('timeZone')
const ALIASES = Object.keys(MODERN_NAMES)
const TARGETS = Object.values(MODERN_NAMES)

function intlAccepts(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

describe('isValidTimeZone: the one zone rule', () => {
  it('accepts every id Intl.supportedValuesOf lists, every alias of the table and every name it maps to', () => {
    const refused = [...SUPPORTED, ...ALIASES, ...TARGETS, 'UTC'].filter((name) => !isValidTimeZone(name))
    expect(refused).toEqual([])
    expect(SUPPORTED.length).toBeGreaterThan(300)
  })

  it('accepts the old single-word IANA ids (CET, GMT, EST, …): they are tzdb links, as Timekit takes them', () => {
    for (const name of ['CET', 'GMT', 'EST', 'MST', 'HST', 'EET', 'WET', 'EST5EDT', 'Etc/GMT+5', 'Etc/GMT-14', 'GMT0']) {
      expect([name, isValidTimeZone(name)]).toEqual([name, true])
    }
  })

  it('refuses bare offsets, empty names, spaces and unknown zones whatever the engine', () => {
    for (const name of ['+01:00', '-0500', 'Z', '', ' UTC', 'UTC ', 'europe copenhagen', 'Mars/Olympus', 'Europe/', '/UTC']) {
      expect([name, isValidTimeZone(name)]).toEqual([name, false])
      expect(() => getZone(name)).toThrow(InvalidTimeZoneError)
    }
    for (const value of [undefined, null, 42, {}, ['UTC']]) expect(isValidTimeZone(value)).toBe(false)
  })

  it('property: on any string, valid means Intl knows it and it is not an offset, and then canonicalTimeZone works', () => {
    const zoneLike = fc.oneof(
      fc.constantFrom(...SUPPORTED, ...ALIASES),
      fc.constantFrom(...SUPPORTED).map((name) => name.toLowerCase()),
      fc.constantFrom(...SUPPORTED).map((name) => name.toUpperCase()),
      fc.stringMatching(/^[A-Za-z]{1,8}(\/[A-Za-z_]{1,10})?$/),
      fc.stringMatching(/^[+-]\d{2}:?\d{2}$/),
      fc.string(),
    )
    fc.assert(
      fc.property(zoneLike, (name) => {
        const valid = isValidTimeZone(name)
        expect(valid).toBe(intlAccepts(name) && /^[A-Za-z]/.test(name) && !name.includes(':'))
        if (valid) expect(isValidTimeZone(canonicalTimeZone(name))).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})
