import { describe, expect, it } from 'vitest'
import { canonicalTimeZone, detectTimeZone, InvalidDateTimeError, isValidTimeZone, listTimeZones } from '../../src/time'

describe('listTimeZones', () => {
  const january = listTimeZones({ at: '2026-01-15T12:00:00Z', locale: 'en-US' })
  const july = listTimeZones({ at: '2026-07-15T12:00:00Z', locale: 'en-US' })

  it('lists every zone the runtime knows, once each, under current names, plus UTC', () => {
    const ids = january.map((z) => z.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBeGreaterThanOrEqual(Intl.supportedValuesOf('timeZone').length)
    expect(ids).toEqual(expect.arrayContaining(['UTC', 'Europe/Kyiv', 'Asia/Kolkata', 'America/Nuuk']))
    expect(ids).not.toContain('Europe/Kiev')
    expect(ids).not.toContain('Asia/Calcutta')
    expect(ids.every(isValidTimeZone)).toBe(true)
  })

  it('gives offsets and names at the instant asked about, not today', () => {
    const find = (list: typeof january, id: string) => list.find((z) => z.id === id)!
    expect(find(january, 'Europe/Copenhagen')).toMatchObject({
      offsetMinutes: 60,
      offset: '+01:00',
      longName: 'Central European Standard Time',
      city: 'Copenhagen',
    })
    expect(find(july, 'Europe/Copenhagen')).toMatchObject({ offsetMinutes: 120, longName: 'Central European Summer Time' })
    expect(find(january, 'America/New_York')).toMatchObject({ offset: '-05:00', abbreviation: 'EST', longName: 'Eastern Standard Time' })
    expect(find(july, 'America/New_York')).toMatchObject({ offset: '-04:00', abbreviation: 'EDT' })
    expect(find(january, 'Australia/Sydney').offset).toBe('+11:00')
    expect(find(july, 'Australia/Sydney').offset).toBe('+10:00')
    expect(find(july, 'Asia/Kathmandu').offset).toBe('+05:45')
    expect(find(july, 'America/St_Johns').offset).toBe('-02:30')
    expect(find(july, 'America/Argentina/Buenos_Aires').city).toBe('Buenos Aires')
  })

  it('sorts by offset, then city', () => {
    for (let i = 1; i < july.length; i++) {
      const a = july[i - 1]!
      const b = july[i]!
      expect(a.offsetMinutes <= b.offsetMinutes).toBe(true)
      if (a.offsetMinutes === b.offsetMinutes) expect(a.city.localeCompare(b.city, 'en-US')).toBeLessThanOrEqual(0)
    }
    expect(july[0]!.offsetMinutes).toBeLessThan(july.at(-1)!.offsetMinutes)
    expect(july.at(-1)!.id).toBe('Pacific/Kiritimati')
  })

  it('localises names', () => {
    const german = listTimeZones({ at: '2026-07-15T12:00:00Z', locale: 'de-DE' })
    expect(german.find((z) => z.id === 'Europe/Berlin')!.longName).toBe('Mitteleuropäische Sommerzeit')
  })

  it('without Intl.supportedValuesOf, lists the zones it can still name: the host, those used so far, the common ones', () => {
    const supportedValuesOf = Intl.supportedValuesOf
    canonicalTimeZone('Pacific/Chatham')
    Reflect.deleteProperty(Intl, 'supportedValuesOf')
    try {
      const ids = listTimeZones({ at: '2026-07-15T12:00:00Z', locale: 'en-US' }).map((z) => z.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids).toEqual(expect.arrayContaining([detectTimeZone(), 'Pacific/Chatham', 'UTC', 'America/New_York', 'Asia/Kolkata']))
      expect(ids).not.toContain('Asia/Calcutta')
      expect(ids.every(isValidTimeZone)).toBe(true)
    } finally {
      Intl.supportedValuesOf = supportedValuesOf
    }
  })

  it('rejects a malformed instant', () => {
    expect(() => listTimeZones({ at: 'July' })).toThrow(InvalidDateTimeError)
  })
})
