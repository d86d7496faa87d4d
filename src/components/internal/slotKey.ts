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
  const ids = (slot.resources ?? []).map((r) => r.id).sort()
  return `${Date.parse(slot.start)}|${Date.parse(slot.end)}|${ids.join(',')}`
}
