'use client'
import { createContext, useContext, type Context } from 'react'

/**
 * A context for a compound component's parts that fails loudly when a part is
 * rendered outside its root, naming both (`<SlotPicker.Slot> must be used
 * within <SlotPicker.Root>`), instead of rendering nothing or crashing later.
 */
export function createPartContext<T>(rootName: string): [Context<T | null>, (partName: string) => T] {
  const PartContext = createContext<T | null>(null)
  PartContext.displayName = `${rootName}Context`
  const usePartContext = (partName: string): T => {
    const value = useContext(PartContext)
    if (value === null) {
      throw new Error(`<${partName}> must be used within <${rootName}>.`)
    }
    return value
  }
  return [PartContext, usePartContext]
}
