import { describe, expect, it } from 'vitest'
import {
  AmbiguousWallTimeError,
  canonicalTimeZone,
  dayRange,
  formatSlotLabel,
  formatSlotRange,
  formatSlotTime,
  groupSlotsByDay,
  instantToZonedWallTime,
  InvalidTimeZoneError,
  NonexistentWallTimeError,
  offsetChanges,
  WallTimeError,
  weekRange,
  zonedWallTimeToInstant,
} from '../../src/time'

const BAD = 'Europe/Narnia'
const slot = { start: '2026-03-03T10:00:00Z', end: '2026-03-03T10:15:00Z' }

describe('errors', () => {
  it.each([
    ['canonicalTimeZone', () => canonicalTimeZone(BAD)],
    ['groupSlotsByDay', () => groupSlotsByDay([slot], BAD)],
    ['formatSlotTime', () => formatSlotTime(slot, { timeZone: BAD })],
    ['formatSlotRange', () => formatSlotRange(slot, { timeZone: BAD })],
    ['formatSlotLabel', () => formatSlotLabel(slot, { timeZone: BAD })],
    ['dayRange', () => dayRange('2026-03-03', BAD)],
    ['weekRange', () => weekRange('2026-03-03', BAD)],
    ['zonedWallTimeToInstant', () => zonedWallTimeToInstant('2026-03-03', '10:00', BAD)],
    ['instantToZonedWallTime', () => instantToZonedWallTime(slot.start, BAD)],
    ['offsetChanges', () => offsetChanges(slot.start, slot.end, BAD)],
  ])('%s throws InvalidTimeZoneError naming the zone', (_name, call) => {
    let caught: unknown
    try {
      call()
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InvalidTimeZoneError)
    expect(caught).toBeInstanceOf(RangeError)
    expect((caught as InvalidTimeZoneError).timeZone).toBe(BAD)
    expect((caught as Error).message).toContain(`"${BAD}"`)
    expect((caught as Error).name).toBe('InvalidTimeZoneError')
  })

  it('wall-time errors share a base class and carry their inputs', () => {
    const ambiguous = new AmbiguousWallTimeError('2026-11-01', '01:30', 'America/New_York')
    const nonexistent = new NonexistentWallTimeError('2026-03-08', '02:30', 'America/New_York')
    expect(ambiguous).toBeInstanceOf(WallTimeError)
    expect(nonexistent).toBeInstanceOf(WallTimeError)
    expect([ambiguous.reason, nonexistent.reason]).toEqual(['ambiguous', 'nonexistent'])
    expect([ambiguous.name, nonexistent.name]).toEqual(['AmbiguousWallTimeError', 'NonexistentWallTimeError'])
    expect(ambiguous).toMatchObject({ dayKey: '2026-11-01', time: '01:30', timeZone: 'America/New_York' })
  })
})
