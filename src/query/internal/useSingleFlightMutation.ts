'use client'
import {
  useMutation,
  useQueryClient,
  type DistributiveOmit,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import type { HookMutationOptions } from './hookOptions.js'

/**
 * A mutation whose `mutate` / `mutateAsync` send nothing while a call is in
 * flight. Still a union on `status`: after `isSuccess`, `data` is `TData`.
 */
export type SingleFlightMutationResult<TData, TVariables> = DistributiveOmit<
  UseMutationResult<TData, Error, TVariables, unknown>,
  'mutate' | 'mutateAsync' | 'reset'
> & {
  /** Starts the write unless one is in flight; errors land in `error`, not in a rejection. */
  mutate: (variables: TVariables) => void
  /**
   * Starts the write, or returns the promise of the one in flight; a call
   * made during a write is dropped, whatever its variables.
   */
  mutateAsync: (variables: TVariables) => Promise<TData>
  /** Back to idle; the next submit goes out even if the detached write is still in flight. */
  reset: () => void
}

// The kit's callbacks keep the cache true (optimistic removal, restore,
// invalidation), so they run first and the caller's run after them.
function withCallerOptions<TData, TVariables, TContext>(
  own: UseMutationOptions<TData, Error, TVariables, TContext>,
  caller: HookMutationOptions<TData, TVariables> | undefined,
): UseMutationOptions<TData, Error, TVariables, TContext> {
  if (!caller) return own
  const merged: Record<string, unknown> = { ...caller, ...own }
  for (const name of ['onSuccess', 'onError', 'onSettled'] as const) {
    const kit = own[name] as Callback | undefined
    const theirs = caller[name] as Callback | undefined
    merged[name] = async (...args: unknown[]) => {
      await kit?.(...args)
      await theirs?.(...args)
    }
  }
  return merged as UseMutationOptions<TData, Error, TVariables, TContext>
}

type Callback = (...args: unknown[]) => unknown

/**
 * `useMutation` with a guard that a double click, a double Enter or a
 * second submit can not pass: the guard is a ref set synchronously on the
 * first call, so it holds even before React re-renders with `isPending`.
 */
export function useSingleFlightMutation<TData, TVariables, TContext>(
  makeOptions: (queryClient: QueryClient) => UseMutationOptions<TData, Error, TVariables, TContext>,
  callerOptions?: HookMutationOptions<TData, TVariables>,
): SingleFlightMutationResult<TData, TVariables> {
  const queryClient = useQueryClient()
  const mutation = useMutation(withCallerOptions(makeOptions(queryClient), callerOptions))
  const inFlight = useRef<Promise<TData> | null>(null)
  const { mutateAsync: send, reset: resetMutation } = mutation

  const mutateAsync = useCallback(
    (variables: TVariables) => {
      if (inFlight.current) return inFlight.current
      const promise: Promise<TData> = send(variables).finally(() => {
        // Only the write that set the guard clears it: after a `reset()` a
        // newer write may hold it already.
        if (inFlight.current === promise) inFlight.current = null
      })
      inFlight.current = promise
      return promise
    },
    [send],
  )
  // `reset()` detaches the hook from the write in flight, so the guard goes
  // too: the caller asked to start over, and the next submit must go out.
  const reset = useCallback(() => {
    inFlight.current = null
    resetMutation()
  }, [resetMutation])
  const mutate = useCallback(
    (variables: TVariables) => {
      // The error is on `mutation.error`; a rejection here would be unhandled.
      mutateAsync(variables).catch(() => {})
    },
    [mutateAsync],
  )
  return {
    ...(mutation as UseMutationResult<TData, Error, TVariables, unknown>),
    mutate,
    mutateAsync,
    reset,
  } as SingleFlightMutationResult<TData, TVariables>
}
