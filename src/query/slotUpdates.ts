import type { Slot } from '../client/index.js'

// `Date.parse` reads no `this`; one short name for the dozen instants compared below.
const ms = Date.parse

/** The slot a write takes: its instants and the resource booked. */
export interface TakenSlot {
  start: string
  end: string
  resource_id: string
}

const overlaps = (slot: Pick<Slot, 'start' | 'end'>, taken: Pick<TakenSlot, 'start' | 'end'>) =>
  ms(slot.start) < ms(taken.end) && ms(taken.start) < ms(slot.end)

/**
 * Availability as it will be once `taken` is booked: the booked resource
 * leaves every slot that overlaps it, and a slot with nobody left goes.
 * Slots that name no resources are removed when they overlap, and so is every
 * overlapping slot with `removeWholeSlot` (mutual mode: all must be free).
 */
export function withoutTakenSlot(
  slots: readonly Slot[],
  taken: TakenSlot,
  options: { removeWholeSlot?: boolean } = {},
): Slot[] {
  const out: Slot[] = []
  for (const slot of slots) {
    if (!overlaps(slot, taken)) {
      out.push(slot)
      continue
    }
    if (options.removeWholeSlot) continue
    const left = slot.resources.filter((resource) => resource.id !== taken.resource_id)
    if (slot.resources.length > 0 && left.length > 0) out.push({ ...slot, resources: left })
  }
  return out
}

/**
 * The free slots nearest to a taken one, of the same length, preferring the
 * same resource: what a page offers instead of a dead end after a 409.
 */
export function nearestSlots(candidates: readonly Slot[], taken: TakenSlot, count = 3): Slot[] {
  const length = ms(taken.end) - ms(taken.start)
  const target = ms(taken.start)
  const seen = new Set<string>()
  const sameLength = candidates.filter((slot) => {
    const key = `${ms(slot.start)}/${ms(slot.end)}/${slot.resources.map((r) => r.id).join(',')}`
    if (seen.has(key)) return false
    seen.add(key)
    return ms(slot.end) - ms(slot.start) === length && !overlaps(slot, taken)
  })
  const sameResource = sameLength.filter((slot) => slot.resources.some((r) => r.id === taken.resource_id))
  const pool = sameResource.length > 0 ? sameResource : sameLength
  return [...pool]
    .sort(
      (a, b) =>
        Math.abs(ms(a.start) - target) - Math.abs(ms(b.start) - target) ||
        ms(a.start) - ms(b.start),
    )
    .slice(0, count)
}
