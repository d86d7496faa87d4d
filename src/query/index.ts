export { BookingKitProvider, type BookingKitProviderProps } from './BookingKitProvider.js'
export { useBookingKit, type BookingKitContextValue } from './BookingKitContext.js'
export { bookingKeys } from './keys.js'
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
export { useResource, useResources, type UseResourcesOptions } from './useResources.js'
export { useCreateResource, useDeleteResource, useUpdateResource } from './useResourceMutations.js'
export {
  useAvailability,
  type AvailabilityDay,
  type UseAvailabilityOptions,
  type UseAvailabilityResult,
} from './useAvailability.js'
export { useAvailableDates, type UseAvailableDatesOptions } from './useAvailableDates.js'
export { useBooking, useBookings, type UseBookingsOptions } from './useBookings.js'
export { useBookingAction, useCreateBooking, useRescheduleBooking } from './useBookingMutations.js'
export type { SingleFlightMutationResult } from './internal/useSingleFlightMutation.js'
