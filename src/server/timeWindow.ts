import { readInstant } from '../time/internal/parseInstant.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

// Months and years are taken at their longest so that a relative `to` is
// never judged shorter than Timekit will read it: the cap errs on the strict side.
const UNITS: Record<string, number> = {
  minute: MINUTE,
  hour: HOUR,
  day: DAY,
  week: 7 * DAY,
  month: 31 * DAY,
  year: 366 * DAY,
}

const RELATIVE = /^(\d{1,6})\s*(minute|hour|day|week|month|year)s?$/i

/**
 * Reads an availability `from` / `to` the way Timekit does (`"now"`,
 * `"tomorrow"`, `"3 days"`, `"4 weeks"` or an RFC 3339 instant) as epoch
 * milliseconds, or `null` when it is not a form the proxy can bound.
 *
 * `"tomorrow"` is read as 24 hours from now, the latest it can mean; for a
 * `from` this only makes the window look shorter by less than a day.
 */
export function parseWindowBoundary(value: unknown, now: number): number | null {
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (/^now$/i.test(text)) return now
  if (/^tomorrow$/i.test(text)) return now + DAY
  const relative = RELATIVE.exec(text)
  if (relative) return now + Number(relative[1]) * (UNITS[(relative[2] as string).toLowerCase()] as number)
  // The kit's one RFC 3339 reader: `+0100` (no colon) is read, 30 February is not.
  const time = readInstant(text)
  return Number.isNaN(time) ? null : time
}

export const DAY_MS = DAY
