import type { Slot } from '../../client/index.js'

/**
 * `compute` remembered per slot object. Slots are read-only query data, so a
 * slot's answer stays right for as long as the returned function lives; make
 * a new one (in a `useMemo`) when what `compute` reads changes.
 */
export function cachePerSlot<T>(compute: (slot: Slot) => T): (slot: Slot) => T {
  const cache = new WeakMap<Slot, T>()
  return (slot) => {
    let found = cache.get(slot)
    if (found === undefined) {
      found = compute(slot)
      cache.set(slot, found)
    }
    return found
  }
}
