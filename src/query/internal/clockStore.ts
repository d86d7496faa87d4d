const MINUTE_MS = 60_000

/** Epoch ms floored to the minute: the clock's resolution everywhere in the kit. */
export const floorToMinute = (ms: number): number => Math.floor(ms / MINUTE_MS) * MINUTE_MS

/** An instant given as an ISO string, epoch ms or a `Date`, as epoch ms (`NaN` when unreadable). */
export const epochMs = (instant: string | number | Date): number =>
  instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant)

const listeners = new Set<() => void>()
let timer: ReturnType<typeof setTimeout> | undefined

// One timer for every subscriber on the page, aligned to the next minute
// boundary and re-armed from the clock each time: an interval per component
// would drift apart and wake the page once per component.
function arm(): void {
  timer = setTimeout(() => {
    timer = undefined
    for (const listener of [...listeners]) listener()
    if (listeners.size > 0) arm()
  }, MINUTE_MS - (Date.now() % MINUTE_MS))
}

/** `useSyncExternalStore` subscribe: wakes the listener at each minute boundary. */
export function subscribeToClock(listener: () => void): () => void {
  listeners.add(listener)
  if (timer === undefined) arm()
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && timer !== undefined) {
      clearTimeout(timer)
      timer = undefined
    }
  }
}

/**
 * `useSyncExternalStore` getSnapshot: the only place the kit reads the clock.
 * Floored, so it stays the same value (no re-render) within a minute.
 */
export function readClock(): number {
  return floorToMinute(Date.now())
}

/** How many components listen (tests check that one timer serves them all). */
export function clockListenerCount(): number {
  return listeners.size
}
