// Integer calendar arithmetic on proleptic Gregorian days since 1970-01-01.
// Going through `Date` or `Intl` per slot is what made naive grouping slow;
// these are Howard Hinnant's days_from_civil / civil_from_days algorithms.
import { InvalidDateTimeError } from '../errors.js'

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
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day }
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayFromDays(days: number): number {
  return (((days + 4) % 7) + 7) % 7
}

export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1)
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`
}

function padYear(year: number): string {
  if (year >= 1000) return `${year}`
  if (year >= 0) return `000${year}`.slice(-4)
  return `-${`000${-year}`.slice(-4)}`
}

export function formatDayKey(days: number): string {
  const { year, month, day } = civilFromDays(days)
  return `${padYear(year)}-${pad2(month)}-${pad2(day)}`
}

export function formatTimeOfDay(msOfDay: number): string {
  const h = Math.floor(msOfDay / MS_PER_HOUR)
  const m = Math.floor((msOfDay % MS_PER_HOUR) / MS_PER_MINUTE)
  const s = Math.floor((msOfDay % MS_PER_MINUTE) / 1000)
  const ms = msOfDay % 1000
  const base = `${pad2(h)}:${pad2(m)}:${pad2(s)}`
  return ms === 0 ? base : `${base}.${`00${ms}`.slice(-3)}`
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
  const sign = offsetMs < 0 ? '-' : '+'
  const abs = Math.abs(offsetMs)
  const h = Math.floor(abs / MS_PER_HOUR)
  const m = Math.floor((abs % MS_PER_HOUR) / MS_PER_MINUTE)
  const s = Math.floor((abs % MS_PER_MINUTE) / 1000)
  // Only pre-1900 local mean time has seconds in its offset.
  return s === 0 ? `${sign}${pad2(h)}:${pad2(m)}` : `${sign}${pad2(h)}:${pad2(m)}:${pad2(s)}`
}

export function toIsoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString()
}
