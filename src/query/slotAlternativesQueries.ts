import { queryOptions } from '@tanstack/react-query'
import type { AvailabilityParams, BookingClient } from '../client/index.js'
import type { AvailabilitySearch } from './availabilityWindow.js'
import { epochMs } from './internal/clockStore.js'
import { bookingKeys } from './keys.js'
import { nearestSlots, type TakenSlot } from './slotUpdates.js'

const DAY_MS = 86_400_000

/** Parameters of {@link slotAlternativesQueryOptions}. */
export interface SlotAlternativesParams {
  /** The slot that was taken (a create's or reschedule's variables will do). */
  taken: TakenSlot
  /** The current instant: no alternative starts before it. Hooks pass the provider's clock (`useNow`). */
  now: number | string | Date
  /**
   * The page's search, so alternatives obey its mode, resources and
   * constraints. @default the taken slot's resource alone, same length
   */
  search?: AvailabilitySearch
  /** How many alternatives. @default 3 */
  count?: number
}

/** The search behind the alternatives: from a day before the taken slot (never before now) to a week after it. */
function alternativesRequest({ taken, now, search }: SlotAlternativesParams): AvailabilityParams {
  const start = Date.parse(taken.start)
  const nowMs = epochMs(now)
  const minutes = Math.round((Date.parse(taken.end) - start) / 60_000)
  const base: AvailabilityParams = search ?? {
    mode: 'roundrobin_prioritized',
    resources: [taken.resource_id],
    length: `${minutes} minutes`,
  }
  return {
    ...base,
    from: new Date(Math.max(nowMs, start - DAY_MS)).toISOString(),
    to: new Date(start + 7 * DAY_MS).toISOString(),
  }
}

/**
 * The free slots nearest to a taken one, of the same length and preferring
 * the same resource: what a page offers after a 409 instead of a dead end.
 * A fresh `POST /availability` around the taken slot; cached under
 * availability, so the next write invalidates it.
 */
export function slotAlternativesQueryOptions(client: BookingClient, params: SlotAlternativesParams) {
  const { start, end, resource_id } = params.taken
  const taken: TakenSlot = { start, end, resource_id }
  const count = params.count ?? 3
  const request = alternativesRequest(params)
  return queryOptions({
    queryKey: bookingKeys.slotAlternatives(client, { taken, request, count }),
    queryFn: async ({ signal }) => {
      // A taken slot a week in the past has nothing after "now" to search.
      if (Date.parse(request.to!) <= Date.parse(request.from!)) return []
      return nearestSlots(await client.availability.query(request, { signal }), taken, count)
    },
  })
}
