'use client'
import { useEffect, useRef } from 'react'
import type { Booking } from '../../client/index.js'
import { useBooking } from '../../query/useBookings.js'

/** What a flow loads with the booking: its times and its customers. */
export const FLOW_BOOKING_INCLUDE = ['attributes', 'customers'] as const

/**
 * Loads a booking for a flow that starts on a `loading` step: `onLoaded` once
 * the data is there, `onFailed` once per failed load. Returns `reload()`
 * for the flow's retry.
 */
export function useBookingLoad(
  bookingId: string,
  isLoading: boolean,
  onLoaded: (booking: Booking) => void,
  onFailed: (error: Error) => void,
): { reload: () => void } {
  const query = useBooking(bookingId, { include: FLOW_BOOKING_INCLUDE })
  const handlers = useRef({ onLoaded, onFailed })
  useEffect(() => {
    handlers.current = { onLoaded, onFailed }
  })
  // Each failed load is reported once: after a retry the old error is still
  // on the query until the refetch settles, and must not end the new load.
  const handledError = useRef(0)
  const { data, isSuccess, isError, isFetching, error, errorUpdatedAt, refetch } = query
  useEffect(() => {
    if (!isLoading) return
    if (data && isSuccess) handlers.current.onLoaded(data)
    else if (isError && !isFetching && errorUpdatedAt > handledError.current) {
      handledError.current = errorUpdatedAt
      handlers.current.onFailed(error)
    }
  }, [isLoading, data, isSuccess, isError, isFetching, error, errorUpdatedAt])
  return { reload: () => void refetch() }
}
