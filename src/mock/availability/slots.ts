import type { MockBookingRecord, MockResource } from '../types.js'
import { ceilToLocalGrid, HOUR } from '../time.js'
import { constraintIntervals, dayKeysCovering, type ParsedConstraint } from './constraints.js'
import { intersectIntervals, mergeIntervals, subtractIntervals, type Interval } from './intervals.js'

/** States in which a booking holds its time (and so blocks availability and new bookings). */
export const HOLDING_STATES: ReadonlySet<string> = new Set(['tentative', 'confirmed'])

export interface SlotSettings {
  from: number
  to: number
  /** Slots never start before this instant. */
  now: number
  length: number
  increment: number
  buffer: number
  roundToNearestHour: boolean
  /** Project and request constraints; the resource's own are added per resource. */
  constraints: readonly ParsedConstraint[]
}

/** Time held by a resource's live bookings, widened by `buffer` on both sides. */
export function bookedIntervals(
  resourceId: string,
  bookings: Iterable<MockBookingRecord>,
  buffer: number,
  excludeId?: string,
): Interval[] {
  const out: Interval[] = []
  for (const b of bookings) {
    if (b.resource_id !== resourceId || b.id === excludeId || !HOLDING_STATES.has(b.state)) continue
    out.push([Date.parse(b.start) - buffer, Date.parse(b.end) + buffer])
  }
  return out
}

/**
 * Free time of one resource inside the window: allowed by its constraints (evaluated on
 * the resource's own wall clock), not blocked, and not held by a booking plus buffer.
 * Any `allow_*` constraint turns the default from "everything allowed" to "only what some
 * allow_* covers"; several allow_* constraints add up (union), blocks are then cut out.
 */
export function freeIntervals(
  resource: MockResource,
  resourceConstraints: readonly ParsedConstraint[],
  settings: SlotSettings,
  bookings: Iterable<MockBookingRecord>,
): Interval[] {
  const zone = resource.timezone
  const lower = Math.max(settings.from, settings.now)
  if (lower >= settings.to) return []
  const keys = dayKeysCovering(lower, settings.to, zone)
  const all = [...resourceConstraints, ...settings.constraints]
  const allows = all.filter((c) => c.effect === 'allow')
  const window: Interval[] = [[lower, settings.to]]
  const allowed = allows.length
    ? intersectIntervals(
        mergeIntervals(allows.flatMap((c) => constraintIntervals(c, zone, keys))),
        window,
      )
    : window
  const blocked = all.filter((c) => c.effect === 'block').flatMap((c) => constraintIntervals(c, zone, keys))
  blocked.push(...bookedIntervals(resource.id, bookings, settings.buffer))
  return subtractIntervals(allowed, blocked)
}

/**
 * Slots of `length` inside free stretches. Starts sit on a grid of `increment` anchored at
 * local midnight in `zone` (so 1-hour slots in Asia/Kolkata start at :00 local, not :30
 * as a UTC grid would give). With `roundToNearestHour` the first start of each stretch is
 * moved up to a whole local hour, and later starts follow every `increment` from there.
 */
export function slotsIn(free: readonly Interval[], settings: SlotSettings, zone: string): Interval[] {
  const { length, increment } = settings
  const out: Interval[] = []
  for (const [a, b] of free) {
    let start = settings.roundToNearestHour ? ceilToLocalGrid(a, HOUR, zone) : ceilToLocalGrid(a, increment, zone)
    for (; start + length <= b; start += increment) out.push([start, start + length])
  }
  return out
}
