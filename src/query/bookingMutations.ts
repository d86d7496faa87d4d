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
import { bookingKeys } from './keys.js'
import { nearestSlots, withoutTakenSlot, type TakenSlot } from './slotUpdates.js'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

/** Per cached window: the data before the write, and the data the write put there. */
type Snapshot = Array<{ key: readonly unknown[]; before: Slot[]; optimistic: Slot[] }>

const slotQueries = (client: BookingClient) => ({ queryKey: [...bookingKeys.availability(client), 'slots'] })

/** Removes the slot from every cached window at once; returns what to restore. */
async function takeSlotOptimistically(
  client: BookingClient,
  queryClient: QueryClient,
  taken: TakenSlot,
): Promise<{ snapshot: Snapshot }> {
  await queryClient.cancelQueries(slotQueries(client))
  const snapshot: Snapshot = []
  for (const [key, slots] of queryClient.getQueriesData<Slot[]>(slotQueries(client))) {
    if (!slots) continue
    // The key's last element is the request: in `mutual` mode a slot needs
    // every resource free, so one booked resource removes the whole slot.
    const mode = (key.at(-1) as { mode?: string } | undefined)?.mode
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

/**
 * After a 409 the shown windows are refetched (the taken slot disappears for
 * good) and the error gets the nearest free slots of the same length. When
 * no cached window has candidates, the resource's next week is asked.
 */
async function attachAlternatives(
  error: SlotTakenError,
  client: BookingClient,
  queryClient: QueryClient,
  taken: TakenSlot,
) {
  try {
    await queryClient.refetchQueries({ ...slotQueries(client), type: 'active' })
    let candidates = queryClient.getQueriesData<Slot[]>(slotQueries(client)).flatMap(([, slots]) => slots ?? [])
    let alternatives = nearestSlots(candidates, taken)
    if (alternatives.length === 0) {
      const start = Date.parse(taken.start)
      const minutes = Math.round((Date.parse(taken.end) - start) / 60_000)
      candidates = await client.availability.query({
        mode: 'roundrobin_prioritized',
        resources: [taken.resource_id],
        length: `${minutes} minutes`,
        from: new Date(Math.max(Date.now(), start - DAY_MS)).toISOString(),
        to: new Date(start + 7 * DAY_MS).toISOString(),
      })
      alternatives = nearestSlots(candidates, taken)
    }
    error.alternatives = alternatives
  } catch {
    // Alternatives are a courtesy: failing to find them must not hide the 409.
    error.alternatives = []
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
 * a 409 rejects with `SlotTakenError` carrying `alternatives`; availability
 * and booking lists are invalidated when the write settles.
 */
function slotWriteMutationOptions<TVariables extends TakenSlot>(
  client: BookingClient,
  queryClient: QueryClient,
  name: string,
  write: (variables: TVariables) => Promise<Booking>,
) {
  return mutationOptions<Booking, Error, TVariables, { snapshot: Snapshot }>({
    mutationKey: [...bookingKeys.bookings(client), name],
    mutationFn: async (variables) => {
      try {
        return await write(variables)
      } catch (error) {
        if (error instanceof SlotTakenError) await attachAlternatives(error, client, queryClient, variables)
        throw error
      }
    },
    onMutate: (variables) => takeSlotOptimistically(client, queryClient, variables),
    onError: (error, _variables, context) => {
      // After a 409 the windows were just refetched: the server's truth wins.
      if (!(error instanceof SlotTakenError)) restore(queryClient, context?.snapshot)
    },
    onSettled: () => settle(client, queryClient),
  })
}

/** `POST /bookings` as mutation options, with optimistic removal of the slot and 409 alternatives. */
export function createBookingMutationOptions(client: BookingClient, queryClient: QueryClient) {
  return slotWriteMutationOptions(client, queryClient, 'create', (input: CreateBookingInput) =>
    client.bookings.create(input),
  )
}

/** Variables of a reschedule: the booking's id and its new slot. */
export interface RescheduleVariables extends RescheduleInput {
  id: string
}

/** `POST /bookings/:id/reschedule` as mutation options, with the same optimistic and 409 handling as a create. */
export function rescheduleBookingMutationOptions(client: BookingClient, queryClient: QueryClient) {
  return slotWriteMutationOptions(client, queryClient, 'reschedule', ({ id, ...input }: RescheduleVariables) =>
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
    mutationKey: [...bookingKeys.bookings(client), 'action'],
    mutationFn: ({ id, action, message }) =>
      client.bookings.act(id, action, message === undefined ? {} : { [action]: { message } }),
    onSuccess: (booking) => {
      queryClient.setQueriesData<Booking>({ queryKey: [...bookingKeys.bookings(client), 'detail', booking.id] }, (old) =>
        old ? { ...old, ...booking } : old,
      )
    },
    onSettled: () => settle(client, queryClient),
  })
}
