import type { QueryKey, UseMutationOptions, UseQueryOptions } from '@tanstack/react-query'

type Enabled<TQueryFnData, TData, TQueryKey extends QueryKey> = UseQueryOptions<TQueryFnData, Error, TData, TQueryKey>['enabled']

/**
 * The query options a hook passes through to `useQuery` (`select`,
 * `staleTime`, `throwOnError`, `enabled`, `refetchInterval`, …): all but
 * the key and the function, which the hook owns.
 */
export type HookQueryOptions<TQueryFnData, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey> = Omit<
  UseQueryOptions<TQueryFnData, Error, TData, TQueryKey>,
  'queryKey' | 'queryFn'
>

/**
 * The mutation options a hook passes through to `useMutation` (`onSuccess`,
 * `onError`, `onSettled`, `retry`, `meta`, `throwOnError`, …). The kit's
 * own callbacks (optimistic updates, invalidation) run first; yours after.
 */
export type HookMutationOptions<TData, TVariables> = Omit<
  UseMutationOptions<TData, Error, TVariables>,
  'mutationFn' | 'mutationKey' | 'onMutate'
>

/** A hook's own condition and the caller's `enabled`: the query runs only when both allow it. */
export function combineEnabled<TQueryFnData, TData, TQueryKey extends QueryKey>(
  own: boolean,
  caller: Enabled<TQueryFnData, TData, TQueryKey>,
): Enabled<TQueryFnData, TData, TQueryKey> {
  if (!own) return false
  return caller ?? true
}
