import type { MockResource } from '../types.js'
import type { Interval } from './intervals.js'
import { intersectIntervals } from './intervals.js'
import { slotsIn, type SlotSettings } from './slots.js'

export const MODES = ['roundrobin_random', 'roundrobin_prioritized', 'mutual', 'exclusive'] as const
export type AvailabilityMode = (typeof MODES)[number]

export interface ModeSlot {
  start: number
  end: number
  resources: MockResource[]
}

export interface ResourceFreeTime {
  resource: MockResource
  free: Interval[]
}

/**
 * Combines per-resource free time into slots. `perResource` is in the order the request
 * listed the resources, which is the priority order for `roundrobin_prioritized`.
 */
export function combineByMode(
  mode: AvailabilityMode,
  perResource: readonly ResourceFreeTime[],
  settings: SlotSettings,
  random: () => number,
): ModeSlot[] {
  if (perResource.length === 0) return []
  if (mode === 'mutual') {
    const shared = perResource.slice(1).reduce((acc, r) => intersectIntervals(acc, r.free), perResource[0]!.free)
    // The grid follows the first resource's wall clock; the others are free throughout anyway.
    const zone = perResource[0]!.resource.timezone
    const everyone = perResource.map((r) => r.resource)
    return slotsIn(shared, settings, zone).map(([start, end]) => ({ start, end, resources: everyone }))
  }
  const byStart = new Map<number, ModeSlot>()
  for (const { resource, free } of perResource) {
    for (const [start, end] of slotsIn(free, settings, resource.timezone)) {
      const slot = byStart.get(start)
      if (slot) slot.resources.push(resource)
      else byStart.set(start, { start, end, resources: [resource] })
    }
  }
  const slots = [...byStart.values()].sort((a, b) => a.start - b.start)
  if (mode === 'exclusive') return slots
  return slots.map((slot) => {
    const pick =
      mode === 'roundrobin_random'
        ? slot.resources[Math.min(slot.resources.length - 1, Math.floor(random() * slot.resources.length))]!
        : slot.resources[0]!
    return { ...slot, resources: [pick] }
  })
}
