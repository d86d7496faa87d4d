'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

/** Options of {@link useControllableState}. */
export interface UseControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  prop: T | undefined
  /** The first value when uncontrolled. */
  defaultProp: T
  /** Called with every new value, controlled or not (not when it equals the current one). */
  onChange?: ((next: T) => void) | undefined
  /** Who is asking, for the development warning (`'SlotPicker'`). */
  caller: string
}

/** A new value, or a function of the current one (as with `setState`). */
export type SetStateAction<T> = T | ((previous: T) => T)

/**
 * `value` / `defaultValue` / `onValueChange` in one place: controlled when
 * `prop` is given, uncontrolled otherwise, and `onChange` fires in both cases.
 * Functional updates read the latest value, so two updates in one event
 * compose instead of the second overwriting the first.
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
  caller,
}: UseControllableStateOptions<T>): [T, (next: SetStateAction<T>) => void] {
  const [inner, setInner] = useState(defaultProp)
  const isControlled = prop !== undefined
  const value = isControlled ? prop : inner

  // A component that flips between controlled and uncontrolled loses the
  // user's state silently; React warns for inputs, the kit warns for itself.
  // Only in development (as Radix does): a build's mode never changes between
  // renders, so the hooks below run on every render or on none, and a
  // production build keeps no ref and no effect that only the warning reads.
  if (process.env.NODE_ENV !== 'production') {
    // eslint-disable-next-line react-hooks/rules-of-hooks -- constant per build, see above
    useWarnOnModeChange(isControlled, caller)
  }

  // The setter is stable and reads the latest value and handler at call time.
  const latest = useRef({ value, isControlled, onChange })
  useEffect(() => {
    latest.current = { value, isControlled, onChange }
  })
  const setValue = useCallback((next: SetStateAction<T>) => {
    const current = latest.current
    const resolved = typeof next === 'function' ? (next as (previous: T) => T)(current.value) : next
    if (Object.is(resolved, current.value)) return
    // Later calls in the same event see this value before React re-renders.
    latest.current = { ...current, value: resolved }
    if (!current.isControlled) setInner(resolved)
    current.onChange?.(resolved)
  }, [])
  return [value, setValue]
}

function useWarnOnModeChange(isControlled: boolean, caller: string) {
  const wasControlled = useRef(isControlled)
  useEffect(() => {
    if (wasControlled.current !== isControlled) {
      console.warn(
        `${caller} is changing from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ` +
          `${isControlled ? 'controlled' : 'uncontrolled'}. Decide between a controlled value (pass it ` +
          'on every render, `null` for none) and an uncontrolled one (`defaultValue`) for the lifetime of the component.',
      )
    }
    wasControlled.current = isControlled
  }, [isControlled, caller])
}
