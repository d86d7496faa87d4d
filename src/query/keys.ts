import type { QueryKey } from '@tanstack/react-query'
import type { AvailabilityParams, BookingClient, ListParams } from '../client/index.js'
import type { TakenSlot } from './slotUpdates.js'

type ClientRef = Pick<BookingClient, 'baseUrl'>

/**
 * The one query key factory, and the only place keys are spelled. Keys are
 * hierarchical so a write can invalidate a whole family
 * (`bookingKeys.availability(client)`), and the last element holds every
 * input of the query function.
 *
 * The base URL is part of every key: two providers pointing at two backends
 * may share one QueryClient without sharing data. The customer's display
 * zone is never part of a key; changing it re-renders, it does not refetch.
 */
export const bookingKeys = {
  all: (client: ClientRef) => ['react-booking-kit', client.baseUrl] as const,

  resources: (client: ClientRef) => [...bookingKeys.all(client), 'resources'] as const,
  resourceList: (client: ClientRef, params: ListParams = {}) =>
    [...bookingKeys.resources(client), 'list', params] as const,
  resource: (client: ClientRef, id: string) => [...bookingKeys.resources(client), 'detail', id] as const,

  availability: (client: ClientRef) => [...bookingKeys.all(client), 'availability'] as const,
  /** Every cached window of slots (what a slot write updates optimistically). */
  availabilityWindows: (client: ClientRef) => [...bookingKeys.availability(client), 'slots'] as const,
  availabilitySlots: (client: ClientRef, params: AvailabilityParams) =>
    [...bookingKeys.availabilityWindows(client), params] as const,
  availableDates: (client: ClientRef, params: AvailabilityParams) =>
    [...bookingKeys.availability(client), 'dates', params] as const,
  /** The free slots offered instead of a taken one (under availability: writes invalidate them too). */
  slotAlternatives: (client: ClientRef, params: { taken: TakenSlot; request: AvailabilityParams; count: number }) =>
    [...bookingKeys.availability(client), 'alternatives', params] as const,

  bookings: (client: ClientRef) => [...bookingKeys.all(client), 'bookings'] as const,
  bookingList: (client: ClientRef, params: ListParams = {}) =>
    [...bookingKeys.bookings(client), 'list', params] as const,
  /** Every cached copy of one booking, whatever its `include`. */
  bookingDetails: (client: ClientRef, id: string) => [...bookingKeys.bookings(client), 'detail', id] as const,
  booking: (client: ClientRef, id: string, params: { include?: ListParams['include'] } = {}) =>
    [...bookingKeys.bookingDetails(client, id), params] as const,

  /** Mutation keys, for `useIsMutating` / `useMutationState` filters. */
  createResource: (client: ClientRef) => [...bookingKeys.resources(client), 'create'] as const,
  updateResource: (client: ClientRef) => [...bookingKeys.resources(client), 'update'] as const,
  deleteResource: (client: ClientRef) => [...bookingKeys.resources(client), 'delete'] as const,
  createBooking: (client: ClientRef) => [...bookingKeys.bookings(client), 'create'] as const,
  rescheduleBooking: (client: ClientRef) => [...bookingKeys.bookings(client), 'reschedule'] as const,
  bookingAction: (client: ClientRef) => [...bookingKeys.bookings(client), 'action'] as const,
}

/**
 * The request held by a key from `bookingKeys.availabilitySlots`, or
 * `undefined` for any other key: code that walks the cache reads a window's
 * parameters through this, never by position.
 */
export function availabilityParamsOfKey(client: ClientRef, queryKey: QueryKey): AvailabilityParams | undefined {
  const prefix = bookingKeys.availabilityWindows(client)
  if (queryKey.length !== prefix.length + 1) return undefined
  if (!prefix.every((part, i) => queryKey[i] === part)) return undefined
  const params = queryKey[prefix.length]
  return typeof params === 'object' && params !== null ? (params as AvailabilityParams) : undefined
}
