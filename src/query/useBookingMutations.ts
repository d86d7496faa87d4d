'use client'
import { useBookingKit } from './BookingKitContext.js'
import {
  bookingActionMutationOptions,
  createBookingMutationOptions,
  rescheduleBookingMutationOptions,
} from './bookingMutations.js'
import { useSingleFlightMutation } from './internal/useSingleFlightMutation.js'

/**
 * Books a slot: `mutate({ resource_id, start, end, customer })`. A second
 * submit while one is in flight sends nothing. The slot leaves availability at
 * once; a 409 gives `error instanceof SlotTakenError` with `alternatives`.
 */
export function useCreateBooking() {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => createBookingMutationOptions(client, queryClient))
}

/** Moves a booking through its state machine: `mutate({ id, action: 'cancel', message })`. */
export function useBookingAction() {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => bookingActionMutationOptions(client, queryClient))
}

/** Moves a booking to a new slot: `mutate({ id, start, end, resource_id, message })`. */
export function useRescheduleBooking() {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => rescheduleBookingMutationOptions(client, queryClient))
}
