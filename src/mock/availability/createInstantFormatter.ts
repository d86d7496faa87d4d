import { DAY, HOUR } from '../time.js'

/**
 * Offset of `zone` at an instant, read from Intl. Not `zoneOffset` from date-fns-tz: given
 * an instant, it reads the instant's wall clock in the host's zone, so its answer would
 * depend on where the server runs.
 */
function offsetReader(zone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  return (ms) => {
    const part: Record<string, number> = {}
    for (const { type, value } of format.formatToParts(ms)) part[type] = Number(value)
    const wall = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!)
    return wall - (ms - (((ms % 1000) + 1000) % 1000))
  }
}

/**
 * A formatter of instants as `2026-03-29T09:00:00+02:00` in one zone, the output of
 * `formatInstant(ms, zone)`, for answers of thousands of slots. `formatInstant` asks Intl
 * for the offset of every instant (about 30 µs each, 2 s for a large answer); here the
 * offset is looked up once per UTC hour boundary and reused for every instant between two
 * boundaries that agree. Where they disagree (the hour holding a DST change) each instant
 * is looked up on its own, so the answer is exact as long as a zone changes its offset
 * at most once within an hour, which every zone in the tz database does.
 */
export function createInstantFormatter(zone: string): (ms: number) => string {
  const isUtc = zone === 'UTC' || zone === 'Etc/UTC'
  const zoneOffset = offsetReader(zone)
  const atBoundary = new Map<number, number>()
  const boundaryOffset = (hour: number): number => {
    let offset = atBoundary.get(hour)
    if (offset === undefined) {
      offset = zoneOffset(hour * HOUR)
      atBoundary.set(hour, offset)
    }
    return offset
  }
  const offsetAt = (ms: number): number => {
    if (isUtc) return 0
    const hour = Math.floor(ms / HOUR)
    const before = boundaryOffset(hour)
    return before === boundaryOffset(hour + 1) ? before : zoneOffset(ms)
  }
  // Slots share days and offsets: `2026-03-29T` and `+02:00` are built once each.
  const dayPrefixes = new Map<number, string>()
  const offsetSuffixes = new Map<number, string>()
  return (ms) => {
    const offset = offsetAt(ms)
    const local = ms + offset
    const day = Math.floor(local / DAY)
    let prefix = dayPrefixes.get(day)
    if (prefix === undefined) {
      prefix = new Date(day * DAY).toISOString().slice(0, 11)
      dayPrefixes.set(day, prefix)
    }
    let suffix = offsetSuffixes.get(offset)
    if (suffix === undefined) {
      const minutes = Math.round(Math.abs(offset) / 60_000)
      suffix = `${offset < 0 ? '-' : '+'}${TWO_DIGITS[Math.floor(minutes / 60)]}:${TWO_DIGITS[minutes % 60]}`
      offsetSuffixes.set(offset, suffix)
    }
    const second = Math.floor((local - day * DAY) / 1000)
    const hh = TWO_DIGITS[Math.floor(second / 3600)]
    const mm = TWO_DIGITS[Math.floor(second / 60) % 60]
    return `${prefix}${hh}:${mm}:${TWO_DIGITS[second % 60]}${suffix}`
  }
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'))
