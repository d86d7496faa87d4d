// react-booking-kit/time: pure time zone functions, no React. Instants are ISO strings in
// and out; every function takes the zone explicitly.
export { canonicalTimeZone } from './canonicalTimeZone.js'
export { dayRange } from './dayRange.js'
export { detectTimeZone } from './detectTimeZone.js'
export {
  AmbiguousWallTimeError,
  InvalidDateTimeError,
  InvalidTimeZoneError,
  NonexistentWallTimeError,
  WallTimeError,
} from './errors.js'
export type { WallTimeErrorReason } from './errors.js'
export { formatSlotLabel } from './formatSlotLabel.js'
export { formatSlotRange } from './formatSlotRange.js'
export { formatSlotTime } from './formatSlotTime.js'
export { groupSlotsByDay } from './groupSlotsByDay.js'
export type { SlotDay } from './groupSlotsByDay.js'
export { instantToZonedWallTime } from './instantToZonedWallTime.js'
export type { ZonedWallTime } from './instantToZonedWallTime.js'
export { isValidTimeZone } from './isValidTimeZone.js'
export { listTimeZones } from './listTimeZones.js'
export type { ListTimeZonesOptions, TimeZoneInfo } from './listTimeZones.js'
export { offsetChanges } from './offsetChanges.js'
export type { OffsetChange } from './offsetChanges.js'
export { searchTimeZones } from './searchTimeZones.js'
export { shiftDayKey } from './shiftDayKey.js'
export type { SearchTimeZonesOptions } from './searchTimeZones.js'
export type { Disambiguation, HourCycle, InstantRange, SlotFormatOptions, SlotInterval, SlotStart } from './types.js'
export { weekRange } from './weekRange.js'
export type { WeekRangeOptions } from './weekRange.js'
export { zonedWallTimeToInstant } from './zonedWallTimeToInstant.js'
