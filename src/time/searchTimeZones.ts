import { listTimeZones, type ListTimeZonesOptions, type TimeZoneInfo } from './listTimeZones.js'

/** Options for {@link searchTimeZones}. */
export interface SearchTimeZonesOptions extends ListTimeZonesOptions {
  /**
   * The zones to search; pass the result of `listTimeZones` to avoid recomputing it per keystroke.
   * @default listTimeZones({ at, locale })
   */
  zones?: readonly TimeZoneInfo[]
  /**
   * At most this many results.
   * @default Infinity
   */
  limit?: number
}

// Matched with every space removed.
const OFFSET_QUERY = /^(?:utc|gmt)?([+\-−])(\d{1,2})(?::?(\d{2}))?$/

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[_/]/g, ' ').replace(/\s+/g, ' ').trim()
}

/** Minutes for `+05:30`, `+5:30`, `+0530`, `UTC-3`, `GMT+5` …; undefined when the query is not an offset. */
function parseOffsetQuery(query: string): number | undefined {
  const match = OFFSET_QUERY.exec(query.replace(/\s+/g, ''))
  if (!match) return undefined
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
  return match[1] === '+' ? minutes : -minutes
}

function score(zone: TimeZoneInfo, q: string): number {
  const city = normalise(zone.city)
  const abbreviation = zone.abbreviation.toLowerCase()
  if (city === q || abbreviation === q) return 0
  if (city.startsWith(q) || city.split(' ').some((word) => word.startsWith(q))) return 1
  const id = normalise(zone.id)
  if (id.includes(q)) return 2
  if (normalise(zone.longName).includes(q)) return 3
  return -1
}

/**
 * Zones matching what a customer types: a city (`kolkata`, `sao paulo` without accents),
 * a zone id (`America/New`), an abbreviation the locale knows (`EST`, `CEST`), a long name
 * (`central european`) or an offset (`+05:30`, `+5:30`, `UTC-3`). Exact city and
 * abbreviation matches come first, then prefixes, then ids and names; ties keep the list
 * order (by offset). An empty query returns everything.
 */
export function searchTimeZones(query: string, options: SearchTimeZonesOptions = {}): TimeZoneInfo[] {
  const zones = options.zones ?? listTimeZones(options)
  const q = normalise(query)
  const offset = parseOffsetQuery(q)
  let found = zones
  if (offset !== undefined) {
    found = zones.filter((zone) => zone.offsetMinutes === offset)
  } else if (q !== '') {
    // The sort is stable, so equal scores keep the list's order (by offset).
    found = zones
      .map((zone) => [score(zone, q), zone] as const)
      .filter(([s]) => s >= 0)
      .sort((a, b) => a[0] - b[0])
      .map(([, zone]) => zone)
  }
  // Without a limit, slice's end is undefined: everything.
  return found.slice(0, options.limit)
}
