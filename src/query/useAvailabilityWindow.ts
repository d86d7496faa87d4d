'use client'
import { useCallback, useMemo } from 'react'
import { shiftDayKey } from '../time/shiftDayKey.js'
import { useControllableState } from '../react/useControllableState.js'
import { windowDayKeys, type AvailabilityWindow } from './availabilityWindow.js'
import { useToday } from './useToday.js'

/** Options of {@link useAvailabilityWindow}. */
export interface UseAvailabilityWindowOptions {
  /** The window shown, controlled. */
  window?: AvailabilityWindow
  /** The first window, uncontrolled. @default `{ start: today, days }` in the customer's zone */
  defaultWindow?: AvailabilityWindow
  /** Days per window when neither window nor defaultWindow says. @default 7 */
  days?: number
  /** Called when next/previous/goTo/goToToday asks for another window. */
  onWindowChange?: (window: Required<AvailabilityWindow>) => void
  /** The last day that may be shown: a `yyyy-MM-dd` day key, or a number of days after today. @default none */
  horizon?: string | number
}

/** What {@link useAvailabilityWindow} returns: the window of days shown, its bounds and the commands that move it. */
export interface AvailabilityWindowState {
  /** The window asked for; `undefined` only while today is unknown (hydrating a server render without `now`). */
  window: Required<AvailabilityWindow> | undefined
  /** The window's day keys in order ([] while window is undefined). */
  dayKeys: string[]
  /** The customer's today, `yyyy-MM-dd`. */
  today: string | undefined
  /** The last allowed day, from `horizon`. */
  lastDay: string | undefined
  /** False when the window already starts on (or before) today. */
  canPrevious: boolean
  /** False when the window already reaches `lastDay`. */
  canNext: boolean
  /** The next window, unless the window already reaches `lastDay`. */
  next(): void
  /** The previous window; it is clamped so the window never starts before today. */
  previous(): void
  /** Starts the window on `dayKey`, clamped into [today, lastDay]. */
  goTo(dayKey: string): void
  /** Starts the window on today. */
  goToToday(): void
  /** True for days in [today, lastDay] (no lower bound while today is unknown). */
  isDayInRange(dayKey: string): boolean
}

// Day keys are `yyyy-MM-dd`, so string order is calendar order.
const maxDay = (a: string, b: string) => (a > b ? a : b)
const minDay = (a: string, b: string) => (a < b ? a : b)

/**
 * The window of the customer's days a page shows, without any data: where it
 * starts, how far it may go, and commands that keep it inside
 * [today, lastDay]. `useAvailability` builds on it; a calendar or a custom
 * fetch can use it alone.
 *
 * Uncontrolled, the window starts on today (in the provider's zone, from
 * the provider's clock) until the customer moves it. A controlled `window`
 * is shown as given (the caller owns it), but the commands still ask only
 * for windows inside the bounds.
 */
export function useAvailabilityWindow(options: UseAvailabilityWindowOptions = {}): AvailabilityWindowState {
  const { window: windowProp, defaultWindow, days = 7, onWindowChange, horizon } = options
  const today = useToday()

  // `undefined` inside means "not moved yet": the window then follows today,
  // which is unknown while hydrating and moves on at midnight.
  const [chosen, setChosen] = useControllableState<AvailabilityWindow | undefined>({
    prop: windowProp,
    defaultProp: defaultWindow,
    onChange: onWindowChange as ((window: AvailabilityWindow | undefined) => void) | undefined,
    caller: 'useAvailabilityWindow (window)',
  })
  const start = chosen?.start ?? today
  const length = chosen?.days ?? days
  const window = useMemo(() => (start === undefined ? undefined : { start, days: length }), [start, length])

  const lastDay =
    typeof horizon === 'string' ? horizon : horizon !== undefined && today !== undefined ? shiftDayKey(today, horizon) : undefined
  const dayKeys = useMemo(() => (window ? windowDayKeys(window) : []), [window])
  const canPrevious = window !== undefined && today !== undefined && window.start > today
  const canNext = window !== undefined && (lastDay === undefined || shiftDayKey(window.start, window.days - 1) < lastDay)

  const clamp = useCallback(
    (dayKey: string) => {
      let out = dayKey
      if (lastDay !== undefined) out = minDay(out, lastDay)
      if (today !== undefined) out = maxDay(out, today)
      return out
    },
    [today, lastDay],
  )
  const move = useCallback(
    (nextStart: string) => {
      if (window === undefined || nextStart === window.start) return
      setChosen({ start: nextStart, days: window.days })
    },
    [window, setChosen],
  )
  const next = useCallback(() => {
    if (canNext && window) move(shiftDayKey(window.start, window.days))
  }, [canNext, window, move])
  const previous = useCallback(() => {
    if (canPrevious && window) move(clamp(shiftDayKey(window.start, -window.days)))
  }, [canPrevious, window, move, clamp])
  const goTo = useCallback((dayKey: string) => move(clamp(dayKey)), [move, clamp])
  const goToToday = useCallback(() => {
    if (today !== undefined) move(today)
  }, [today, move])
  const isDayInRange = useCallback(
    (dayKey: string) => (today === undefined || dayKey >= today) && (lastDay === undefined || dayKey <= lastDay),
    [today, lastDay],
  )

  return useMemo(
    () => ({ window, dayKeys, today, lastDay, canPrevious, canNext, next, previous, goTo, goToToday, isDayInRange }),
    [window, dayKeys, today, lastDay, canPrevious, canNext, next, previous, goTo, goToToday, isDayInRange],
  )
}
