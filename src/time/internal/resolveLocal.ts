import type { Disambiguation } from '../types.js'
import { MS_PER_DAY } from './civil.js'
import type { Zone } from './zone.js'

/** The instants at which a zone's clock shows `local` (wall-clock ms as if UTC): 0, 1 or 2. */
export interface LocalCandidates {
  instants: number[]
  /** Offsets one day either side, which bound the change when there is a gap. */
  before: number
  after: number
}

// The same construction as Temporal's GetPossibleEpochNanoseconds: no zone changes offset
// twice within two days, so the offsets a day either side are the only candidates.
export function localCandidates(zone: Zone, local: number): LocalCandidates {
  const before = zone.offsetAt(local - MS_PER_DAY)
  const after = zone.offsetAt(local + MS_PER_DAY)
  const instants: number[] = []
  for (const offset of before === after ? [before] : [before, after]) {
    const t = local - offset
    if (zone.offsetAt(t) === offset) instants.push(t)
  }
  instants.sort((a, b) => a - b)
  return { instants, before, after }
}

/** The chosen instant, or `'ambiguous'` / `'nonexistent'` when `reject` is asked for. */
export function resolveLocal(zone: Zone, local: number, disambiguation: Disambiguation): number | 'ambiguous' | 'nonexistent' {
  const { instants, before, after } = localCandidates(zone, local)
  if (instants.length === 1) return instants[0]!
  if (instants.length === 2) {
    if (disambiguation === 'reject') return 'ambiguous'
    return disambiguation === 'later' ? instants[1]! : instants[0]!
  }
  if (disambiguation === 'reject') return 'nonexistent'
  // In a gap, reading the wall time with the offset from before the change lands after the
  // gap (shifted forward by its length, what people expect when clocks spring forward);
  // reading it with the offset from after lands before the gap.
  return disambiguation === 'earlier' ? local - after : local - before
}
