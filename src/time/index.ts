// react-booking-kit/time: pure time zone functions, no React. Instants are ISO strings in
// and out; every function takes the zone explicitly.
export { canonicalTimeZone } from './canonicalTimeZone'
export { dayRange } from './dayRange'
export { detectTimeZone } from './detectTimeZone'
export {
  AmbiguousWallTimeError,
  InvalidDateTimeError,
  InvalidTimeZoneError,
  NonexistentWallTimeError,
  WallTimeError,
} from './errors'
export type { WallTimeErrorReason } from './errors'
export { formatSlotLabel } from './formatSlotLabel'
export { formatSlotRange } from './formatSlotRange'
export { formatSlotTime } from './formatSlotTime'
export { groupSlotsByDay } from './groupSlotsByDay'
export type { SlotDay } from './groupSlotsByDay'
export { instantToZonedWallTime } from './instantToZonedWallTime'
export type { ZonedWallTime } from './instantToZonedWallTime'
export { isValidTimeZone } from './isValidTimeZone'
export { listTimeZones } from './listTimeZones'
export type { ListTimeZonesOptions, TimeZoneInfo } from './listTimeZones'
export { offsetChanges } from './offsetChanges'
export type { OffsetChange } from './offsetChanges'
export { searchTimeZones } from './searchTimeZones'
export type { SearchTimeZonesOptions } from './searchTimeZones'
export type { Disambiguation, HourCycle, InstantRange, SlotFormatOptions, SlotInterval, SlotStart } from './types'
export { weekRange } from './weekRange'
export type { WeekRangeOptions } from './weekRange'
export { zonedWallTimeToInstant } from './zonedWallTimeToInstant'
