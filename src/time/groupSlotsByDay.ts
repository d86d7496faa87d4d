import { formatDayKey, MS_PER_DAY } from './internal/civil.js'
import { parseInstant } from './internal/parseInstant.js'
import { getZone } from './internal/zone.js'
import type { SlotStart } from './types.js'

/** One calendar day of slots in the customer's zone. */
export interface SlotDay<TSlot extends SlotStart = SlotStart> {
  /** The day in the customer's zone, `yyyy-MM-dd`; use it as key and `data-day`. */
  dayKey: string
  /** The slots that start on this day, by start instant. The objects are the caller's own. */
  slots: TSlot[]
}

/**
 * Groups slots by the calendar day, in `timeZone`, on which each one starts. Days come out
 * in order, slots within a day by start instant; every slot appears exactly once, even on
 * 23- and 25-hour days and in zones whose clocks change at midnight. Only `start` is read,
 * so the caller's slot type flows through unchanged.
 *
 * @throws {InvalidTimeZoneError} for an unknown zone
 * @throws {InvalidDateTimeError} when a slot's `start` is not an RFC 3339 instant
 */
export function groupSlotsByDay<TSlot extends SlotStart>(slots: readonly TSlot[], timeZone: string): SlotDay<TSlot>[] {
  const zone = getZone(timeZone)
  const count = slots.length
  const instants = new Float64Array(count)
  let sorted = true
  for (let i = 0; i < count; i++) {
    instants[i] = parseInstant(slots[i]!.start)
    if (i > 0 && instants[i]! < instants[i - 1]!) sorted = false
  }
  let order: number[] | undefined
  if (!sorted) {
    order = Array.from({ length: count }, (_, i) => i)
    order.sort((a, b) => instants[a]! - instants[b]! || a - b)
  }

  // Days are keyed by their number rather than contiguity: when clocks go back across
  // midnight, a later instant can fall on the earlier day.
  const byDay = new Map<number, SlotDay<TSlot>>()
  let currentDay = NaN
  let current: SlotDay<TSlot> | undefined
  let monotonic = true
  for (let k = 0; k < count; k++) {
    const i = order ? order[k]! : k
    const t = instants[i]!
    const day = Math.floor((t + zone.offsetAt(t)) / MS_PER_DAY)
    if (day !== currentDay) {
      if (day < currentDay) monotonic = false
      current = byDay.get(day)
      if (!current) {
        current = { dayKey: formatDayKey(day), slots: [] }
        byDay.set(day, current)
      }
      currentDay = day
    }
    current!.slots.push(slots[i]!)
  }
  if (monotonic) return [...byDay.values()]
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map((entry) => entry[1])
}
