import type { ErrorBag } from '../http.js'
import { dateKeyIn, localHourInstant, parseDuration, parseInstant } from '../time.js'
import { shiftDayKey } from '../../time/shiftDayKey.js'

export const DEFAULT_FROM = 'now'
export const DEFAULT_TO = '4 weeks'
export const MAX_WINDOW_MONTHS = 6

/**
 * Calendar months added on the UTC calendar (day clamped to the month's end). date-fns'
 * `addMonths` works in the host's zone, which would make the 6-month cap depend on where
 * the server runs.
 */
export function addUtcMonths(ms: number, months: number): number {
  const d = new Date(ms)
  const day = d.getUTCDate()
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
  d.setUTCDate(Math.min(day, lastDay))
  return d.getTime()
}

const MONTHS = /^\+?\s*(?:in\s+)?(\d+)\s*months?$/i

/**
 * Reads a window bound. Relative phrases are measured from `now`, like PHP's `strtotime`
 * that Timekit uses: `"now"`, `"today"` and `"tomorrow"` (midnight in `zone`), `"3 days"`,
 * `"4 weeks"`, `"2 months"`, `"90 minutes"`; anything else must be an RFC 3339 timestamp.
 */
export function parseWindowBound(value: unknown, now: number, zone: string): number | null {
  if (typeof value !== 'string') return null
  const text = value.trim().toLowerCase()
  if (text === 'now') return now
  if (text === 'today') return localHourInstant(dateKeyIn(now, zone), 0, zone)
  if (text === 'tomorrow') return localHourInstant(shiftDayKey(dateKeyIn(now, zone), 1), 0, zone)
  const months = MONTHS.exec(text)
  if (months) return addUtcMonths(now, Number(months[1]))
  const duration = parseDuration(text.replace(/^\+\s*|^in\s+/, ''))
  if (duration !== null) return now + duration
  return parseInstant(value)
}

export interface AvailabilityWindow {
  from: number
  to: number
}

/** `from`/`to` with defaults `now` → `4 weeks`; at most 6 months long. Problems go to `bag`. */
export function parseWindow(
  fromRaw: unknown,
  toRaw: unknown,
  now: number,
  zone: string,
  bag: ErrorBag,
): AvailabilityWindow | null {
  const from = parseWindowBound(fromRaw ?? DEFAULT_FROM, now, zone)
  const to = parseWindowBound(toRaw ?? DEFAULT_TO, now, zone)
  if (from === null) bag.add('from', 'The from must be a timestamp or a relative time such as "now" or "tomorrow".')
  if (to === null) bag.add('to', 'The to must be a timestamp or a relative time such as "4 weeks".')
  if (from === null || to === null) return null
  if (to <= from) {
    bag.add('to', 'The to must be a date after from.')
    return null
  }
  if (to > addUtcMonths(from, MAX_WINDOW_MONTHS)) {
    bag.add('to', `The availability window may span at most ${MAX_WINDOW_MONTHS} months.`)
    return null
  }
  return { from, to }
}
