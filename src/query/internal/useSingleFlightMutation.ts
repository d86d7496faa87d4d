'use client'
import { useMutation, useQueryClient, type QueryClient, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'

/** A mutation whose `mutate` / `mutateAsync` send nothing while a call is in flight. */
export type SingleFlightMutationResult<TData, TVariables> = Omit<
  UseMutationResult<TData, Error, TVariables, unknown>,
  'mutate' | 'mutateAsync'
> & {
  /** Starts the write unless one is in flight; errors land in `error`, not in a rejection. */
  mutate: (variables: TVariables) => void
  /**
   * Starts the write, or returns the promise of the one in flight; a call
   * made during a write is dropped, whatever its variables.
   */
  mutateAsync: (variables: TVariables) => Promise<TData>
}

/**
 * `useMutation` with a guard that a double click, a double Enter or a
 * second submit can not pass: the guard is a ref set synchronously on the
 * first call, so it holds even before React re-renders with `isPending`.
 */
export function useSingleFlightMutation<TData, TVariables, TContext>(
  makeOptions: (queryClient: QueryClient) => UseMutationOptions<TData, Error, TVariables, TContext>,
): SingleFlightMutationResult<TData, TVariables> {
  const queryClient = useQueryClient()
  const mutation = useMutation(makeOptions(queryClient))
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
  return { ...(mutation as UseMutationResult<TData, Error, TVariables, unknown>), mutate, mutateAsync, reset }
}
