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
  /**
   * Project and request constraints, one list per source; the resource's own list is added
   * per resource.
   */
  constraints: readonly (readonly ParsedConstraint[])[]
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
 * An allow_* blocks everything it does not allow, so allow_* constraints intersect: across
 * sources (the resource's working hours and the project's opening hours must both allow a
 * slot) and across kinds (allow_weekdays with allow_hours 9–17 is Monday–Friday 9–17).
 * Only allow_* of the same kind in the same source add up (union), so a weekly schedule can
 * be one allow_day_and_time per day, or several allow_period. Blocks are then cut out.
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
  const sources = [resourceConstraints, ...settings.constraints]
  let allowed: Interval[] = [[lower, settings.to]]
  for (const source of sources) {
    const byKind = new Map<string, ParsedConstraint[]>()
    for (const c of source) if (c.effect === 'allow') byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c])
    for (const allows of byKind.values()) {
      allowed = intersectIntervals(allowed, mergeIntervals(allows.flatMap((c) => constraintIntervals(c, zone, keys))))
    }
  }
  const all = sources.flat()
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
