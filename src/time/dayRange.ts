import { parseDayKey, toIsoInstant } from './internal/civil.js'
import { startOfDay } from './internal/startOfDay.js'
import { getZone } from './internal/zone.js'
import type { InstantRange } from './types.js'

/**
 * The instants `[start, end)` that make up a calendar day in `timeZone`, for availability
 * requests. Days are 24 hours long except on DST changes: 23 hours when clocks spring
 * forward, 25 when they fall back (23.5 / 24.5 on Lord Howe Island). When midnight itself
 * is skipped, the day starts when the clocks resume.
 *
 * @param dayKey calendar day, `yyyy-MM-dd`
 * @throws {InvalidTimeZoneError} for an unknown zone
 * @throws {InvalidDateTimeError} for a malformed day key
 */
export function dayRange(dayKey: string, timeZone: string): InstantRange {
  const zone = getZone(timeZone)
  const days = parseDayKey(dayKey)
  return { start: toIsoInstant(startOfDay(zone, days)), end: toIsoInstant(startOfDay(zone, days + 1)) }
}
