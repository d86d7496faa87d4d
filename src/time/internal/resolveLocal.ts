import type { Disambiguation } from '../types.js'
import { MS_PER_DAY } from './civil.js'
import type { Zone } from './zone.js'

/**
 * The instant at which a zone's clock shows `local` (wall-clock ms as if UTC), or
 * `'ambiguous'` / `'nonexistent'` when `reject` is asked for and it shows it twice or never.
 */
export function resolveLocal(zone: Zone, local: number, disambiguation: Disambiguation): number | 'ambiguous' | 'nonexistent' {
  // The same construction as Temporal's GetPossibleEpochNanoseconds: no zone changes offset
  // twice within two days, so the offsets a day either side are the only candidates, and
  // each is one when the zone really has that offset at the instant it gives.
  const before = zone.offsetAt(local - MS_PER_DAY)
  const after = zone.offsetAt(local + MS_PER_DAY)
  const instants = (before === after ? [before] : [before, after])
    .map((offset) => local - offset)
    .filter((t) => zone.offsetAt(t) === local - t)
    .sort((a, b) => a - b)
  if (instants.length === 1) return instants[0]!
  if (instants.length === 2) {
    if (disambiguation === 'reject') return 'ambiguous'
    return instants[disambiguation === 'later' ? 1 : 0]!
  }
  if (disambiguation === 'reject') return 'nonexistent'
  // In a gap, reading the wall time with the offset from before the change lands after the
  // gap (shifted forward by its length, what people expect when clocks spring forward);
  // reading it with the offset from after lands before the gap.
  return local - (disambiguation === 'earlier' ? after : before)
}
