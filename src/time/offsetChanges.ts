import { formatDayKey, formatOffset, MS_PER_DAY, MS_PER_MINUTE, toIsoInstant } from './internal/civil.js'
import { parseInstant } from './internal/parseInstant.js'
import { getZone } from './internal/zone.js'

/** One change of UTC offset in a zone (a DST start or end, or a change of standard time). */
export interface OffsetChange {
  /** The first instant with the new offset, UTC ISO string. */
  at: string
  /** The wall-clock day of the change, after it (`yyyy-MM-dd`): "times from 29 March on are…". */
  dayKey: string
  /** Minutes ahead of UTC before the change (`60` for CET). */
  offsetMinutesBefore: number
  /** Minutes ahead of UTC from the change on (`120` for CEST). */
  offsetMinutesAfter: number
  /** The offset before, as `+01:00`. */
  offsetBefore: string
  /** The offset after, as `+02:00`. */
  offsetAfter: string
}

/**
 * The offset changes of `timeZone` within `[from, to)`, in order, so the UI can say
 * "times after 29 March are in summer time". Empty when `to <= from` or nothing changes.
 * Cost grows with the length of the window (one Intl call per day), so ask for the weeks
 * being shown rather than decades.
 *
 * @param from RFC 3339 instant, inclusive
 * @param to RFC 3339 instant, exclusive
 * @throws {InvalidTimeZoneError} for an unknown zone
 * @throws {InvalidDateTimeError} for a malformed instant
 */
export function offsetChanges(from: string, to: string, timeZone: string): OffsetChange[] {
  const zone = getZone(timeZone)
  const start = parseInstant(from)
  const end = parseInstant(to)
  if (end <= start) return []
  return zone.transitions(start, end).map(({ at, before, after }) => ({
    at: toIsoInstant(at),
    dayKey: formatDayKey(Math.floor((at + after) / MS_PER_DAY)),
    offsetMinutesBefore: before / MS_PER_MINUTE,
    offsetMinutesAfter: after / MS_PER_MINUTE,
    offsetBefore: formatOffset(before),
    offsetAfter: formatOffset(after),
  }))
}
