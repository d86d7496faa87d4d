import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import {
  SlotTakenError,
  type ActionMessage,
  type Booking,
  type BookingAction,
  type BookingClient,
  type CreateBookingInput,
  type RescheduleInput,
  type Slot,
} from '../client/index.js'
import { availabilityParamsOfKey, bookingKeys } from './keys.js'
import { withoutTakenSlot, type TakenSlot } from './slotUpdates.js'

/** Per cached window: the data before the write, and the data the write put there. */
type Snapshot = Array<{ key: readonly unknown[]; before: Slot[]; optimistic: Slot[] }>

/** Removes the slot from every cached window at once; returns what to restore. */
async function takeSlotOptimistically(
  client: BookingClient,
  queryClient: QueryClient,
  taken: TakenSlot,
): Promise<{ snapshot: Snapshot }> {
  const windows = { queryKey: bookingKeys.availabilityWindows(client) }
  await queryClient.cancelQueries(windows)
  const snapshot: Snapshot = []
  for (const [key, slots] of queryClient.getQueriesData<Slot[]>(windows)) {
    if (!slots) continue
    // In `mutual` mode a slot needs every resource free, so one booked
    // resource removes the whole slot.
    const mode = availabilityParamsOfKey(client, key)?.mode
    // What the cache stores (after structural sharing), for the identity check in `restore`.
    const optimistic = queryClient.setQueryData<Slot[]>(
      key,
      withoutTakenSlot(slots, taken, { removeWholeSlot: mode === 'mutual' }),
    )
    if (optimistic) snapshot.push({ key, before: slots, optimistic })
  }
  return { snapshot }
}

// Only windows that still hold this write's optimistic data are put back: a
// window refetched meanwhile (or changed by another write) holds newer truth,
// and the old snapshot would resurrect slots booked since.
function restore(queryClient: QueryClient, snapshot: Snapshot | undefined) {
  for (const { key, before, optimistic } of snapshot ?? []) {
    if (queryClient.getQueryData(key) === optimistic) queryClient.setQueryData(key, before)
  }
}

// Not awaited: the write is done when the server says so; the refetch that
// follows must not hold `isPending` (and a confirmation screen) back.
function settle(client: BookingClient, queryClient: QueryClient): void {
  void Promise.all([
    queryClient.invalidateQueries({ queryKey: bookingKeys.availability(client) }),
    queryClient.invalidateQueries({ queryKey: bookingKeys.bookings(client) }),
  ])
}

/**
 * Options shared by every write that takes a slot (create, reschedule): the
 * slot leaves cached availability at once and comes back if the write fails;
 * a 409 rejects with `SlotTakenError` as soon as it arrives (the nearest free
 * slots come from `useSlotAlternatives`, a query of their own); availability
 * and booking lists are invalidated when the write settles.
 */
function slotWriteMutationOptions<TVariables extends TakenSlot>(
  client: BookingClient,
  queryClient: QueryClient,
  mutationKey: readonly unknown[],
  write: (variables: TVariables) => Promise<Booking>,
) {
  return mutationOptions<Booking, Error, TVariables, { snapshot: Snapshot }>({
    mutationKey,
    mutationFn: write,
    onMutate: (variables) => takeSlotOptimistically(client, queryClient, variables),
    onError: (error, _variables, context) => {
      // A 409 says the slot is taken: leaving it out is the truth, and the
      // refetch in `onSettled` confirms it. Any other failure puts it back.
      if (!(error instanceof SlotTakenError)) restore(queryClient, context?.snapshot)
    },
    onSettled: () => settle(client, queryClient),
  })
}

/** `POST /bookings` as mutation options, with optimistic removal of the slot; a 409 rejects at once. */
export function createBookingMutationOptions(client: BookingClient, queryClient: QueryClient) {
  return slotWriteMutationOptions(client, queryClient, bookingKeys.createBooking(client), (input: CreateBookingInput) =>
    client.bookings.create(input),
  )
}

/** Variables of a reschedule: the booking's id and its new slot. */
export interface RescheduleVariables extends RescheduleInput {
  id: string
}

/** `POST /bookings/:id/reschedule` as mutation options, with the same optimistic and 409 handling as a create. */
export function rescheduleBookingMutationOptions(client: BookingClient, queryClient: QueryClient) {
  return slotWriteMutationOptions(client, queryClient, bookingKeys.rescheduleBooking(client), ({ id, ...input }: RescheduleVariables) =>
    client.bookings.reschedule(id, input),
  )
}

/** Variables of a state-machine action: `{ id, action: 'cancel', message: 'Sorry' }`. */
export interface BookingActionVariables extends ActionMessage {
  id: string
  action: BookingAction
}

/** `PUT /bookings/:id/:action` as mutation options; a cancel frees the slot, so availability is invalidated. */
export function bookingActionMutationOptions(client: BookingClient, queryClient: QueryClient) {
  return mutationOptions<Booking, Error, BookingActionVariables>({
    mutationKey: bookingKeys.bookingAction(client),
    mutationFn: ({ id, action, message }) =>
      client.bookings.act(id, action, message === undefined ? {} : { [action]: { message } }),
    onSuccess: (booking) => {
      queryClient.setQueriesData<Booking>({ queryKey: bookingKeys.bookingDetails(client, booking.id) }, (old) =>
        old ? { ...old, ...booking } : old,
      )
    },
    onSettled: () => settle(client, queryClient),
  })
}
