'use client'
import { useQuery, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query'
import { combineEnabled, type HookQueryOptions } from './hookOptions.js'

/**
 * `useQuery` over a kit factory's options: the caller's query options first,
 * then the factory's key and function (the hook owns them), the hook's own
 * `extra` options, and `enabled` only when the hook's condition and the
 * caller's both allow it.
 */
export function useKitQuery<TQueryFnData, TData, TQueryKey extends QueryKey>(
  base: Pick<UseQueryOptions<TQueryFnData, Error, TQueryFnData, TQueryKey>, 'queryKey' | 'queryFn'>,
  own: boolean,
  queryOptions: HookQueryOptions<TQueryFnData, TData, TQueryKey> | undefined,
  extra?: Omit<HookQueryOptions<TQueryFnData, TData, TQueryKey>, 'enabled'>,
): UseQueryResult<TData, Error> {
  return useQuery<TQueryFnData, Error, TData, TQueryKey>({
    ...queryOptions,
    queryKey: base.queryKey,
    queryFn: base.queryFn,
    ...extra,
    enabled: combineEnabled(own, queryOptions?.enabled),
  })
}

/** The state of a query a hook hands on beside its own derived values. */
export interface KitQueryState {
  /** True while another window loads and the last one's data is still shown. */
  isPlaceholderData: boolean
  status: 'pending' | 'error' | 'success'
  isPending: boolean
  isLoading: boolean
  isFetching: boolean
  isSuccess: boolean
  isError: boolean
  error: Error | null
  refetch: () => Promise<unknown>
}

/** Picks {@link KitQueryState} from a query's result. */
export function kitQueryState(query: UseQueryResult<unknown, Error>): KitQueryState {
  return {
    isPlaceholderData: query.isPlaceholderData,
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
