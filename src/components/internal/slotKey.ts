import type { Slot } from '../../client/index.js'

/** What identifies a selected slot: start, end and resources. */
export type SlotSelection = Pick<Slot, 'start' | 'end'> & { resources?: Slot['resources'] }

/**
 * The identity of a slot: its start and end as instants (so `+01:00` and `Z`
 * spellings of one instant agree) and its resources, order ignored. The same
 * slot from another fetch, another window or under another display zone has
 * the same key.
 */
export function slotKey(slot: SlotSelection): string {
  let key = keys.get(slot)
  if (key === undefined) {
    const ids = (slot.resources ?? []).map((r) => r.id).sort()
    key = `${Date.parse(slot.start)}|${Date.parse(slot.end)}|${ids.join(',')}`
    keys.set(slot, key)
  }
  return key
}

// Keys by slot object: the picker asks for one slot's key in several places per
// render, and parsing two instants each time was its costliest step. Slots are
// read-only data (query results, or a value the caller passes), so an object's
// key never changes.
const keys = new WeakMap<SlotSelection, string>()
