'use client'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ListParams, ListResult, Resource } from '../client/index.js'
import { useBookingKit } from './BookingKitContext.js'
import type { HookQueryOptions } from './internal/hookOptions.js'
import { useKitQuery } from './internal/useKitQuery.js'
import type { bookingKeys } from './keys.js'
import { resourceQueryOptions, resourcesQueryOptions } from './resourceQueries.js'

/** Options of {@link useResources}: the list parameters plus `enabled`. */
export interface UseResourcesOptions extends ListParams {
  /** @default true */
  enabled?: boolean
}

/** Query options of {@link useResources}, its last argument (`select`, `staleTime`, `throwOnError`, …). */
export type UseResourcesQueryOptions<TData = ListResult<Resource>> = HookQueryOptions<
  ListResult<Resource>,
  TData,
  ReturnType<typeof bookingKeys.resourceList>
>
/** What {@link useResources} returns: `useQuery`'s result. */
export type UseResourcesResult<TData = ListResult<Resource>> = UseQueryResult<TData, Error>

/**
 * `GET /resources` through the provider's client: `{ data: { items, page } }`.
 * @example
 * const { data: ids = [] } = useResources({}, { select: (list) => list.items.map((r) => r.id) })
 */
export function useResources<TData = ListResult<Resource>>(
  { enabled = true, ...params }: UseResourcesOptions = {},
  queryOptions?: UseResourcesQueryOptions<TData>,
): UseResourcesResult<TData> {
  const { client } = useBookingKit()
  const base = resourcesQueryOptions(client, params)
  return useKitQuery(base, enabled, queryOptions)
}

/** Query options of {@link useResource}, its last argument. */
export type UseResourceQueryOptions<TData = Resource> = HookQueryOptions<
  Resource,
  TData,
  ReturnType<typeof bookingKeys.resource>
>
/** What {@link useResource} returns: `useQuery`'s result. */
export type UseResourceResult<TData = Resource> = UseQueryResult<TData, Error>

/** `GET /resources/:id`; idle while `id` is undefined or empty. */
export function useResource<TData = Resource>(
  id: string | undefined,
  queryOptions?: UseResourceQueryOptions<TData>,
): UseResourceResult<TData> {
  const { client } = useBookingKit()
  const base = resourceQueryOptions(client, id ?? '')
  return useKitQuery(base, id !== undefined && id !== '', queryOptions)
}
