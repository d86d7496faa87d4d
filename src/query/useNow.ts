'use client'
import { useContext, useSyncExternalStore } from 'react'
import { readClock, subscribeToClock } from './internal/clockStore.js'
import { NowContext } from './internal/NowContext.js'
import { subscribeNever } from '../react/subscribeNever.js'

/**
 * The current instant as epoch ms, floored to the minute.
 *
 * With `<BookingKitProvider now={…}>` it is that instant and never ticks
 * (tests, stories, a server render that read the clock once). Otherwise the
 * browser's clock, read outside render through `useSyncExternalStore`, and
 * subscribers re-render at each minute boundary from one shared timer.
 * With `initialNow`, that instant in the server render and while hydrating,
 * then the browser's clock. `undefined` while hydrating a server render that
 * had neither (the server
 * cannot know the customer's clock, and reading its own would mismatch).
 */
export function useNow(): number | undefined {
  const { fixed, initial } = useContext(NowContext)
  const isFixed = fixed !== undefined
  return useSyncExternalStore<number | undefined>(
    isFixed ? subscribeNever : subscribeToClock,
    isFixed ? () => fixed : readClock,
    () => (isFixed ? fixed : initial),
  )
}
