import { queryOptions } from '@tanstack/react-query'
import type { BookingClient, IncludeParam, ListParams } from '../client/index.js'
import { bookingKeys } from './keys.js'

/** `GET /bookings` as query options. */
export function bookingsQueryOptions(client: BookingClient, params: ListParams = {}) {
  return queryOptions({
    queryKey: bookingKeys.bookingList(client, params),
    queryFn: ({ signal }) => client.bookings.list(params, { signal }),
  })
}

/** `GET /bookings/:id` as query options. */
export function bookingQueryOptions(client: BookingClient, id: string, params: { include?: IncludeParam } = {}) {
  return queryOptions({
    queryKey: bookingKeys.booking(client, id, params),
    queryFn: ({ signal }) => client.bookings.get(id, { signal, include: params.include }),
  })
}
