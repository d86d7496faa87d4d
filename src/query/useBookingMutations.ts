'use client'
import type { Booking, CreateBookingInput } from '../client/index.js'
import { useBookingKit } from './BookingKitContext.js'
import {
  bookingActionMutationOptions,
  createBookingMutationOptions,
  rescheduleBookingMutationOptions,
  type BookingActionVariables,
  type RescheduleVariables,
} from './bookingMutations.js'
import type { HookMutationOptions } from './internal/hookOptions.js'
import { useSingleFlightMutation, type SingleFlightMutationResult } from './internal/useSingleFlightMutation.js'

/** Mutation options of {@link useCreateBooking} (`onSuccess`, `onError`, `onSettled`, `meta`, …). */
export type UseCreateBookingOptions = HookMutationOptions<Booking, CreateBookingInput>
/** What {@link useCreateBooking} returns; after `isSuccess`, `data` is the `Booking`. */
export type UseCreateBookingResult = SingleFlightMutationResult<Booking, CreateBookingInput>

/**
 * Books a slot: `mutate({ resource_id, start, end, customer })`. A second
 * submit while one is in flight sends nothing. The slot leaves availability
 * at once; a 409 gives `error instanceof SlotTakenError` as soon as it
 * arrives, and `useSlotAlternatives(booking.variables)` the nearest free slots.
 */
export function useCreateBooking(options?: UseCreateBookingOptions): UseCreateBookingResult {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => createBookingMutationOptions(client, queryClient), options)
}

/** Mutation options of {@link useBookingAction}. */
export type UseBookingActionOptions = HookMutationOptions<Booking, BookingActionVariables>
/** What {@link useBookingAction} returns. */
export type UseBookingActionResult = SingleFlightMutationResult<Booking, BookingActionVariables>

/** Moves a booking through its state machine: `mutate({ id, action: 'cancel', message })`. */
export function useBookingAction(options?: UseBookingActionOptions): UseBookingActionResult {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => bookingActionMutationOptions(client, queryClient), options)
}

/** Mutation options of {@link useRescheduleBooking}. */
export type UseRescheduleBookingOptions = HookMutationOptions<Booking, RescheduleVariables>
/** What {@link useRescheduleBooking} returns. */
export type UseRescheduleBookingResult = SingleFlightMutationResult<Booking, RescheduleVariables>

/** Moves a booking to a new slot: `mutate({ id, start, end, resource_id, message })`; a 409 as for a create. */
export function useRescheduleBooking(options?: UseRescheduleBookingOptions): UseRescheduleBookingResult {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => rescheduleBookingMutationOptions(client, queryClient), options)
}
