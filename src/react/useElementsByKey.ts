'use client'
import { useState } from 'react'

/**
 * The elements of a widget's repeated items by key, filled through ref
 * callbacks: keyboard handlers move focus or scroll without querying the
 * document, and two widgets on a page never see each other's items. `refFor`
 * gives the same callback for a key on every render, so React does not detach
 * and reattach each item's ref.
 */
export function useElementsByKey<TElement extends HTMLElement = HTMLElement>(
  /** Called with an item's element as it leaves (read once, on the first render). */
  onRemove?: (key: string, node: TElement) => void,
): {
  elements: Map<string, TElement>
  refFor: (key: string) => (node: TElement | null) => void
} {
  const [elements] = useState(() => new Map<string, TElement>())
  const [refFor] = useState(() => {
    const callbacks = new Map<string, (node: TElement | null) => void>()
    return (key: string) => {
      let callback = callbacks.get(key)
      if (!callback) {
        callback = (node) => {
          const old = elements.get(key)
          if (node) elements.set(key, node)
          else if (old) {
            onRemove?.(key, old)
            elements.delete(key)
          }
        }
        callbacks.set(key, callback)
      }
      return callback
    }
  })
  return { elements, refFor }
}
