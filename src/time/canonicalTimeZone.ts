import { getZone } from './internal/zone.js'

/**
 * The current IANA name of a zone: aliases and old spellings map to one id, so it is safe
 * to compare, store and use as a key (`Europe/Kiev` → `Europe/Kyiv`, `US/Eastern` →
 * `America/New_York`, `Asia/Calcutta` → `Asia/Kolkata`, `Etc/UTC` → `UTC`).
 *
 * ICU in Node 20 and older browsers still canonicalises to CLDR's historical ids
 * (`Europe/Kiev`); those are mapped to today's names with a small explicit table.
 *
 * @throws {InvalidTimeZoneError} when `name` is not a zone the runtime knows.
 */
export function canonicalTimeZone(name: string): string {
  return getZone(name).canonical
}
