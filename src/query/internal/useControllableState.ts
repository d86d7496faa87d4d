import { useCallback, useState } from 'react'

/**
 * `value` / `defaultValue` / `onChange` in one place: controlled when `value`
 * is given, uncontrolled otherwise, and `onChange` fires in both cases.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [inner, setInner] = useState(defaultValue)
  const isControlled = value !== undefined
  const current = isControlled ? value : inner
  const set = useCallback(
    (next: T) => {
      if (!isControlled) setInner(next)
      onChange?.(next)
    },
    [isControlled, onChange],
  )
  return [current, set]
}
