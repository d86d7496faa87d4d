export { BookingKitProvider, type BookingKitProviderProps } from './BookingKitProvider'
export { useBookingKit, type BookingKitContextValue } from './BookingKitContext'
export { bookingKeys } from './keys'
export {
  shiftDayKey,
  shiftWindow,
  windowDayKeys,
  windowToParams,
  type AvailabilitySearch,
  type AvailabilityWindow,
} from './availabilityWindow'
export {
  availabilityQueryOptions,
  availableDatesQueryOptions,
  prefetchAvailability,
  type PrefetchAvailabilityParams,
} from './availabilityQueries'
export {
  resourceQueryOptions,
  resourcesQueryOptions,
  createResourceMutationOptions,
  updateResourceMutationOptions,
  deleteResourceMutationOptions,
} from './resourceQueries'
export { bookingQueryOptions, bookingsQueryOptions } from './bookingQueries'
export {
  bookingActionMutationOptions,
  createBookingMutationOptions,
  rescheduleBookingMutationOptions,
  type BookingActionVariables,
  type RescheduleVariables,
} from './bookingMutations'
export { nearestSlots, withoutTakenSlot, type TakenSlot } from './slotUpdates'
export { useResource, useResources, type UseResourcesOptions } from './useResources'
export { useCreateResource, useDeleteResource, useUpdateResource } from './useResourceMutations'
export {
  useAvailability,
  type AvailabilityDay,
  type UseAvailabilityOptions,
  type UseAvailabilityResult,
} from './useAvailability'
export { useAvailableDates, type UseAvailableDatesOptions } from './useAvailableDates'
export { useBooking, useBookings, type UseBookingsOptions } from './useBookings'
export { useBookingAction, useCreateBooking, useRescheduleBooking } from './useBookingMutations'
export type { SingleFlightMutationResult } from './internal/useSingleFlightMutation'
