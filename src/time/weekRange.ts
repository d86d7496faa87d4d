import { parseDayKey, toIsoInstant, weekdayFromDays } from './internal/civil.js'
import { startOfDay } from './internal/startOfDay.js'
import { getZone } from './internal/zone.js'
import type { InstantRange } from './types.js'

/** Options for {@link weekRange}. */
export interface WeekRangeOptions {
  /**
   * First day of the week: 0 = Sunday … 6 = Saturday (date-fns' convention). Pass the
   * locale's value (`new Intl.Locale(locale).weekInfo?.firstDay % 7`) to follow the customer.
   * @default 0
   */
  weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6
}

/**
 * The instants `[start, end)` of the calendar week in `timeZone` that contains `dayKey`:
 * from the start of its first day to the start of the day after its last. The length is
 * 7 × 24 hours give or take a DST change.
 *
 * @param dayKey any day of the week, `yyyy-MM-dd`
 * @throws {InvalidTimeZoneError} for an unknown zone
 * @throws {InvalidDateTimeError} for a malformed day key
 */
export function weekRange(dayKey: string, timeZone: string, options: WeekRangeOptions = {}): InstantRange {
  const zone = getZone(timeZone)
  const weekStartsOn = options.weekStartsOn ?? 0
  const days = parseDayKey(dayKey)
  const first = days - ((weekdayFromDays(days) - weekStartsOn + 7) % 7)
  return { start: toIsoInstant(startOfDay(zone, first)), end: toIsoInstant(startOfDay(zone, first + 7)) }
}
