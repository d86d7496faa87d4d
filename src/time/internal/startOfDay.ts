import { MS_PER_DAY } from './civil.js'
import { resolveLocal } from './resolveLocal.js'
import type { Zone } from './zone.js'

// The first instant whose wall date is the given day. Midnight itself may be skipped
// (Santiago, Asunción and Havana change clocks at 00:00), in which case the day starts at
// the end of the gap: exactly what 'compatible' yields. When midnight repeats, the day
// starts at the first occurrence.
export function startOfDay(zone: Zone, days: number): number {
  return resolveLocal(zone, days * MS_PER_DAY, 'compatible') as number
}
