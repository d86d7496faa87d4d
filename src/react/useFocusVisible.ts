'use client'
import { useCallback, useState, type FocusEvent } from 'react'

// Whether the last interaction was a key press: focus after a key press is
// "visible" focus (show the ring), focus after a click or tap is not. Shared
// by every widget on the page, as the browser's own :focus-visible is.
let hadKeyboardEvent = false
let listening = false

function listen(doc: Document) {
  if (listening) return
  listening = true
  doc.addEventListener('keydown', (e) => {
    if (!e.metaKey && !e.altKey && !e.ctrlKey) hadKeyboardEvent = true
  }, true)
  const pointer = () => {
    hadKeyboardEvent = false
  }
  doc.addEventListener('pointerdown', pointer, true)
  doc.addEventListener('mousedown', pointer, true)
}

/**
 * Whether focus arriving with this event is "visible": it followed a key
 * press, or the browser itself matches `:focus-visible`.
 */
export function isFocusVisibleEvent(event: FocusEvent<Element>): boolean {
  const target = event.currentTarget
  listen(target.ownerDocument)
  let visible = hadKeyboardEvent
  try {
    visible = visible || target.matches(':focus-visible')
  } catch {
    // Engines without :focus-visible keep the keyboard heuristic.
  }
  return visible
}

/**
 * `data-focus-visible` for a part: true while the element has focus that came
 * from the keyboard (or that the browser itself deems visible).
 */
export function useFocusVisible() {
  const [isFocusVisible, setFocusVisible] = useState(false)
  const onFocus = useCallback((event: FocusEvent<Element>) => {
    setFocusVisible(isFocusVisibleEvent(event))
  }, [])
  const onBlur = useCallback(() => setFocusVisible(false), [])
  return { isFocusVisible, focusProps: { onFocus, onBlur } }
}
