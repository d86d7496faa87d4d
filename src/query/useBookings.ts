'use client'
import { useQuery } from '@tanstack/react-query'
import type { IncludeParam, ListParams } from '../client/index.js'
import { useBookingKit } from './BookingKitContext.js'
import { bookingQueryOptions, bookingsQueryOptions } from './bookingQueries.js'

/** Options of {@link useBookings}. */
export interface UseBookingsOptions extends ListParams {
  /** @default true */
  enabled?: boolean
}

/** `GET /bookings` with `search`, `include`, `limit`, `page`. */
export function useBookings({ enabled = true, ...params }: UseBookingsOptions = {}) {
  const { client } = useBookingKit()
  return useQuery({ ...bookingsQueryOptions(client, params), enabled })
}

/** `GET /bookings/:id`; idle while `id` is undefined. */
export function useBooking(id: string | undefined, params: { include?: IncludeParam } = {}) {
  const { client } = useBookingKit()
  return useQuery({ ...bookingQueryOptions(client, id ?? '', params), enabled: id !== undefined && id !== '' })
}
