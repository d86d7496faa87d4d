import { AmbiguousWallTimeError, NonexistentWallTimeError } from './errors.js'
import { MS_PER_DAY, parseDayKey, parseWallTime, toIsoInstant } from './internal/civil.js'
import { resolveLocal } from './internal/resolveLocal.js'
import { getZone } from './internal/zone.js'
import type { Disambiguation } from './types.js'

/**
 * The instant at which the wall clock in `timeZone` shows `dayKey` `time`, as a UTC ISO
 * string. For the hour that clocks skip or repeat around a DST change, `disambiguation`
 * decides, with Temporal's semantics:
 *
 * | | skipped (gap), e.g. 02:30 on spring-forward day | repeated (overlap), e.g. 01:30 on fall-back day |
 * |---|---|---|
 * | `compatible` | moved forward by the gap (03:30) | the earlier (first) 01:30 |
 * | `earlier` | moved back by the gap (01:30) | the earlier 01:30 |
 * | `later` | moved forward by the gap (03:30) | the later (second) 01:30 |
 * | `reject` | throws {@link NonexistentWallTimeError} | throws {@link AmbiguousWallTimeError} |
 *
 * @param dayKey calendar day, `yyyy-MM-dd`
 * @param time wall-clock time, `HH:mm`, `HH:mm:ss` or `HH:mm:ss.SSS` (24-hour)
 * @param timeZone IANA zone
 * @param disambiguation @default 'compatible'
 * @throws {InvalidTimeZoneError} for an unknown zone
 * @throws {InvalidDateTimeError} for a malformed day key or time
 */
export function zonedWallTimeToInstant(
  dayKey: string,
  time: string,
  timeZone: string,
  disambiguation: Disambiguation = 'compatible',
): string {
  const zone = getZone(timeZone)
  const local = parseDayKey(dayKey) * MS_PER_DAY + parseWallTime(time)
  const result = resolveLocal(zone, local, disambiguation)
  if (result === 'ambiguous') throw new AmbiguousWallTimeError(dayKey, time, zone.canonical)
  if (result === 'nonexistent') throw new NonexistentWallTimeError(dayKey, time, zone.canonical)
  return toIsoInstant(result)
}
