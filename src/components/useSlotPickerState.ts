'use client'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Slot } from '../client/index.js'
import { useBookingKit } from '../query/BookingKitContext.js'
import type { UseAvailabilityResult } from '../query/useAvailability.js'
import { useNow } from '../query/useNow.js'
import { useControllableState } from '../react/useControllableState.js'
import { useIsomorphicLayoutEffect } from '../react/useIsomorphicLayoutEffect.js'
import { dayRange } from '../time/dayRange.js'
import { formatSlotLabel } from '../time/formatSlotLabel.js'
import { formatSlotRange } from '../time/formatSlotRange.js'
import { formatSlotTime } from '../time/formatSlotTime.js'
import { offsetChanges, type OffsetChange } from '../time/offsetChanges.js'
import { shiftDayKey } from '../time/shiftDayKey.js'
import type { HourCycle } from '../time/types.js'
import { localeWeekInfo } from './internal/civilDay.js'
import { weekdayOf } from './internal/monthGrid.js'
import { formatFullDay, formatZoneAbbreviation, sameInEveryEngine } from './internal/formatDays.js'
import { cachePerSlot, slotDayKeys } from './internal/cachePerSlot.js'
import { createSelectionStore, type SelectionStore } from './internal/selectionStore.js'
import { slotKey, type SlotSelection } from './internal/slotKey.js'
import { defaultSlotPickerMessages, type SlotPickerMessages } from './slotPickerMessages.js'

/** How choosing a slot works. */
export type SlotActivation = 'select' | 'immediate'

/** Options of {@link useSlotPickerState}. */
export interface UseSlotPickerStateOptions {
  /** The availability to pick from: the result of `useAvailability`. */
  availability: UseAvailabilityResult
  /** The chosen slot, controlled (`null` for none). */
  value?: Slot | null
  /** The first chosen slot, uncontrolled. @default null */
  defaultValue?: Slot | null
  /** Called when the chosen slot changes, also with `null` when it is cleared because the slot is gone. */
  onValueChange?: (slot: Slot | null) => void
  /**
   * `'select'`: radio groups, one per day; choosing only selects (a separate button submits).
   * `'immediate'`: buttons; a click or Enter calls `onSlotActivate` (booking-js's click-to-open).
   * @default 'select'
   */
  activation?: SlotActivation
  /** Called when a slot is activated in `'immediate'` mode. */
  onSlotActivate?: (slot: Slot) => void
  /** Slots to show but refuse (`aria-disabled`). Keep its identity stable (`useCallback`): a new function re-renders every slot. */
  isSlotDisabled?: (slot: Slot) => boolean
  /** Force a 12- or 24-hour clock. @default the locale's */
  hourCycle?: HourCycle
  /** Strings to replace, English by default. Keep its identity stable (a module constant or `useMemo`). */
  messages?: Partial<SlotPickerMessages>
}

/** One of the customer's days as the picker shows it. */
export interface SlotPickerDay {
  /** `yyyy-MM-dd` in the customer's zone. */
  dayKey: string
  /** The day's slots that have not started yet, in order. */
  slots: Slot[]
  /** The day's full date in the locale (`Tuesday, March 24, 2026`): the heading and the group's name. */
  label: string
  isToday: boolean
  isPast: boolean
  isWeekend: boolean
  /** No slot to choose on this day (none free, or all disabled); false until the slots have loaded. */
  isEmpty: boolean
  /** The zone's offset changes on this day (a DST day). */
  offsetChange: OffsetChange | undefined
}

