'use client'
import { useCallback, useEffect, useRef } from 'react'

/**
 * Moves focus to the registered heading whenever `step` changes, so a
 * keyboard or screen reader user lands on what changed instead of on a button
 * that vanished. Not on the first render, not for steps in `skip` (where the
 * focused control stays), and not when the flow leaves its first step on its
 * own (a load finishing): focus moves after a person's action, never on page
 * load. The heading registers through the returned ref callback; nothing
 * queries the document.
 *
 * @param firstChangeIsLoad false for a flow whose first step waits for a
 * person (BookingFlow's slot choice), so its first change moves focus too.
 */
export function useStepHeadingFocus(
  step: string,
  skip: readonly string[] = [],
  firstChangeIsLoad = true,
): (node: HTMLElement | null) => void {
  const heading = useRef<HTMLElement | null>(null)
  const headingRef = useCallback((node: HTMLElement | null) => {
    heading.current = node
  }, [])
  const previous = useRef(step)
  const leftFirstStep = useRef(!firstChangeIsLoad)
  const skipped = skip.join('|')
  useEffect(() => {
    if (previous.current === step) return
    previous.current = step
    if (!leftFirstStep.current) {
      leftFirstStep.current = true
      return
    }
    if (!skipped.split('|').includes(step)) heading.current?.focus()
  }, [step, skipped])
  return headingRef
}
