import { formatInTimeZone, fromZonedTime, getTimezoneOffset } from 'date-fns-tz'
import { zonedWallTimeToInstant } from '../time/zonedWallTimeToInstant.js'
import { readInstant, readWallDateTime } from '../time/internal/parseInstant.js'
import { isValidTimeZone } from '../time/isValidTimeZone.js'
import { shiftDayKey } from '../time/shiftDayKey.js'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/**
 * A zone by the kit's one rule (the time layer's `isValidTimeZone`, also behind the client's
 * request schemas): an IANA id or alias this runtime's Intl knows, `CET`, `GMT` and `EST`
 * included, as Timekit takes them. Bare offsets (`+01:00`) are refused: the contract speaks
 * IANA names only.
 */
export function isValidZone(zone: unknown): zone is string {
  return isValidTimeZone(zone)
}

/**
 * Epoch ms of an RFC 3339 instant (`Z`, `+00:00` or `+0100`; Timekit emits all three), read
 * by the kit's one parser, so impossible dates are refused here as in the client and the
 * time layer. Without an offset the wall time is read in `zone` when one is given, else
 * refused. Returns `null` for anything unreadable.
 */
export function parseInstant(value: unknown, zone?: string): number | null {
  const instant = readInstant(value)
  if (!Number.isNaN(instant)) return instant
  if (!zone) return null
  const wall = readWallDateTime(value)
  if (Number.isNaN(wall)) return null
  return fromZonedTime(new Date(wall).toISOString().slice(0, 23), zone).getTime()
}

/** `2026-03-29T09:00:00+02:00`; UTC renders as `+00:00`, never `Z`, like Timekit. */
export function formatInstant(ms: number, zone = 'UTC'): string {
  return formatInTimeZone(new Date(ms), zone, "yyyy-MM-dd'T'HH:mm:ssxxx")
}

/** The `yyyy-MM-dd` day key of an instant in a zone. */
export function dateKeyIn(ms: number, zone: string): string {
  return formatInTimeZone(new Date(ms), zone, 'yyyy-MM-dd')
}

/** 0 = Sunday … 6 = Saturday, for a calendar day key (independent of any zone). */
export function weekdayOfKey(key: string): number {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/**
 * The instant of a whole local hour (0–24) on a local day in `zone`. Hour 24 is the next
 * day's midnight. A wall time in a spring-forward gap moves forward by the gap (Temporal's
 * `compatible`): Santiago's midnight on 6 September 2026 does not exist, and its day starts
 * at 01:00 -03:00 (04:00Z). date-fns-tz read that midnight with the new offset instead
 * (03:00Z, still Saturday 23:00 local), which opened a resource an hour early.
 */
export function localHourInstant(key: string, hour: number, zone: string): number {
  if (hour >= 24) return localHourInstant(shiftDayKey(key, 1), hour - 24, zone)
  const hh = String(hour).padStart(2, '0')
  return Date.parse(zonedWallTimeToInstant(key, `${hh}:00`, zone))
}

/** Offset of `zone` from UTC at `ms`, in ms (positive east of Greenwich). */
export function zoneOffset(zone: string, ms: number): number {
  return getTimezoneOffset(zone, ms)
}

/**
 * Rounds an instant up to the next multiple of `step` on the local wall clock of `zone`
 * (so a 1-hour grid in Asia/Kolkata lands on :00 local, not :30).
 */
export function ceilToLocalGrid(ms: number, step: number, zone: string): number {
  const offset = zoneOffset(zone, ms)
  const local = ms + offset
  const aligned = Math.ceil(local / step) * step
  return aligned - offset
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)$/i
const UNIT_MS: Record<string, number> = { s: 1000, m: MINUTE, h: HOUR, d: DAY, w: 7 * DAY }

/** `"30 minutes"`, `"1 hour"`, `"90 minutes"`, `"2 days"` → ms; `null` when unreadable. */
export function parseDuration(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const m = DURATION.exec(value.trim())
  if (!m) return null
  const unit = m[2]!.toLowerCase()
  const key = unit.startsWith('min') ? 'm' : unit[0]!
  const ms = Number(m[1]) * (UNIT_MS[key] ?? NaN)
  return Number.isFinite(ms) ? Math.round(ms) : null
}
