import { parseInstant } from './internal/parseInstant.js'
import { getSlotFormatter } from './internal/slotFormatter.js'
import type { SlotFormatOptions, SlotInterval } from './types.js'

/**
 * A slot's start and end as one range (`1:30 – 2:00 PM`, `13:30–14:00`), in `timeZone`,
 * with the locale's range pattern. Identical to
 * `new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).formatRange(start, end)`
 * (with a forced `hourCycle`: `{ timeZone, hour: 'numeric', minute: '2-digit', hourCycle }`):
 * a slot that crosses midnight shows both dates, as Intl does.
 *
 * @throws {InvalidTimeZoneError} for an unknown zone
 * @throws {InvalidDateTimeError} when `start` or `end` is not an RFC 3339 instant
 */
export function formatSlotRange(slot: SlotInterval, options: SlotFormatOptions): string {
  return getSlotFormatter(options).range(parseInstant(slot.start), parseInstant(slot.end))
}
