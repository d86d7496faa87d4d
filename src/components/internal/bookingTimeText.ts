import { formatSlotRange } from '../../time/formatSlotRange.js'
import { instantToZonedWallTime } from '../../time/instantToZonedWallTime.js'
import { getDateTimeFormat } from '../../time/internal/formatterCache.js'
import type { HourCycle, InstantRange } from '../../time/types.js'
import { formatFullDay, sameInEveryEngine } from './formatDays.js'

/** A booking's (or a slot's) time, formatted in the customer's zone and locale. */
export interface BookingTimeText {
  start: string
  end: string
  /** `Tuesday, March 24, 2026` */
  day: string
  /** `10:00 – 11:00 AM` */
  time: string
  /** The zone's long name at the start (`Central European Standard Time`). */
  timeZoneName: string
}

/** Formats a range of instants for reading: always in the given zone, never the host's. */
export function formatBookingTime(
  range: InstantRange,
  options: { timeZone: string; locale: string; hourCycle?: HourCycle | undefined },
): BookingTimeText {
  const { timeZone, locale, hourCycle } = options
  const timeZoneName =
    getDateTimeFormat(locale, { timeZone, timeZoneName: 'long', hour: 'numeric' })
      .formatToParts(Date.parse(range.start))
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  return {
    start: range.start,
    end: range.end,
    day: formatFullDay(instantToZonedWallTime(range.start, timeZone).dayKey, locale),
    // Plain spaces around the dash, as every range text: the server's ICU and the browser's must agree for hydration.
    time: sameInEveryEngine(formatSlotRange(range, { timeZone, locale, ...(hourCycle && { hourCycle }) })),
    timeZoneName,
  }
}
