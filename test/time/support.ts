// Reference implementations for the time tests. They go through Intl per call (slow,
// obviously right) so the kit's cached fast paths have something independent to be
// compared with. (Not date-fns-tz's getTimezoneOffset: it reads its Date argument as a
// wall time in the *host* zone, so it is not the offset at an instant.)
import fc from 'fast-check'

/** DST zones of the table tests plus fixed odd offsets: the zones every property runs over. */
export const PROPERTY_ZONES = [
  'America/New_York',
  'Europe/Copenhagen',
  'Australia/Sydney',
  'America/Santiago',
  'America/Asuncion',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'America/St_Johns',
  'UTC',
  'America/Havana',
  'Asia/Tehran',
  'Africa/Casablanca',
  'Pacific/Apia',
  'Europe/Dublin',
] as const

export const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG', 'hi-IN', 'zh-CN', 'he-IL', 'ko-KR'] as const

const MINUTE = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000
const FROM = Date.UTC(1995, 0, 1)
const TO = Date.UTC(2040, 0, 1)

/** Offset in ms at an instant, straight from Intl's wall-clock fields (not the kit). */
export function referenceOffset(timeZone: string, epochMs: number): number {
  const { dayKey, time } = intlWall(timeZone, epochMs)
  return Date.parse(`${dayKey}T${time}Z`) - Math.floor(epochMs / 1000) * 1000
}

const wallFormats = new Map<string, Intl.DateTimeFormat>()

/** What Intl shows at an instant: `yyyy-MM-dd` and `HH:mm:ss`. */
export function intlWall(timeZone: string, epochMs: number): { dayKey: string; time: string } {
  let format = wallFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    wallFormats.set(timeZone, format)
  }
  const part = Object.fromEntries(format.formatToParts(epochMs).map((p) => [p.type, p.value]))
  return { dayKey: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}:${part.second}` }
}

/** The instants at which the wall clock shows `local` (wall ms as if UTC), by Intl. */
export function referenceCandidates(timeZone: string, local: number): number[] {
  const offsets = new Set([referenceOffset(timeZone, local - DAY), referenceOffset(timeZone, local + DAY)])
  return [...offsets]
    .map((offset) => local - offset)
    .filter((t) => referenceOffset(timeZone, t) === local - t)
    .sort((a, b) => a - b)
}

/** Length of a half-open ISO range in hours. */
export function hours(range: { start: string; end: string }): number {
  return (Date.parse(range.end) - Date.parse(range.start)) / HOUR
}

export const zoneArb = fc.constantFrom(...PROPERTY_ZONES)

// Uniform instants almost never land near a DST change, so half of them are drawn within
// two days of one of the changes in the window (found with Intl: sampled every six
// hours, then bisected to the minute).
const transitionCache = new Map<string, number[]>()
export function referenceTransitions(timeZone: string, from: number, to: number): number[] {
  const key = `${timeZone}|${from}|${to}`
  let found = transitionCache.get(key)
  if (!found) {
    found = []
    let previous = referenceOffset(timeZone, from)
    for (let t = from + 6 * HOUR; t <= to; t += 6 * HOUR) {
      const offset = referenceOffset(timeZone, t)
      if (offset !== previous) {
        let lo = t - 6 * HOUR
        let hi = t
        while (hi - lo > MINUTE) {
          const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE
          if (referenceOffset(timeZone, mid) === previous) lo = mid
          else hi = mid
        }
        found.push(hi)
        previous = offset
      }
    }
    transitionCache.set(key, found)
  }
  return found
}

const NEAR_FROM = Date.UTC(2022, 0, 1)
const NEAR_TO = Date.UTC(2028, 0, 1)

/** An epoch-ms instant in 1995–2040, on a whole minute, biased towards DST changes. */
export function instantArb(timeZone: string): fc.Arbitrary<number> {
  const uniform = fc.integer({ min: FROM / MINUTE, max: TO / MINUTE }).map((m) => m * MINUTE)
  const changes = referenceTransitions(timeZone, NEAR_FROM, NEAR_TO)
  if (changes.length === 0) return uniform
  const near = fc
    .tuple(fc.constantFrom(...changes), fc.integer({ min: -2 * 24 * 60, max: 2 * 24 * 60 }))
    .map(([at, minutes]) => at + minutes * MINUTE)
  return fc.oneof(uniform, near)
}

/** A zone with an instant in it. */
export const zonedInstantArb = zoneArb.chain((timeZone) => instantArb(timeZone).map((t) => ({ timeZone, t })))

/** ISO instant in one of the three accepted offset spellings, same instant. */
export function isoWithOffset(epochMs: number, style: 'Z' | 'colon' | 'compact', offsetMinutes: number): string {
  if (style === 'Z') return new Date(epochMs).toISOString()
  const shifted = new Date(epochMs + offsetMinutes * MINUTE).toISOString().slice(0, 19)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${shifted}${sign}${hh}${style === 'colon' ? ':' : ''}${mm}`
}
