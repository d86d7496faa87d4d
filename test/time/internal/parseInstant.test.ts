import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidDateTimeError } from '../../../src/time'
import { parseInstant } from '../../../src/time/internal/parseInstant'
import { isoWithOffset } from '../support'

describe('parseInstant', () => {
  it.each([
    ['2026-03-29T01:00:00Z', Date.UTC(2026, 2, 29, 1)],
    ['2026-03-29T01:00:00z', Date.UTC(2026, 2, 29, 1)],
    ['2026-03-29t01:00:00Z', Date.UTC(2026, 2, 29, 1)],
    ['2026-03-29 01:00:00Z', Date.UTC(2026, 2, 29, 1)],
    ['2026-03-29T01:00Z', Date.UTC(2026, 2, 29, 1)],
    ['2026-03-29T01:00:00.5Z', Date.UTC(2026, 2, 29, 1, 0, 0, 500)],
    ['2026-03-29T01:00:00.123456Z', Date.UTC(2026, 2, 29, 1, 0, 0, 123)],
    ['2026-03-29T01:00:00+00:00', Date.UTC(2026, 2, 29, 1)],
    ['2026-03-29T01:00:00-00:00', Date.UTC(2026, 2, 29, 1)],
    ['2026-03-29T03:00:00+02:00', Date.UTC(2026, 2, 29, 1)],
    ['2026-03-29T02:00:00+0100', Date.UTC(2026, 2, 29, 1)],
    ['2026-03-28T21:30:00-0330', Date.UTC(2026, 2, 29, 1)],
    ['2026-03-29T14:45:00+13:45', Date.UTC(2026, 2, 29, 1)],
  ])('%s', (input, expected) => {
    expect(parseInstant(input)).toBe(expected)
  })

  it.each([
    '2026-03-29T01:00:00',
    '2026-03-29',
    '2026-03-29T01:00:00+01',
    '2026-03-29T01:00:00+1:00',
    '2026-03-29T01:00:00 +01:00',
    '2026-03-29T01:00:00Zjunk',
    '2026-02-29T01:00:00Z',
    '2026-03-29T24:00:00Z',
    '2026-03-29T01:00:60Z',
    '2026-03-29T01:00:00.Z',
    '2026/03/29T01:00:00Z',
    '',
  ])('rejects %j', (input) => {
    expect(() => parseInstant(input)).toThrow(InvalidDateTimeError)
  })

  it('property: every spelling of an instant parses to Date.parse of its Z form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }),
        fc.constantFrom('Z' as const, 'colon' as const, 'compact' as const),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (seconds, style, offset) => {
          expect(parseInstant(isoWithOffset(seconds * 1000, style, offset))).toBe(seconds * 1000)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
