'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useState } from 'react'
import type { Slot } from '../client/index.js'
import type { AvailabilitySearch } from './availabilityWindow.js'
import { useBookingKit } from './BookingKitContext.js'
import { combineEnabled, type HookQueryOptions } from './internal/hookOptions.js'
import type { bookingKeys } from './keys.js'
import { slotAlternativesQueryOptions } from './slotAlternativesQueries.js'
import type { TakenSlot } from './slotUpdates.js'
import { useNow } from './useNow.js'

// The key of the idle query while nothing is taken; never fetched.
const PLACEHOLDER: TakenSlot = { start: '1970-01-01T00:00:00Z', end: '1970-01-01T00:00:00Z', resource_id: '' }

/** Options of {@link useSlotAlternatives}. */
export interface UseSlotAlternativesOptions {
  /** The page's search, so alternatives obey its mode and resources. @default the taken slot's resource */
  search?: AvailabilitySearch
  /** How many alternatives. @default 3 */
  count?: number
}

/** Query options of {@link useSlotAlternatives}, its last argument. */
export type UseSlotAlternativesQueryOptions<TData = Slot[]> = HookQueryOptions<
  Slot[],
  TData,
  ReturnType<typeof bookingKeys.slotAlternatives>
>

/**
 * The nearest free slots of the same length as a taken one: what to offer
 * after a 409. Idle while `taken` is undefined, so it can sit beside the
 * booking form and wake when the write fails:
 *
 * @example
 * const booking = useCreateBooking()
 * const taken = booking.error instanceof SlotTakenError ? booking.variables : undefined
 * const { data: alternatives = [] } = useSlotAlternatives(taken)
 *
 * "Now" is the provider's clock (`useNow`): no alternative before it.
 */
export function useSlotAlternatives<TData = Slot[]>(
  taken: TakenSlot | undefined,
  options: UseSlotAlternativesOptions = {},
  queryOptions?: UseSlotAlternativesQueryOptions<TData>,
): UseQueryResult<TData, Error> {
  const { client } = useBookingKit()
  const now = useNow()
  // "Now" is pinned when the taken slot appears: a key that moved with each
  // minute's tick would search again every minute.
  const [pinned, setPinned] = useState<{ taken: TakenSlot; now: number } | undefined>(undefined)
  if (taken !== undefined && now !== undefined && pinned?.taken !== taken) setPinned({ taken, now })
  const base = slotAlternativesQueryOptions(client, {
    taken: taken ?? PLACEHOLDER,
    now: pinned !== undefined && pinned.taken === taken ? pinned.now : (now ?? 0),
    search: options.search,
    count: options.count,
  })
  return useQuery({
    ...queryOptions,
    queryKey: base.queryKey,
    queryFn: base.queryFn,
    enabled: combineEnabled(taken !== undefined && now !== undefined, queryOptions?.enabled),
  })
}
