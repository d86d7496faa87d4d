import { parseInstant } from './internal/parseInstant.js'
import { getSlotFormatter } from './internal/slotFormatter.js'
import type { SlotFormatOptions, SlotStart } from './types.js'

/**
 * The full spoken label of a slot's start for `aria-label`: weekday, full date, time and
 * the zone's long name, e.g. `Tuesday, March 3, 2026 at 1:30 PM Central European Standard Time`
 * (en-US) or `Tuesday, 3 March 2026 at 13:30 Central European Standard Time` (en-GB).
 * A visible grid shows only `1:30 PM` under a day heading; a screen reader user moving
 * between cells hears each one alone, so it must carry the day and, around a DST change,
 * the zone name that tells "summer time" from "standard time".
 *
 * Identical to `Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', year: 'numeric',
 * month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'long', hourCycle })`.
 *
 * @throws {InvalidTimeZoneError} for an unknown zone
 * @throws {InvalidDateTimeError} when `slot.start` is not an RFC 3339 instant
 */
export function formatSlotLabel(slot: SlotStart, options: SlotFormatOptions): string {
  return getSlotFormatter(options).label(parseInstant(slot.start))
}
