export { BookingKitProvider, type BookingKitProviderProps } from './BookingKitProvider.js'
export { useBookingKit, type BookingKitContextValue } from './BookingKitContext.js'
export { availabilityParamsOfKey, bookingKeys } from './keys.js'
export { useNow } from './useNow.js'
export { useToday } from './useToday.js'
export { TIME_ZONE_COOKIE, timeZoneFromRequest, type TimeZoneHintSource } from './serverHints.js'
export {
  useAvailabilityWindow,
  type AvailabilityWindowState,
  type UseAvailabilityWindowOptions,
} from './useAvailabilityWindow.js'
export { shiftDayKey } from '../time/shiftDayKey.js'
export {
  shiftWindow,
  windowDayKeys,
  windowToParams,
  type AvailabilitySearch,
  type AvailabilityWindow,
} from './availabilityWindow.js'
export {
  availabilityQueryOptions,
  availableDatesQueryOptions,
  prefetchAvailability,
  type PrefetchAvailabilityParams,
} from './availabilityQueries.js'
export {
  resourceQueryOptions,
  resourcesQueryOptions,
  createResourceMutationOptions,
  updateResourceMutationOptions,
  deleteResourceMutationOptions,
} from './resourceQueries.js'
export { bookingQueryOptions, bookingsQueryOptions } from './bookingQueries.js'
export {
  bookingActionMutationOptions,
  createBookingMutationOptions,
  rescheduleBookingMutationOptions,
  type BookingActionVariables,
  type RescheduleVariables,
} from './bookingMutations.js'
export { nearestSlots, withoutTakenSlot, type TakenSlot } from './slotUpdates.js'
export { slotAlternativesQueryOptions, type SlotAlternativesParams } from './slotAlternativesQueries.js'
export {
  useResource,
  useResources,
  type UseResourceQueryOptions,
  type UseResourceResult,
  type UseResourcesOptions,
  type UseResourcesQueryOptions,
  type UseResourcesResult,
} from './useResources.js'
export {
  useCreateResource,
  useDeleteResource,
  useUpdateResource,
  type UpdateResourceVariables,
  type UseCreateResourceOptions,
  type UseDeleteResourceOptions,
  type UseUpdateResourceOptions,
} from './useResourceMutations.js'
export {
  useAvailability,
  type AvailabilityDay,
  type UseAvailabilityOptions,
  type UseAvailabilityQueryOptions,
  type UseAvailabilityResult,
} from './useAvailability.js'
export {
  useAvailableDates,
  type UseAvailableDatesOptions,
  type UseAvailableDatesQueryOptions,
  type UseAvailableDatesResult,
} from './useAvailableDates.js'
export {
  useBooking,
  useBookings,
  type UseBookingQueryOptions,
  type UseBookingResult,
  type UseBookingsOptions,
  type UseBookingsQueryOptions,
  type UseBookingsResult,
} from './useBookings.js'
export {
  useBookingAction,
  useCreateBooking,
  useRescheduleBooking,
  type UseBookingActionOptions,
  type UseBookingActionResult,
  type UseCreateBookingOptions,
  type UseCreateBookingResult,
  type UseRescheduleBookingOptions,
  type UseRescheduleBookingResult,
} from './useBookingMutations.js'
export {
  useSlotAlternatives,
  type UseSlotAlternativesOptions,
  type UseSlotAlternativesQueryOptions,
} from './useSlotAlternatives.js'
export type { HookMutationOptions, HookQueryOptions } from './internal/hookOptions.js'
export type { SingleFlightMutationResult } from './internal/useSingleFlightMutation.js'
