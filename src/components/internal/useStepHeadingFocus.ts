'use client'
import { useCallback, useEffect, useRef } from 'react'

/**
 * Moves focus to the registered heading whenever `step` changes (not on the
 * first render, and not for steps in `skip`), so a keyboard or screen reader
 * user lands on what changed instead of on a button that vanished. The
 * heading registers through the returned ref callback: nothing queries the document.
 */
export function useStepHeadingFocus(step: string, skip: readonly string[] = []): (node: HTMLElement | null) => void {
  const heading = useRef<HTMLElement | null>(null)
  const headingRef = useCallback((node: HTMLElement | null) => {
    heading.current = node
  }, [])
  const previous = useRef(step)
  const skipped = skip.join('|')
  useEffect(() => {
    if (previous.current === step) return
    previous.current = step
    if (!skipped.split('|').includes(step)) heading.current?.focus()
  }, [step, skipped])
  return headingRef
}
