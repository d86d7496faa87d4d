import { parseInstant } from './internal/parseInstant.js'
import { getSlotFormatter } from './internal/slotFormatter.js'
import type { SlotFormatOptions, SlotStart } from './types.js'

/**
 * The start time of a slot as the customer reads it (`1:30 PM`, `09:30`), in `timeZone`,
 * in the locale's own short time pattern unless `hourCycle` forces 12 or 24 hours.
 * Identical to `new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(start)`
 * (with a forced cycle: `{ timeZone, hour: 'numeric', minute: '2-digit', hourCycle }`),
 * but cached per distinct time of day, so labelling thousands of slots stays cheap.
 *
 * @throws {InvalidTimeZoneError} for an unknown zone
 * @throws {InvalidDateTimeError} when `slot.start` is not an RFC 3339 instant
 */
export function formatSlotTime(slot: SlotStart, options: SlotFormatOptions): string {
  return getSlotFormatter(options).time(parseInstant(slot.start))
}
