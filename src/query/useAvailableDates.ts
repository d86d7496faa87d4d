'use client'
import { keepPreviousData } from '@tanstack/react-query'
import type { AvailabilityParams, AvailableDate } from '../client/index.js'
import { dayRange } from '../time/dayRange.js'
import { shiftDayKey } from '../time/shiftDayKey.js'
import { availableDatesQueryOptions } from './availabilityQueries.js'
import type { AvailabilitySearch } from './availabilityWindow.js'
import { useBookingKit } from './BookingKitContext.js'
import { canSearch } from './internal/canSearch.js'
import type { HookQueryOptions } from './internal/hookOptions.js'
import { kitQueryState, useKitQuery, type KitQueryState } from './internal/useKitQuery.js'
import type { bookingKeys } from './keys.js'

/** Options of {@link useAvailableDates}. */
export interface UseAvailableDatesOptions extends AvailabilitySearch {
  /** The month, `yyyy-MM`. */
  month: string
  /**
   * `false` sends nothing; nor does a search that cannot run (an empty
   * `resources` list and no `project_id`).
   * @default true
   */
  enabled?: boolean
}

/** Query options of {@link useAvailableDates}, its last argument; `select` filters the days. */
export type UseAvailableDatesQueryOptions = Omit<
  HookQueryOptions<AvailableDate[], AvailableDate[], ReturnType<typeof bookingKeys.availableDates>>,
  'placeholderData'
>

/** What {@link useAvailableDates} returns. */
export interface UseAvailableDatesResult extends KitQueryState {
  /** `yyyy-MM-dd` days with at least one free slot. */
  dates: string[]
  data: AvailableDate[] | undefined
  /** True while another month loads and the last one's dates are still shown. */
  isPlaceholderData: boolean
}

/**
 * The days of a month that have at least one free slot, for a month view.
 *
 * Unlike slots, `/availability/dates` answers calendar days, which only
 * exist in a zone: the request names the customer's zone as
 * `output_timezone`, so here (and only here) a zone change refetches.
 */
export function useAvailableDates(
  { month, enabled = true, ...search }: UseAvailableDatesOptions,
  queryOptions?: UseAvailableDatesQueryOptions,
): UseAvailableDatesResult {
  const { client, timeZone } = useBookingKit()
  const first = `${month}-01`
  const nextMonthFirst = `${shiftDayKey(`${month}-28`, 4).slice(0, 7)}-01`
  const params: AvailabilityParams = {
    output_timezone: timeZone,
    ...search,
    from: dayRange(first, timeZone).start,
    to: dayRange(nextMonthFirst, timeZone).start,
  }
  const base = availableDatesQueryOptions(client, params)
  const query = useKitQuery(base, enabled && canSearch(search), queryOptions, { placeholderData: keepPreviousData })
  return {
    dates: query.data?.map((day) => day.date) ?? [],
    data: query.data,
    ...kitQueryState(query),
  }
}
