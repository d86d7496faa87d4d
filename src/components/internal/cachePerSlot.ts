import type { Slot } from '../../client/index.js'
import { instantToZonedWallTime } from '../../time/instantToZonedWallTime.js'

/**
 * `compute` remembered per slot object. Slots are read-only query data, so a
 * slot's answer stays right for as long as the returned function lives; make
 * a new one (in a `useMemo`) when what `compute` reads changes.
 *
 * With a `scope`, a string naming all that `compute` reads besides the slot,
 * the answers are shared by every picker on the page: one mounted again over
 * the same answer (back from the form, a window seen before) formats nothing.
 */
export function cachePerSlot<T>(compute: (slot: Slot) => T, scope?: string): (slot: Slot) => T {
  let cache = shared.get(scope) as WeakMap<Slot, T> | undefined
  if (!cache) {
    cache = new WeakMap()
    // Scopes are few (zone × locale × window); the bound only guards a page that tries hundreds of zones.
    if (scope !== undefined) {
      if (shared.size > 63) shared.clear()
      shared.set(scope, cache)
    }
  }
  return (slot) => {
    let found = cache.get(slot)
    if (found === undefined) {
      found = compute(slot)
      cache.set(slot, found)
    }
    return found
  }
}

const shared = new Map<string | undefined, WeakMap<Slot, unknown>>()

/** The customer's day (`yyyy-MM-dd`) each slot starts on in `timeZone`, shared by the picker's hooks. */
export const slotDayKeys = (timeZone: string) => cachePerSlot((slot) => instantToZonedWallTime(slot.start, timeZone).dayKey, `day|${timeZone}`)
