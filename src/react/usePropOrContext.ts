'use client'
import { useContext, type Context } from 'react'

/**
 * A part's item (a day, a week): its own prop, else the one its surrounding
 * part provides; without either it fails loudly, naming both parts.
 */
export function usePropOrContext<T>(prop: T | undefined, context: Context<T | null>, part: string, key: string, surrounding: string): T {
  const provided = useContext(context)
  const value = prop ?? provided
  if (!value) throw new Error(`<${part}> needs a \`${key}\` prop or a surrounding <${surrounding}>.`)
  return value
}