/** What {@link useSlotPickerState} returns: read-only state and commands, no DOM. */
export interface SlotPickerState {
  /** The customer's zone every day and label is in. */
  timeZone: string
  locale: string
  hourCycle: HourCycle | undefined
  activation: SlotActivation
  /** The shown days with their slots. */
  days: SlotPickerDay[]
  /** The availability behind the picker (window, navigation, loading and error state). */
  availability: UseAvailabilityResult
  /** The chosen slot, or null. */
  value: Slot | null
  /** The chosen slot's identity, or null. */
  selectedKey: string | null
  /** True when every shown day is empty and the window has loaded. */
  isEmptyWindow: boolean
  /** The offset changes inside the shown days. */
  offsetChanges: OffsetChange[]
  /** The polite announcement of the moment (a chosen slot that went away), or ''. */
  announcement: string
  messages: SlotPickerMessages
  /** Fine-grained selection state for parts that re-render only when their own slot changes. */
  store: SelectionStore
  isSelected(slot: SlotSelection): boolean
  isSlotDisabled(slot: Slot): boolean
  /** Choose a slot (or clear with null). Ignores disabled slots. */
  select(slot: Slot | null): void
  /** Activate a slot (`'immediate'` mode): calls `onSlotActivate`. */
  activate(slot: Slot): void
  /** The slot's visible time (`9:30 AM`; with the zone's short name on a day whose offset changes). */
  formatTime(slot: Slot): string
  /** The slot's visible range (`9:30 – 10:00 AM`). */
  formatRange(slot: Slot): string
  /** The slot's full spoken name: visible time, weekday, date, time, zone, resources. */
  formatLabel(slot: Slot): string
}

function resourceNames(slot: Slot): string[] {
  return slot.resources.flatMap((r) => (typeof r.name === 'string' && r.name ? [r.name] : []))
}

/**
 * The state of a slot picker with no DOM: the customer's days with their
 * slots, the chosen slot (`value` / `defaultValue` / `onValueChange`), and
 * the commands. The selection is identified by start, end and resources, so it
 * survives a zone change and a window change; it is cleared, with a polite
 * announcement, when its slot disappears from a freshly loaded window or its
 * start passes (checked at minute boundaries through the provider's clock).
 */
