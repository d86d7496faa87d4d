'use client'
import type { UseQueryResult } from '@tanstack/react-query'
import type { Booking, IncludeParam, ListParams, ListResult } from '../client/index.js'
import { useBookingKit } from './BookingKitContext.js'
import { bookingQueryOptions, bookingsQueryOptions } from './bookingQueries.js'
import type { HookQueryOptions } from './internal/hookOptions.js'
import { useKitQuery } from './internal/useKitQuery.js'
import type { bookingKeys } from './keys.js'

/** Options of {@link useBookings}: the list parameters plus `enabled`. */
export interface UseBookingsOptions extends ListParams {
  /** @default true */
  enabled?: boolean
}

/** Query options of {@link useBookings}, its last argument (`select`, `staleTime`, `throwOnError`, …). */
export type UseBookingsQueryOptions<TData = ListResult<Booking>> = HookQueryOptions<
  ListResult<Booking>,
  TData,
  ReturnType<typeof bookingKeys.bookingList>
>
/** What {@link useBookings} returns: `useQuery`'s result. */
export type UseBookingsResult<TData = ListResult<Booking>> = UseQueryResult<TData, Error>

/** `GET /bookings` with `search`, `include`, `limit`, `page`. */
export function useBookings<TData = ListResult<Booking>>(
  { enabled = true, ...params }: UseBookingsOptions = {},
  queryOptions?: UseBookingsQueryOptions<TData>,
): UseBookingsResult<TData> {
  const { client } = useBookingKit()
  const base = bookingsQueryOptions(client, params)
  return useKitQuery(base, enabled, queryOptions)
}

/** Query options of {@link useBooking}, its last argument. */
export type UseBookingQueryOptions<TData = Booking> = HookQueryOptions<
  Booking,
  TData,
  ReturnType<typeof bookingKeys.booking>
>
/** What {@link useBooking} returns: `useQuery`'s result. */
export type UseBookingResult<TData = Booking> = UseQueryResult<TData, Error>

/** `GET /bookings/:id`; idle while `id` is undefined or empty. */
export function useBooking<TData = Booking>(
  id: string | undefined,
  params: { include?: IncludeParam } = {},
  queryOptions?: UseBookingQueryOptions<TData>,
): UseBookingResult<TData> {
  const { client } = useBookingKit()
  const base = bookingQueryOptions(client, id ?? '', params)
  return useKitQuery(base, id !== undefined && id !== '', queryOptions)
}
