import { HOUR } from '../time.js'

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
  return (ms) => {
    const offset = offsetAt(ms)
    const local = new Date(ms + offset).toISOString().slice(0, 19)
    const minutes = Math.round(Math.abs(offset) / 60_000)
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
    const mm = String(minutes % 60).padStart(2, '0')
    return `${local}${offset < 0 ? '-' : '+'}${hh}:${mm}`
  }
}
