import { describe, expect, it } from 'vitest'
import { canonicalTimeZone, InvalidTimeZoneError, isValidTimeZone } from '../../src/time'

describe('canonicalTimeZone', () => {
  it.each([
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['US/Eastern', 'America/New_York'],
    ['US/Pacific', 'America/Los_Angeles'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Asia/Katmandu', 'Asia/Kathmandu'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['America/Godthab', 'America/Nuuk'],
    ['Pacific/Enderbury', 'Pacific/Kanton'],
    ['Etc/UTC', 'UTC'],
    ['GMT', 'UTC'],
    ['utc', 'UTC'],
    ['europe/copenhagen', 'Europe/Copenhagen'],
    // A 2022 IANA merge, not a rename: the customer's city stays.
    ['Europe/Amsterdam', 'Europe/Amsterdam'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected)
  })

  it('returns names that are themselves valid and canonical', () => {
    for (const name of Intl.supportedValuesOf('timeZone')) {
      const canonical = canonicalTimeZone(name)
      expect(isValidTimeZone(canonical)).toBe(true)
      expect(canonicalTimeZone(canonical)).toBe(canonical)
    }
  })

  it('throws InvalidTimeZoneError naming the zone', () => {
    expect(() => canonicalTimeZone('Europe/Kyyiv')).toThrow(InvalidTimeZoneError)
    expect(() => canonicalTimeZone('Europe/Kyyiv')).toThrow(/"Europe\/Kyyiv"/)
  })
})

describe('isValidTimeZone', () => {
  it.each(['UTC', 'Europe/Kyiv', 'Europe/Kiev', 'US/Eastern', 'Pacific/Chatham', 'Etc/GMT+5', 'asia/kolkata'])('accepts %s', (name) => {
    expect(isValidTimeZone(name)).toBe(true)
  })

  it.each(['', ' ', 'Mars/Olympus', 'Europe/', 'CEST', undefined as unknown as string, 42 as unknown as string])(
    'rejects %j without throwing',
    (name) => {
      expect(isValidTimeZone(name)).toBe(false)
    },
  )
})
