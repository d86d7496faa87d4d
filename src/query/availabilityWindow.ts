import type { AvailabilityParams } from '../client/index.js'
import { dayRange } from '../time/dayRange.js'
import { shiftDayKey } from '../time/shiftDayKey.js'

/** A range of the customer's calendar days: the first `yyyy-MM-dd` and how many days. */
export interface AvailabilityWindow {
  /** First day shown, `yyyy-MM-dd`, in the customer's calendar. */
  start: string
  /** Number of days shown. @default 7 */
  days?: number
}

/** Availability parameters without the window: the window comes from {@link AvailabilityWindow}. */
export type AvailabilitySearch = Omit<AvailabilityParams, 'from' | 'to'>

const DAY_MS = 86_400_000
// Civil days run from UTC−12 to UTC+14. Fetching a window padded by those
// offsets covers the window's days in every zone on earth, so the fetch does
// not depend on the display zone and switching zones never refetches.
const EARLIEST_OFFSET_MS = 14 * 3_600_000
const LATEST_OFFSET_MS = 12 * 3_600_000

/** The day keys of a window, in order. */
export function windowDayKeys(window: AvailabilityWindow): string[] {
  const count = window.days ?? 7
  return Array.from({ length: count }, (_, i) => shiftDayKey(window.start, i))
}

/**
 * The request for a window: `from`/`to` cover the window's days in any zone.
 * The result depends only on the window, never on the display zone.
 */
export function windowToParams(search: AvailabilitySearch, window: AvailabilityWindow): AvailabilityParams {
  const startMs = Date.parse(dayRange(window.start, 'UTC').start)
  const endMs = startMs + (window.days ?? 7) * DAY_MS
  return {
    ...search,
    from: new Date(startMs - EARLIEST_OFFSET_MS).toISOString(),
    to: new Date(endMs + LATEST_OFFSET_MS).toISOString(),
  }
}

/** The window `count` windows later (negative: earlier). */
export function shiftWindow(window: AvailabilityWindow, count: number): Required<AvailabilityWindow> {
  const days = window.days ?? 7
  return { start: shiftDayKey(window.start, days * count), days }
}
