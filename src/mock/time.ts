import { formatInTimeZone, fromZonedTime, getTimezoneOffset } from 'date-fns-tz'
import { shiftDayKey } from '../time/shiftDayKey.js'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

const ZONE_SHAPE = /^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$/

/**
 * An IANA zone name that this runtime's Intl data knows. Bare offsets (`+01:00`) and
 * abbreviations (`CET`, `EST`) are refused on purpose: the contract speaks IANA names only.
 */
export function isValidZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !ZONE_SHAPE.test(zone)) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * Parses an RFC 3339 instant with `Z`, `+00:00` or `+0100` (Timekit emits all three).
 * Without an offset the wall time is read in `zone` when one is given, else refused.
 * Returns epoch ms or `null`.
 */
export function parseInstant(value: unknown, zone?: string): number | null {
  if (typeof value !== 'string') return null
  const m = TIMESTAMP.exec(value.trim())
  if (!m) return null
  const [, y, mo, d, h, mi, s = '00', frac = '', offset] = m
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return null
  }
  // Reject calendar overflow such as 2026-02-30, which Date would silently roll over.
  const probe = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  if (probe.getUTCDate() !== Number(d)) return null
  const ms = frac ? frac.slice(0, 4).padEnd(4, '0') : ''
  const local = `${y}-${mo}-${d}T${h}:${mi}:${s}${ms}`
  if (!offset) {
    if (!zone) return null
    return fromZonedTime(local, zone).getTime()
  }
  const norm = offset.toUpperCase() === 'Z' ? 'Z' : offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`
  const t = Date.parse(`${local}${norm}`)
  return Number.isNaN(t) ? null : t
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
 * day's midnight. In a spring-forward gap date-fns-tz moves forward to the first valid time.
 */
export function localHourInstant(key: string, hour: number, zone: string): number {
  if (hour >= 24) return localHourInstant(shiftDayKey(key, 1), hour - 24, zone)
  const hh = String(hour).padStart(2, '0')
  return fromZonedTime(`${key}T${hh}:00:00`, zone).getTime()
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
