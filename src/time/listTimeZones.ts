import { detectTimeZone } from './detectTimeZone.js'
import { formatOffset, MS_PER_MINUTE } from './internal/civil.js'
import { getDateTimeFormat } from './internal/formatterCache.js'
import { parseInstant } from './internal/parseInstant.js'
import { MODERN_NAMES } from './internal/timeZoneAliases.js'
import { getZone, zoneNamesSeen, type Zone } from './internal/zone.js'

/** One entry of a time zone picker, as of a given instant. */
export interface TimeZoneInfo {
  /** Current IANA name (`Europe/Kyiv`, `Asia/Kolkata`). */
  id: string
  /** Minutes ahead of UTC at the instant asked about (`120` for Copenhagen in July). */
  offsetMinutes: number
  /** The offset as `+05:30` / `-03:30`. */
  offset: string
  /** The zone's long name in the locale at that instant (`Central European Summer Time`). */
  longName: string
  /** The locale's short name (`EDT`, `CEST`, or `GMT+2` where the locale has none). */
  abbreviation: string
  /** The main city from the zone id (`Buenos Aires`, `St Johns`); English, as IANA spells it. */
  city: string
}

/** Options for {@link listTimeZones}. */
export interface ListTimeZonesOptions {
  /**
   * The instant whose offsets and names to show: a picker for a booking in July should
   * say "summer time" even in January. RFC 3339.
   * @default now
   */
  at?: string
  /**
   * BCP 47 locale of the long names and abbreviations.
   * @default the runtime's default locale
   */
  locale?: string
}

// `Intl.supportedValuesOf` is in every engine the kit runs on (Node 18+, Chrome 99+, Firefox
// 93+, Safari 15.4+, the Safari that also brought the `Array.prototype.at` the components
// use), so no built-in zone list is shipped for older ones: it cost every app 1.5 KB. Such an
// engine still gets a working picker of the zones the kit can name: the host's zone, every
// zone used so far (so the chosen one is listed), and the current names of the alias table
// (the main zones of the US and Canada, Buenos Aires, Kolkata, Kyiv and a few more).
function zoneIds(): string[] {
  const ids = (Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf?.('timeZone') ?? [
    detectTimeZone(),
    ...zoneNamesSeen(),
    ...Object.values(MODERN_NAMES),
  ]
  // UTC is a valid choice for a customer but ICU leaves it out of supportedValuesOf.
  return [...ids, 'UTC']
}

function nameOf(zone: Zone, locale: string | undefined, style: 'long' | 'short', at: number): string {
  const parts = getDateTimeFormat(locale, { timeZone: zone.intlId, timeZoneName: style }).formatToParts(at)
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone.canonical
}

/** The city part of a zone id, as the picker shows it: `America/St_Johns` → `St Johns`. */
export function cityOf(id: string): string {
  const last = id.slice(id.lastIndexOf('/') + 1)
  return last.replace(/_/g, ' ')
}

/**
 * Every IANA zone the runtime knows (from `Intl.supportedValuesOf('timeZone')`; where that
 * is missing, the host's zone, the zones already used and the common ones the kit can name),
 * each once under its current name, with its offset and names **at `at`**, sorted by offset,
 * then city, then id.
 *
 * @throws {InvalidDateTimeError} when `at` is not an RFC 3339 instant
 */
export function listTimeZones(options: ListTimeZonesOptions = {}): TimeZoneInfo[] {
  const at = options.at === undefined ? Date.now() : parseInstant(options.at)
  const { locale } = options
  const byId = new Map<string, TimeZoneInfo>()
  for (const name of zoneIds()) {
    let zone: Zone
    try {
      zone = getZone(name)
    } catch {
      continue
    }
    const id = zone.canonical
    if (byId.has(id)) continue
    const offset = zone.offsetAt(at)
    byId.set(id, {
      id,
      offsetMinutes: offset / MS_PER_MINUTE,
      offset: formatOffset(offset),
      longName: nameOf(zone, locale, 'long', at),
      abbreviation: nameOf(zone, locale, 'short', at),
      city: cityOf(id),
    })
  }
  const collator = new Intl.Collator(locale)
  return [...byId.values()].sort(
    (a, b) => a.offsetMinutes - b.offsetMinutes || collator.compare(a.city, b.city) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}