export function useSlotPickerState(options: UseSlotPickerStateOptions): SlotPickerState {
  const { availability, activation = 'select', onSlotActivate, isSlotDisabled: isSlotDisabledProp, hourCycle } = options
  const { timeZone, locale } = useBookingKit()
  const now = useNow()
  const messages = useMemo(() => ({ ...defaultSlotPickerMessages, ...options.messages }), [options.messages])
  const [value, setValue] = useControllableState<Slot | null>({
    prop: options.value,
    defaultProp: options.defaultValue ?? null,
    onChange: options.onValueChange,
    caller: 'SlotPicker',
  })
  const selectedKey = value ? slotKey(value) : null

  const isSlotDisabled = useCallback((slot: Slot) => isSlotDisabledProp?.(slot) ?? false, [isSlotDisabledProp])

  const { days: availableDays } = availability
  const today = availability.today
  const firstDay = availableDays[0]?.dayKey
  const lastDay = availableDays.at(-1)?.dayKey
  const changes = useMemo(() => {
    if (!firstDay || !lastDay) return []
    return offsetChanges(dayRange(firstDay, timeZone).start, dayRange(shiftDayKey(lastDay, 1), timeZone).start, timeZone)
  }, [firstDay, lastDay, timeZone])

  const formatOptions = useMemo(() => ({ timeZone, locale, hourCycle }), [timeZone, locale, hourCycle])
  const dayKeyIn = useMemo(() => slotDayKeys(timeZone), [timeZone])
  // Per slot object, shared by every picker showing the same window in the
  // same zone and locale: the label repeats the time, a slot renders both,
  // and a picker mounted again over cached data formats nothing.
  const formatTime = useMemo(
    () =>
      cachePerSlot((slot) => {
        const time = formatSlotTime(slot, formatOptions)
        // On a DST day the same wall time can occur twice (01:30 EDT, 01:30 EST):
        // the zone's short name tells the two apart, on screen and in the name.
        const dayKey = dayKeyIn(slot)
        return changes.some((change) => change.dayKey === dayKey) ? `${time} ${formatZoneAbbreviation(slot.start, timeZone, locale)}` : time
      }, `time|${timeZone}|${locale}|${hourCycle}|${firstDay}|${lastDay}`),
    [formatOptions, changes, dayKeyIn, timeZone, locale, hourCycle, firstDay, lastDay],
  )
  const formatRange = useCallback((slot: Slot) => sameInEveryEngine(formatSlotRange(slot, formatOptions)), [formatOptions])
  const formatLabel = useMemo(() => {
    const label = (slot: Slot) =>
      messages.slotLabel({
        time: formatTime(slot),
        label: formatSlotLabel(slot, formatOptions),
        resources: resourceNames(slot),
      })
    // The default names are shared like the times; a caller's own slotLabel may read anything.
    return messages.slotLabel === defaultSlotPickerMessages.slotLabel ? cachePerSlot(label, `name|${timeZone}|${locale}|${hourCycle}|${firstDay}|${lastDay}`) : label
  }, [formatOptions, formatTime, messages, timeZone, locale, hourCycle, firstDay, lastDay])

  // Before the first answer every day has no slots; calling them empty would
  // show (and say) "No free times" while they load.
  const hasData = availability.data !== undefined
  const days = useMemo<SlotPickerDay[]>(() => {
    const { weekend } = localeWeekInfo(locale)
    const changeByDay = new Map(changes.map((change) => [change.dayKey, change]))
    return availableDays.map(({ dayKey, slots: daySlots }) => {
      // Slots whose start has passed leave the picker; `now` moves at minute
      // boundaries. Slots come in order: when the first is ahead, all are.
      const slots =
        now === undefined || Date.parse(daySlots[0]?.start ?? '') > now ? daySlots : daySlots.filter((slot) => Date.parse(slot.start) > now)
      return {
        dayKey,
        slots,
        label: formatFullDay(dayKey, locale),
        isToday: dayKey === today,
        isPast: today !== undefined && dayKey < today,
        isWeekend: weekend.includes(weekdayOf(dayKey)),
        isEmpty: hasData && slots.every((slot) => isSlotDisabled(slot)),
        offsetChange: changeByDay.get(dayKey),
      }
    })
  }, [availableDays, now, locale, today, changes, isSlotDisabled, hasData])

  const [store] = useState(createSelectionStore)
  const selectedDay = value ? dayKeyIn(value) : null
  // An idempotent sync of derived facts during render; see SelectionStore.sync.
  const storeChanged = store.sync(days, isSlotDisabled, selectedKey, selectedDay)
  useIsomorphicLayoutEffect(() => {
    if (storeChanged) store.notify()
  })

  // The chosen slot went away: cleared once the window that holds it has
  // loaded fresh (not placeholder data from another window) and lacks it, or
  // once its start has passed. Never while another window is on screen: the
  // selection survives navigation.
  const [announcement, setAnnouncement] = useState('')
  const isFresh = availability.isSuccess && !availability.isPlaceholderData
  useEffect(() => {
    if (!value) return
    const passed = now !== undefined && Date.parse(value.start) <= now
    let gone = passed
    if (!gone && isFresh) {
      const day = days.find((d) => d.dayKey === selectedDay)
      gone = day !== undefined && !day.slots.some((slot) => slotKey(slot) === selectedKey)
    }
    if (gone) {
      // The parent's onValueChange(null) is an event, which cannot be sent
      // during render: this effect reacts to the data that removed the slot.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setAnnouncement(messages.slotGone({ label: formatSlotLabel(value, formatOptions) }))
      setValue(null)
    }
  }, [value, selectedKey, selectedDay, days, isFresh, now, messages, formatOptions, setValue])

  const select = useCallback(
    (slot: Slot | null) => {
      if (slot && isSlotDisabled(slot)) return
      setAnnouncement('')
      setValue(slot)
    },
    [setValue, isSlotDisabled],
  )
  const latestActivate = useRef(onSlotActivate)
  useEffect(() => {
    latestActivate.current = onSlotActivate
  })
  const activate = useCallback(
    (slot: Slot) => {
      if (isSlotDisabled(slot)) return
      setValue(slot)
      latestActivate.current?.(slot)
    },
    [setValue, isSlotDisabled],
  )
  const isSelected = useCallback((slot: SlotSelection) => selectedKey !== null && slotKey(slot) === selectedKey, [selectedKey])

  const isEmptyWindow = isFresh && days.length > 0 && days.every((day) => day.isEmpty)

  return {
    timeZone,
    locale,
    hourCycle,
    activation,
    days,
    availability,
    value,
    selectedKey,
    isEmptyWindow,
    offsetChanges: changes,
    announcement,
    messages,
    store,
    isSelected,
    isSlotDisabled,
    select,
    activate,
    formatTime,
    formatRange,
    formatLabel,
  }
}
