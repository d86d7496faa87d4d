import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { AvailabilityParams, BookingClient } from '../client/index.js'
import { windowToParams, type AvailabilitySearch, type AvailabilityWindow } from './availabilityWindow.js'
import { bookingKeys } from './keys.js'

// A window fetched ahead (the prefetched next window, a server render) must
// count as fresh when it is shown, or showing it sends the same request again:
// with React Query's default `staleTime: 0` every `next()` and every hydration
// refetched at once. Writes invalidate availability explicitly, and a 409
// refetches the shown windows, so a short freshness costs no correctness.
const AVAILABILITY_STALE_TIME_MS = 30_000

/** `POST /availability` as query options: the slots of one window, fresh for 30 s. */
export function availabilityQueryOptions(client: BookingClient, params: AvailabilityParams) {
  return queryOptions({
    queryKey: bookingKeys.availabilitySlots(client, params),
    queryFn: ({ signal }) => client.availability.query(params, { signal }),
    staleTime: AVAILABILITY_STALE_TIME_MS,
  })
}

/** `POST /availability/dates` as query options: the days that have a free slot. */
export function availableDatesQueryOptions(client: BookingClient, params: AvailabilityParams) {
  return queryOptions({
    queryKey: bookingKeys.availableDates(client, params),
    queryFn: ({ signal }) => client.availability.dates(params, { signal }),
  })
}

/** Parameters of {@link prefetchAvailability}: the search plus the window `useAvailability` will show. */
export interface PrefetchAvailabilityParams extends AvailabilitySearch {
  window: AvailabilityWindow
}

/**
 * Server rendering: fills `queryClient` with the window `useAvailability`
 * will ask for (same key), so a dehydrated page hydrates with no request.
 * Pass the same `window.start` to `useAvailability` and a fixed `timeZone` to
 * the provider so server and browser render the same labels.
 */
export function prefetchAvailability(
  queryClient: QueryClient,
  client: BookingClient,
  { window, ...search }: PrefetchAvailabilityParams,
): Promise<void> {
  return queryClient.prefetchQuery(availabilityQueryOptions(client, windowToParams(search, window)))
}
