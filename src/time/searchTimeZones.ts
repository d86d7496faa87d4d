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

const OFFSET_QUERY = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/

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
  const limit = options.limit ?? Number.POSITIVE_INFINITY
  const q = normalise(query)
  if (q === '') return zones.slice(0, limit)
  const offset = parseOffsetQuery(q)
  if (offset !== undefined) return zones.filter((zone) => zone.offsetMinutes === offset).slice(0, limit)
  const ranked: { zone: TimeZoneInfo; score: number; index: number }[] = []
  zones.forEach((zone, index) => {
    const s = score(zone, q)
    if (s >= 0) ranked.push({ zone, score: s, index })
  })
  ranked.sort((a, b) => a.score - b.score || a.index - b.index)
  return ranked.slice(0, limit).map((entry) => entry.zone)
}
