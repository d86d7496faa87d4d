import { describe, expect, it } from 'vitest'
import { formatInstant, isValidZone, parseDuration, parseInstant } from '../../src/mock/time'

describe('parseInstant', () => {
  it.each([
    ['2026-03-01T08:00:00Z', '2026-03-01T08:00:00.000Z'],
    ['2026-03-01T08:00:00+00:00', '2026-03-01T08:00:00.000Z'],
    ['2016-02-11T11:58:45+0100', '2016-02-11T10:58:45.000Z'],
    ['2026-03-29T09:00:00+02:00', '2026-03-29T07:00:00.000Z'],
    ['2026-03-29T09:00:00.250-0530', '2026-03-29T14:30:00.250Z'],
  ])('reads %s', (input, iso) => {
    expect(new Date(parseInstant(input)!).toISOString()).toBe(iso)
  })

  it.each(['2026-02-30T08:00:00Z', '2026-13-01T08:00:00Z', 'tomorrow', '', '2026-03-01'])('refuses %s', (input) => {
    expect(parseInstant(input)).toBeNull()
  })

  it('reads a wall time without offset only when given a zone', () => {
    expect(parseInstant('2026-07-01T09:00:00')).toBeNull()
    expect(new Date(parseInstant('2026-07-01T09:00:00', 'Europe/Copenhagen')!).toISOString()).toBe('2026-07-01T07:00:00.000Z')
  })
})

describe('formatInstant', () => {
  it('renders the zone offset, and +00:00 for UTC', () => {
    const t = Date.parse('2026-03-29T07:00:00Z')
    expect(formatInstant(t, 'Europe/Copenhagen')).toBe('2026-03-29T09:00:00+02:00')
    expect(formatInstant(t, 'Asia/Kolkata')).toBe('2026-03-29T12:30:00+05:30')
    expect(formatInstant(t)).toBe('2026-03-29T07:00:00+00:00')
  })
})

describe('isValidZone and parseDuration', () => {
  it('accepts IANA names only', () => {
    expect(isValidZone('Europe/Copenhagen')).toBe(true)
    expect(isValidZone('America/Argentina/Buenos_Aires')).toBe(true)
    expect(isValidZone('UTC')).toBe(true)
    for (const bad of ['Mars/Olympus', '+01:00', '', 'europe copenhagen', 42]) expect(isValidZone(bad)).toBe(false)
  })

  it('reads durations', () => {
    expect(parseDuration('30 minutes')).toBe(30 * 60_000)
    expect(parseDuration('1 hour')).toBe(3_600_000)
    expect(parseDuration('90 minutes')).toBe(90 * 60_000)
    expect(parseDuration('2 days')).toBe(2 * 86_400_000)
    expect(parseDuration('soon')).toBeNull()
  })
})
