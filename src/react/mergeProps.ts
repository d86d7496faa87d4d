import { composeRefs } from '@radix-ui/react-compose-refs'
import type { CSSProperties, Ref } from 'react'
import { composeEventHandlers } from './composeEventHandlers.js'

type AnyProps = Record<string, unknown>

const isHandler = (key: string, value: unknown) => /^on[A-Z]/.test(key) && typeof value === 'function'

/**
 * The kit's props merged with the caller's: the caller's win (spread last),
 * except that handlers compose (caller first, see {@link composeEventHandlers}),
 * refs both receive the node, class names join and styles merge. No caller's
 * props (a getter called bare, `getRootProps()`) gives the kit's.
 */
export function mergeProps<TKit extends object, TCaller extends object>(kit: TKit, caller?: TCaller): TKit & TCaller {
  const merged: AnyProps = { ...(kit as AnyProps) }
  // for…in over a props object (its own keys only), not Object.entries: no array per call.
  for (const key in caller) {
    const value = (caller as AnyProps)[key]
    const own = merged[key]
    if (value === undefined) continue
    if (isHandler(key, value) && typeof own === 'function') {
      merged[key] = composeEventHandlers(value as (e: { defaultPrevented: boolean }) => void, own as never)
    } else if (key === 'ref' && own) {
      merged[key] = composeRefs(own as Ref<unknown>, value as Ref<unknown>)
    } else if (key === 'className' && typeof own === 'string' && typeof value === 'string') {
      merged[key] = `${own} ${value}`
    } else if (key === 'style' && own && typeof own === 'object') {
      merged[key] = { ...(own as CSSProperties), ...(value as CSSProperties) }
    } else {
      merged[key] = value
    }
  }
  return merged as TKit & TCaller
}
