// Month arithmetic on `yyyy-MM` months and `yyyy-MM-dd` day keys for the day
// picker: pure calendar maths, the same in every zone and on every host.
import { daysInMonth, formatDayKey, parseDayKey, weekdayFromDays } from '../../time/internal/civil.js'

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** Whether `value` is a real `yyyy-MM-dd` day (no 30 February): the time layer's parser accepts it. */
export function isDayKey(value: unknown): value is string {
  try {
    parseDayKey(value as string)
    return true
  } catch {
    return false
  }
}

/** Whether `value` is a real `yyyy-MM` month: its 1st is a real day. */
export function isMonthKey(value: unknown): value is string {
  return typeof value === 'string' && isDayKey(`${value}-01`)
}

function parseMonth(month: string): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))]
}

/** The month of a day key. */
export function monthOf(dayKey: string): string {
  return dayKey.slice(0, 7)
}

/** The month `count` months after `month` (before, when negative). */
export function shiftMonth(month: string, count: number): string {
  const [year, m] = parseMonth(month)
  const index = year * 12 + (m - 1) + count
  const y = Math.floor(index / 12)
  return `${String(y).padStart(4, '0')}-${String(index - y * 12 + 1).padStart(2, '0')}`
}

/**
 * The same day of the month `count` months later, clamped to that month's
 * last day (31 March + 1 month = 30 April), as the APG grid's PageDown moves.
 */
export function shiftDayByMonths(dayKey: string, count: number): string {
  const month = shiftMonth(monthOf(dayKey), count)
  const [year, m] = parseMonth(month)
  const day = Math.min(Number(dayKey.slice(8, 10)), daysInMonth(year, m))
  return `${month}-${String(day).padStart(2, '0')}`
}

/** ISO weekday of a day key. */
export function weekdayOf(dayKey: string): IsoWeekday {
  const day = weekdayFromDays(parseDayKey(dayKey))
  return (day === 0 ? 7 : day) as IsoWeekday
}

/** The first day of the week that holds `dayKey`, weeks starting on `weekStartsOn`. */
export function startOfWeek(dayKey: string, weekStartsOn: IsoWeekday): string {
  const back = (weekdayOf(dayKey) - weekStartsOn + 7) % 7
  return formatDayKey(parseDayKey(dayKey) - back)
}

/** The last day of the week that holds `dayKey`. */
export function endOfWeek(dayKey: string, weekStartsOn: IsoWeekday): string {
  return formatDayKey(parseDayKey(startOfWeek(dayKey, weekStartsOn)) + 6)
}

/** The ISO weekdays of a week in order, starting on `weekStartsOn`. */
export function weekdayOrder(weekStartsOn: IsoWeekday): IsoWeekday[] {
  return Array.from({ length: 7 }, (_, i) => (((weekStartsOn - 1 + i) % 7) + 1) as IsoWeekday)
}

/**
 * The weeks of a month's grid, each seven day keys, from the week holding
 * the 1st to the week holding the last day (4 to 6 rows); with `fixedWeeks`
 * always 6 rows, so the grid's height does not jump between months.
 */
export function monthWeeks(month: string, weekStartsOn: IsoWeekday, fixedWeeks = false): string[][] {
  const [year, m] = parseMonth(month)
  const first = parseDayKey(startOfWeek(`${month}-01`, weekStartsOn))
  const last = parseDayKey(endOfWeek(`${month}-${String(daysInMonth(year, m)).padStart(2, '0')}`, weekStartsOn))
  const rows = fixedWeeks ? 6 : (last - first + 1) / 7
  return Array.from({ length: rows }, (_, week) => Array.from({ length: 7 }, (_, day) => formatDayKey(first + week * 7 + day)))
}
