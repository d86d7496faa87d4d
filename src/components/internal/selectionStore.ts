import type { Slot } from '../../client/index.js'
import { slotKey } from './slotKey.js'

interface DayLike {
  dayKey: string
  slots: Slot[]
}

/**
 * The selection of a slot picker as an external store, so each slot part
 * subscribes to its own two facts (selected? the day's tab stop?) and a new
 * selection re-renders only the slots whose facts changed, not all of them.
 */
export interface SelectionStore {
  subscribe(listener: () => void): () => void
  /** The chosen slot's key, or null. */
  selectedKey(): string | null
  /** The key of the slot that takes Tab into a day: the chosen one when it is on that day, else the first enabled one. */
  tabStop(dayKey: string): string | null
  /**
   * Brings the store up to date during the root's render (no notification, so
   * the slots rendered in the same pass read the new facts) and tells whether
   * anything changed; the root then calls `notify()` after commit so that
   * memoised slots the render did not reach update too.
   */
  sync(days: readonly DayLike[], isDisabled: (slot: Slot) => boolean, key: string | null, dayKey: string | null): boolean
  notify(): void
  /** The slot with focus and whether that focus is visible (keyboard). */
  focused(): { key: string | null; isVisible: boolean }
  setFocused(key: string | null, isVisible: boolean): void
  /** One string of every fact a slot renders from. */
  slotSnapshot(key: string, dayKey: string): string
}

export function createSelectionStore(): SelectionStore {
  const listeners = new Set<() => void>()
  let selected: string | null = null
  let selectedDay: string | null = null
  // The chosen slot is among its day's slots (not gone from a fresh answer): only then does it take the day's Tab.
  let isListed = false
  let firstEnabled = new Map<string, string>()
  let focusedKey: string | null = null
  let focusVisible = false
  let lastDays: readonly DayLike[] | undefined
  let lastIsDisabled: ((slot: Slot) => boolean) | undefined
  const emit = () => listeners.forEach((listener) => listener())
  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    selectedKey: () => selected,
    tabStop: (dayKey) => (isListed && selectedDay === dayKey ? selected : (firstEnabled.get(dayKey) ?? null)),
    sync(days, isDisabled, key, dayKey) {
      if (days === lastDays && isDisabled === lastIsDisabled && key === selected && dayKey === selectedDay) return false
      lastDays = days
      lastIsDisabled = isDisabled
      selected = key
      selectedDay = dayKey
      // One slot key per day, not one per slot: a thousand slots mount with this.
      firstEnabled = new Map()
      for (const day of days) {
        const first = day.slots.find((slot) => !isDisabled(slot))
        if (first) firstEnabled.set(day.dayKey, slotKey(first))
      }
      isListed = key !== null && !!days.find((day) => day.dayKey === dayKey)?.slots.some((slot) => slotKey(slot) === key)
      return true
    },
    notify: emit,
    focused: () => ({ key: focusedKey, isVisible: focusVisible }),
    setFocused(key, isVisible) {
      if (key === focusedKey && isVisible === focusVisible) return
      focusedKey = key
      focusVisible = isVisible
      emit()
    },
    slotSnapshot(key, dayKey) {
      const selectedHere = selected === key ? 's' : ''
      const tab = this.tabStop(dayKey) === key ? 't' : ''
      // Only visible focus shows (data-focus-visible): a click's focus alone re-renders nothing.
      const focus = focusedKey === key && focusVisible ? 'v' : ''
      return selectedHere + tab + focus
    },
  }
}
