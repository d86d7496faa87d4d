'use client'
import { hashKey, keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Slot } from '../client/index.js'
import { groupSlotsByDay } from '../time/groupSlotsByDay.js'
import { instantToZonedWallTime } from '../time/instantToZonedWallTime.js'
import { availabilityQueryOptions } from './availabilityQueries.js'
import {
  shiftWindow,
  windowDayKeys,
  windowToParams,
  type AvailabilitySearch,
  type AvailabilityWindow,
} from './availabilityWindow.js'
import { useBookingKit } from './BookingKitContext.js'
import { useControllableState } from './internal/useControllableState.js'

/** Options of {@link useAvailability}: the availability search plus the window. */
export interface UseAvailabilityOptions extends AvailabilitySearch {
  /** The window shown, controlled. */
  window?: AvailabilityWindow
  /**
   * The first window, uncontrolled.
   * @default seven days from today in the customer's zone (as of the first render)
   */
  defaultWindow?: AvailabilityWindow
  /** Called when `next`, `previous` or `goTo` asks for another window. */
  onWindowChange?: (window: Required<AvailabilityWindow>) => void
  /**
   * Fetch the next window as soon as the shown one has loaded, so `next()`
   * is instant.
   * @default true
   */
  prefetchNext?: boolean
  /** @default true */
  enabled?: boolean
}

/** One of the customer's calendar days in the window, with its slots in order. */
export interface AvailabilityDay {
  /** `yyyy-MM-dd` in the customer's zone. */
  dayKey: string
  slots: Slot[]
}

function normaliseWindow(window: AvailabilityWindow): Required<AvailabilityWindow> {
  return { start: window.start, days: window.days ?? 7 }
}

/**
 * Free slots for a window of the customer's days, grouped into those days.
 *
 * The fetch covers the window's days in every zone, so changing the
 * customer's zone re-groups and re-labels without a request. The next
 * window is prefetched once this one has loaded, and while another window
 * loads the last one stays on screen with `isPreviousData: true`.
 */
export function useAvailability(options: UseAvailabilityOptions) {
  const {
    window: windowProp,
    defaultWindow,
    onWindowChange,
    prefetchNext = true,
    enabled = true,
    ...searchInput
  } = options
  const { client, timeZone } = useBookingKit()
  const queryClient = useQueryClient()

  // The caller may pass a new object every render; identity follows content.
  const searchHash = hashKey([searchInput])
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const search = useMemo<AvailabilitySearch>(() => searchInput, [searchHash])

  const [initialWindow] = useState<AvailabilityWindow>(
    () => defaultWindow ?? { start: instantToZonedWallTime(new Date().toISOString(), timeZone).dayKey },
  )
  const [rawWindow, setWindow] = useControllableState<AvailabilityWindow>(
    windowProp,
    initialWindow,
    onWindowChange as ((window: AvailabilityWindow) => void) | undefined,
  )
  const window = normaliseWindow(rawWindow)
  const params = windowToParams(search, window)

  const query = useQuery({
    ...availabilityQueryOptions(client, params),
    placeholderData: keepPreviousData,
    enabled,
  })

  // While a new window loads, the days shown are those of the window the
  // placeholder data belongs to (derived state, updated during render). With
  // no data on screen at all (the new window failed, or loads with nothing to
  // keep) the days are the window asked for, never a stale one.
  const [shownWindow, setShownWindow] = useState(window)
  const isCurrent = query.data !== undefined && !query.isPlaceholderData
  if (isCurrent && (shownWindow.start !== window.start || shownWindow.days !== window.days)) {
    setShownWindow(window)
  }
  const displayWindow = query.isPlaceholderData ? shownWindow : window

  const nextParams = windowToParams(search, shiftWindow(window, 1))
  const nextKey = hashKey(availabilityQueryOptions(client, nextParams).queryKey)
  useEffect(() => {
    if (!prefetchNext || !enabled || !isCurrent) return
    void queryClient.prefetchQuery(availabilityQueryOptions(client, nextParams))
    // nextKey stands for nextParams by content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prefetchNext, enabled, isCurrent, queryClient, client, nextKey])

  const data = query.data
  const days = useMemo<AvailabilityDay[]>(() => {
    const byDay = new Map(groupSlotsByDay(data ?? [], timeZone).map((day) => [day.dayKey, day.slots]))
    return windowDayKeys(displayWindow).map((dayKey) => ({ dayKey, slots: byDay.get(dayKey) ?? [] }))
  }, [data, timeZone, displayWindow.start, displayWindow.days]) // eslint-disable-line react-hooks/exhaustive-deps
  const slots = useMemo(() => days.flatMap((day) => day.slots), [days])

  const goTo = useCallback(
    (start: string) => setWindow({ start, days: window.days }),
    [setWindow, window.days],
  )
  const next = useCallback(() => setWindow(shiftWindow(window, 1)), [setWindow, window.start, window.days]) // eslint-disable-line react-hooks/exhaustive-deps
  const previous = useCallback(() => setWindow(shiftWindow(window, -1)), [setWindow, window.start, window.days]) // eslint-disable-line react-hooks/exhaustive-deps

  return {
    /** The window's slots that start on the shown days, in order. */
    slots,
    /** Every day of the shown window, empty days included. */
    days,
    /** The window asked for, with the instants fetched. */
    window: { ...window, from: params.from as string, to: params.to as string },
    /** True while another window loads and the last one's slots are still shown. */
    isPreviousData: query.isPlaceholderData,
    next,
    previous,
    goTo,
    timeZone,
    status: query.status,
    isPending: query.isPending,
    isLoading: query.isLoading,
    isFetching: query.isFetching,
    isSuccess: query.isSuccess,
    isError: query.isError,
    error: query.error,
    refetch: query.refetch,
  }
}

/** What {@link useAvailability} returns. */
export type UseAvailabilityResult = ReturnType<typeof useAvailability>
