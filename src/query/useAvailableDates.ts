'use client'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AvailabilityParams } from '../client/index.js'
import { availableDatesQueryOptions } from './availabilityQueries.js'
import { shiftDayKey } from '../time/shiftDayKey.js'
import type { AvailabilitySearch } from './availabilityWindow.js'
import { useBookingKit } from './BookingKitContext.js'
import { dayRange } from '../time/dayRange.js'

/** Options of {@link useAvailableDates}. */
export interface UseAvailableDatesOptions extends AvailabilitySearch {
  /** The month, `yyyy-MM`. */
  month: string
  /** @default true */
  enabled?: boolean
}

/**
 * The days of a month that have at least one free slot, for a month view.
 *
 * Unlike slots, `/availability/dates` answers calendar days, which only
 * exist in a zone: the request names the customer's zone as
 * `output_timezone`, so here (and only here) a zone change refetches.
 */
export function useAvailableDates({ month, enabled = true, ...search }: UseAvailableDatesOptions) {
  const { client, timeZone } = useBookingKit()
  const first = `${month}-01`
  const nextMonthFirst = `${shiftDayKey(`${month}-28`, 4).slice(0, 7)}-01`
  const params: AvailabilityParams = {
    output_timezone: timeZone,
    ...search,
    from: dayRange(first, timeZone).start,
    to: dayRange(nextMonthFirst, timeZone).start,
  }
  const query = useQuery({ ...availableDatesQueryOptions(client, params), placeholderData: keepPreviousData, enabled })
  return {
    /** `yyyy-MM-dd` days with at least one free slot. */
    dates: query.data?.map((day) => day.date) ?? [],
    data: query.data,
    /** True while another month loads and the last one's dates are still shown. */
    isPreviousData: query.isPlaceholderData,
    status: query.status,
    isPending: query.isPending,
    isLoading: query.isLoading,
    isFetching: query.isFetching,
    isError: query.isError,
    error: query.error,
    refetch: query.refetch,
  }
}
