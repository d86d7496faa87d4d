'use client'
import { useQuery } from '@tanstack/react-query'
import type { ListParams } from '../client/index.js'
import { useBookingKit } from './BookingKitContext.js'
import { resourceQueryOptions, resourcesQueryOptions } from './resourceQueries.js'

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
