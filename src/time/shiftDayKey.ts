import { formatDayKey, parseDayKey } from './internal/civil.js'

/**
 * The calendar day `days` days after `dayKey` (before, when negative):
 * `shiftDayKey('2026-03-28', 2)` → `'2026-03-30'`. Pure calendar arithmetic,
 * the same in every zone, so DST days count as one day like any other.
 *
 * @param dayKey calendar day, `yyyy-MM-dd`
 * @throws {InvalidDateTimeError} for a malformed day key
 */
export function shiftDayKey(dayKey: string, days: number): string {
  return formatDayKey(parseDayKey(dayKey) + Math.trunc(days))
}
