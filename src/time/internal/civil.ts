// Integer calendar arithmetic on proleptic Gregorian days since 1970-01-01.
// Going through `Date` or `Intl` per slot is what made naive grouping slow;
// these are Howard Hinnant's days_from_civil / civil_from_days algorithms.
import { InvalidDateTimeError } from '../errors.js'

// Called a dozen times below; one local name instead of a dozen `Math.floor` chains.
const { floor } = Math

export const MS_PER_MINUTE = 60_000
export const MS_PER_HOUR = 3_600_000
export const MS_PER_DAY = 86_400_000

export interface CivilDate {
  year: number
  month: number
  day: number
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = floor(y / 400)
  const yoe = y - era * 400
  const doy = floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468
  const era = floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36_524) - floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100))
  const mp = floor((5 * doy + 2) / 153)
  const day = doy - floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day }
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayFromDays(days: number): number {
  return (((days + 4) % 7) + 7) % 7
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  // 31 days in the odd months up to July and the even ones from August.
  return 30 + ((month + (month >> 3)) & 1)
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`
}

export function formatDayKey(days: number): string {
  const { year, month, day } = civilFromDays(days)
  return `${year < 0 ? '-' : ''}${`${Math.abs(year)}`.padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

/** `HH:mm:ss` of a non-negative span under 100 hours (a time of day, or an offset). */
function clock(ms: number): string {
  return `${pad2(floor(ms / MS_PER_HOUR))}:${pad2(floor(ms / MS_PER_MINUTE) % 60)}:${pad2(floor(ms / 1000) % 60)}`
}

export function formatTimeOfDay(msOfDay: number): string {
  const ms = msOfDay % 1000
  return ms === 0 ? clock(msOfDay) : `${clock(msOfDay)}.${`00${ms}`.slice(-3)}`
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days since the epoch for a `yyyy-MM-dd` key; throws on impossible dates such as 2026-02-30. */
export function parseDayKey(dayKey: string): number {
  const match = typeof dayKey === 'string' ? DAY_KEY.exec(dayKey) : null
  if (match) {
    const year = Number(match[1])
    const month = Number(match[2])
    const day = Number(match[3])
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return daysFromCivil(year, month, day)
    }
  }
  throw new InvalidDateTimeError(String(dayKey), 'a calendar day as yyyy-MM-dd, such as 2026-03-29')
}

const WALL_TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/

/** Milliseconds since midnight for `HH:mm`, `HH:mm:ss` or `HH:mm:ss.SSS`. */
export function parseWallTime(time: string): number {
  const match = typeof time === 'string' ? WALL_TIME.exec(time) : null
  if (match) {
    const h = Number(match[1])
    const m = Number(match[2])
    const s = match[3] === undefined ? 0 : Number(match[3])
    const ms = match[4] === undefined ? 0 : Number(match[4].padEnd(3, '0'))
    if (h <= 23 && m <= 59 && s <= 59) return h * MS_PER_HOUR + m * MS_PER_MINUTE + s * 1000 + ms
  }
  throw new InvalidDateTimeError(String(time), 'a wall-clock time as HH:mm or HH:mm:ss, such as 02:30')
}

export function formatOffset(offsetMs: number): string {
  const text = clock(Math.abs(offsetMs))
  // Only pre-1900 local mean time has seconds in its offset.
  return (offsetMs < 0 ? '-' : '+') + (text.endsWith(':00') ? text.slice(0, -3) : text)
}

export function toIsoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString()
}
