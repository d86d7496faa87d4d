'use client'
import { hashKey, keepPreviousData, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import type { AvailabilityParams, Slot } from '../client/index.js'
import { groupSlotsByDay } from '../time/groupSlotsByDay.js'
import { availabilityQueryOptions } from './availabilityQueries.js'
import {
  shiftWindow,
  windowDayKeys,
  windowToParams,
  type AvailabilitySearch,
  type AvailabilityWindow,
} from './availabilityWindow.js'
import { useBookingKit } from './BookingKitContext.js'
import type { HookQueryOptions } from './internal/hookOptions.js'
import { kitQueryState, useKitQuery, type KitQueryState } from './internal/useKitQuery.js'
import { canSearch } from './internal/canSearch.js'
import type { bookingKeys } from './keys.js'
import {
  useAvailabilityWindow,
  type AvailabilityWindowState,
  type UseAvailabilityWindowOptions,
} from './useAvailabilityWindow.js'

/** Options of {@link useAvailability}: the availability search plus the window. */
export interface UseAvailabilityOptions extends AvailabilitySearch, UseAvailabilityWindowOptions {
  /**
   * Fetch the next window as soon as the shown one has loaded, so `next()`
   * is instant (not past `horizon`).
   * @default true
   */
  prefetchNext?: boolean
  /**
   * `false` sends nothing. The hook also sends nothing while the search
   * cannot run (an empty `resources` list and no `project_id`, as while the
   * resources load) or while today is unknown (hydrating without `now`).
   * @default true
   */
  enabled?: boolean
}

/**
 * Query options of {@link useAvailability}, its last argument. `select`
 * filters (or reorders) the window's slots before they are grouped into
 * days; `placeholderData` is the hook's own (the last window stays shown).
 */
export type UseAvailabilityQueryOptions = Omit<
  HookQueryOptions<Slot[], Slot[], ReturnType<typeof bookingKeys.availabilitySlots>>,
  'placeholderData'
>

/** One of the customer's calendar days in the window, with its slots in order. */
export interface AvailabilityDay {
  /** `yyyy-MM-dd` in the customer's zone. */
  dayKey: string
  slots: Slot[]
}

/** What {@link useAvailability} returns: the window state, the days with their slots, and the query's state. */
export interface UseAvailabilityResult extends Omit<AvailabilityWindowState, 'window'>, KitQueryState {
  /** The window asked for, with the instants fetched; `undefined` only while today is unknown. */
  window: (Required<AvailabilityWindow> & { from: string; to: string }) | undefined
  /** The shown days' slots, in order. */
  slots: Slot[]
  /** Every day shown, empty days included: the placeholder's window while another loads. */
  days: AvailabilityDay[]
  /** The customer's zone the days are grouped in. */
  timeZone: string
  /** The slots fetched (after `select`), `undefined` before the first answer. */
  data: Slot[] | undefined
  /** True while another window loads and the last one's slots are still shown. */
  isPlaceholderData: boolean
}

const sameWindow = (a: Required<AvailabilityWindow>, b: Required<AvailabilityWindow>) =>
  a.start === b.start && a.days === b.days

/**
 * Free slots for a window of the customer's days, grouped into those days.
 *
 * The fetch covers the window's days in every zone, so changing the
 * customer's zone re-groups and re-labels without a request. The next
 * window is prefetched once this one has loaded, and while another window
 * loads the last one stays on screen with `isPlaceholderData: true`. The
 * window's bounds and commands come from {@link useAvailabilityWindow}.
 *
 * @example
 * const { days, next, previous, canPrevious } = useAvailability(
 *   { mode: 'roundrobin_random', resources: ids, length: '30 minutes', horizon: 60 },
 *   { staleTime: 60_000 },
 * )
 */
export function useAvailability(
  options: UseAvailabilityOptions,
  queryOptions?: UseAvailabilityQueryOptions,
): UseAvailabilityResult {
  const {
    window: windowOption,
    defaultWindow,
    days: daysOption,
    onWindowChange,
    horizon,
    prefetchNext = true,
    enabled = true,
    ...searchInput
  } = options
  const { client, timeZone } = useBookingKit()
  const queryClient = useQueryClient()
  const windowState = useAvailabilityWindow({
    window: windowOption,
    defaultWindow,
    days: daysOption,
    onWindowChange,
    horizon,
  })
  const { window } = windowState

  // The caller may pass a new object every render; identity follows content.
  const searchHash = hashKey([searchInput])
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const search = useMemo<AvailabilitySearch>(() => searchInput, [searchHash])

  const runnable = enabled && window !== undefined && canSearch(search)
  // Without a window the key is the search alone: a key from the factory,
  // never fetched (`enabled` is false), so the result keeps its shape.
  const params: AvailabilityParams = window ? windowToParams(search, window) : search
  const base = availabilityQueryOptions(client, params)
  const query = useKitQuery(base, runnable, queryOptions, {
    staleTime: queryOptions?.staleTime ?? base.staleTime,
    placeholderData: keepPreviousData,
  })

  // While a new window loads, the days shown are those of the window the
  // placeholder data belongs to (derived state, updated during render). With
  // no data on screen at all (the new window failed, or loads with nothing to
  // keep) the days are the window asked for, never a stale one.
  const [shownWindow, setShownWindow] = useState(window)
  const isCurrent = query.data !== undefined && !query.isPlaceholderData
  if (isCurrent && window && (!shownWindow || !sameWindow(shownWindow, window))) {
    setShownWindow(window)
  }
  const displayWindow = query.isPlaceholderData ? shownWindow : window

  const nextWindow = window ? shiftWindow(window, 1) : undefined
  const mayPrefetch =
    prefetchNext && runnable && isCurrent && nextWindow !== undefined && windowState.isDayInRange(nextWindow.start)
  const nextOptions = availabilityQueryOptions(client, nextWindow ? windowToParams(search, nextWindow) : search)
  const nextKey = hashKey(nextOptions.queryKey)
  useEffect(() => {
    if (!mayPrefetch) return
    void queryClient.prefetchQuery(nextOptions)
    // nextKey stands for nextOptions by content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mayPrefetch, queryClient, client, nextKey])

  const data = query.data
  const displayStart = displayWindow?.start
  const displayDays = displayWindow?.days
  const days = useMemo<AvailabilityDay[]>(() => {
    if (displayStart === undefined || displayDays === undefined) return []
    const byDay = new Map(groupSlotsByDay(data ?? [], timeZone).map((day) => [day.dayKey, day.slots]))
    return windowDayKeys({ start: displayStart, days: displayDays }).map((dayKey) => ({
      dayKey,
      slots: byDay.get(dayKey) ?? [],
    }))
  }, [data, timeZone, displayStart, displayDays])
  const slots = useMemo(() => days.flatMap((day) => day.slots), [days])

  return {
    ...windowState,
    window: window ? { ...window, from: params.from as string, to: params.to as string } : undefined,
    slots,
    days,
    timeZone,
    data,
    ...kitQueryState(query),
  }
}
