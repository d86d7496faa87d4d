import { formatDayKey, formatOffset, formatTimeOfDay, MS_PER_DAY, MS_PER_MINUTE, weekdayFromDays } from './internal/civil.js'
import { parseInstant } from './internal/parseInstant.js'
import { getZone } from './internal/zone.js'

/** What a wall clock in a zone shows at one instant. */
export interface ZonedWallTime {
  /** The calendar day, `yyyy-MM-dd`. */
  dayKey: string
  /** `HH:mm:ss` on a 24-hour clock, with `.SSS` only when the instant has milliseconds. */
  time: string
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number
  /** Minutes ahead of UTC (`-300` for New York in winter, `345` for Kathmandu). */
  offsetMinutes: number
  /** The same offset as `+05:45` / `-05:00`. */
  offset: string
}

/**
 * The wall-clock date and time an instant has in `timeZone`: the inverse of
 * `zonedWallTimeToInstant` (exact for every wall time that exists).
 *
 * @throws {InvalidTimeZoneError} for an unknown zone.
 * @throws {InvalidDateTimeError} when `instant` is not an RFC 3339 instant.
 */
export function instantToZonedWallTime(instant: string, timeZone: string): ZonedWallTime {
  const zone = getZone(timeZone)
  const epochMs = parseInstant(instant)
  const offset = zone.offsetAt(epochMs)
  const local = epochMs + offset
  const days = Math.floor(local / MS_PER_DAY)
  return {
    dayKey: formatDayKey(days),
    time: formatTimeOfDay(local - days * MS_PER_DAY),
    weekday: weekdayFromDays(days),
    offsetMinutes: offset / MS_PER_MINUTE,
    offset: formatOffset(offset),
  }
}
