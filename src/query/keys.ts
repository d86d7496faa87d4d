import type { BookingClient } from '../client/index.js'
import type { AvailabilityParams, ListParams } from '../client/index.js'

/**
 * The one query key factory. Keys are hierarchical so a write can invalidate
 * a whole family (`bookingKeys.availability(client)`), and the last element
 * holds every input of the query function.
 *
 * The base URL is part of every key: two providers pointing at two backends
 * may share one QueryClient without sharing data. The customer's display
 * zone is never part of a key; changing it re-renders, it does not refetch.
 */
export const bookingKeys = {
  all: (client: Pick<BookingClient, 'baseUrl'>) => ['react-booking-kit', client.baseUrl] as const,

  resources: (client: Pick<BookingClient, 'baseUrl'>) => [...bookingKeys.all(client), 'resources'] as const,
  resourceList: (client: Pick<BookingClient, 'baseUrl'>, params: ListParams = {}) =>
    [...bookingKeys.resources(client), 'list', params] as const,
  resource: (client: Pick<BookingClient, 'baseUrl'>, id: string) =>
    [...bookingKeys.resources(client), 'detail', id] as const,

  availability: (client: Pick<BookingClient, 'baseUrl'>) => [...bookingKeys.all(client), 'availability'] as const,
  availabilitySlots: (client: Pick<BookingClient, 'baseUrl'>, params: AvailabilityParams) =>
    [...bookingKeys.availability(client), 'slots', params] as const,
  availableDates: (client: Pick<BookingClient, 'baseUrl'>, params: AvailabilityParams) =>
    [...bookingKeys.availability(client), 'dates', params] as const,

  bookings: (client: Pick<BookingClient, 'baseUrl'>) => [...bookingKeys.all(client), 'bookings'] as const,
  bookingList: (client: Pick<BookingClient, 'baseUrl'>, params: ListParams = {}) =>
    [...bookingKeys.bookings(client), 'list', params] as const,
  booking: (client: Pick<BookingClient, 'baseUrl'>, id: string, params: { include?: ListParams['include'] } = {}) =>
    [...bookingKeys.bookings(client), 'detail', id, params] as const,
}
