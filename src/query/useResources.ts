import { useQuery } from '@tanstack/react-query'
import type { ListParams } from '../client'
import { useBookingKit } from './BookingKitContext'
import { resourceQueryOptions, resourcesQueryOptions } from './resourceQueries'

/** Options of {@link useResources}: the list parameters plus `enabled`. */
export interface UseResourcesOptions extends ListParams {
  /** @default true */
  enabled?: boolean
}

/** `GET /resources` through the provider's client: `{ data: { items, page } }`. */
export function useResources({ enabled = true, ...params }: UseResourcesOptions = {}) {
  const { client } = useBookingKit()
  return useQuery({ ...resourcesQueryOptions(client, params), enabled })
}

/** `GET /resources/:id`; idle while `id` is undefined. */
export function useResource(id: string | undefined) {
  const { client } = useBookingKit()
  return useQuery({ ...resourceQueryOptions(client, id ?? ''), enabled: id !== undefined && id !== '' })
}
