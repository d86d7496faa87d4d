import { parseInstant } from './internal/parseInstant.js'
import { getSlotFormatter } from './internal/slotFormatter.js'
import type { SlotFormatOptions, SlotStart } from './types.js'

/**
 * The start time of a slot as the customer reads it (`1:30 PM`, `13:30`), in `timeZone`,
 * with the locale's hour cycle unless `hourCycle` forces one. Identical to
 * `new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit', hourCycle }).format(start)`,
 * but cached per distinct time of day, so labelling thousands of slots stays cheap.
 *
 * @throws {InvalidTimeZoneError} for an unknown zone
 * @throws {InvalidDateTimeError} when `slot.start` is not an RFC 3339 instant
 */
export function formatSlotTime(slot: SlotStart, options: SlotFormatOptions): string {
  return getSlotFormatter(options).time(parseInstant(slot.start))
}
