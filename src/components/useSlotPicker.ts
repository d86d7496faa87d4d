'use client'
import { useCallback, useId, useMemo, useRef, type KeyboardEvent, type FocusEvent } from 'react'
import type { Slot } from '../client/index.js'
import { dataAttributes } from '../react/partProps.js'
import { mergeProps } from '../react/mergeProps.js'
import { pressButtonProps } from '../react/pressButtonProps.js'
import { isFocusVisibleEvent } from '../react/useFocusVisible.js'
import { useElementsByKey } from '../react/useElementsByKey.js'
import { useIsomorphicLayoutEffect } from '../react/useIsomorphicLayoutEffect.js'
import { itemPropGetter } from '../react/itemPropGetter.js'
import { announcerProps } from '../react/visuallyHidden.js'
import { arrowStep, localeDirection } from './internal/civilDay.js'
import { formatDayRange, formatFullDay, formatZoneAbbreviation } from './internal/formatDays.js'
import { slotDayKeys } from './internal/cachePerSlot.js'
import { slotKey } from './internal/slotKey.js'
import type { SlotPickerDay, SlotPickerState } from './useSlotPickerState.js'

type Props = Record<string, unknown>

const dayGetter = (getter: string, kit: (day: SlotPickerDay) => Props) => itemPropGetter('useSlotPicker', getter, 'day', kit)

/** Options of {@link useSlotPicker}. */
export interface UseSlotPickerOptions {
  /** Text direction: Left/Right swap in `'rtl'`. @default the locale's */
  dir?: 'ltr' | 'rtl'
}

/** What the slot picker's prop getters know of a slot, for render props and `data-*`. */
export interface SlotRenderState {
  slot: Slot
  /** The visible time (`9:30 AM`; with the zone's short name on a day whose offset changes). */
  time: string
  /** The full spoken name. */
  label: string
  isSelected: boolean
  isDisabled: boolean
  isFocusVisible: boolean
  /** The takes-Tab slot of its day. */
  isTabStop: boolean
}

/** What {@link useSlotPicker} returns: prop getters that merge the caller's props (the caller's last). */
export interface SlotPickerAria {
  dir: 'ltr' | 'rtl'
  getRootProps<P extends Props>(props?: P): Props
  getDayProps<P extends Props>(props: P & { day: SlotPickerDay }): Props
  getDayHeadingProps<P extends Props>(props: P & { day: SlotPickerDay }): Props
  /** The group of a day's slots: a radiogroup (`'select'`) or a group of buttons (`'immediate'`). */
  getSlotGroupProps<P extends Props>(props: P & { day: SlotPickerDay }): Props
  getSlotProps<P extends Props>(props: P & { slot: Slot }): Props
  /** The customer's day (`yyyy-MM-dd`) a slot starts on. */
  dayKeyOf(slot: Slot): string
  /** The render state of a slot, as `getSlotProps` sees it now. */
  getSlotState(slot: Slot): SlotRenderState
  getPreviousWindowProps<P extends Props>(props?: P): Props
  getNextWindowProps<P extends Props>(props?: P): Props
  getTodayProps<P extends Props>(props?: P): Props
  getWindowLabelProps<P extends Props>(props?: P): Props
  getAnnouncerProps<P extends Props>(props?: P): Props
  /** The window's range in the locale (`Mar 23 – 29, 2026`). */
  windowLabel: string
  /** One sentence per offset change in the shown days ("Clocks go forward on …"). */
  offsetChangeNotices: string[]
}

/**
 * The ARIA half of a slot picker: prop getters for the root, each day, its
 * heading, its group of slots, each slot and the window navigation.
 *
 * Keyboard (APG Radio Group per day, `activation: 'select'`): Tab enters a
 * day on its chosen slot or its first; arrows move, choose and wrap (Left and
 * Right swap in RTL); Home/End go to the first/last. Choosing has no side
 * effect, so selection follows focus; submitting is a separate button. In
 * `'immediate'` mode slots are buttons with the same arrow keys and one tab
 * stop per day; click, Enter or Space activates.
 */
export function useSlotPicker(state: SlotPickerState, options: UseSlotPickerOptions = {}): SlotPickerAria {
  return useSlotPickerParts(state, options)[0]
}

/** The kit's props of one slot in a render state the caller already holds (no caller's props merged). */
export type SlotKit = (slot: Slot, state: SlotRenderState) => Props

/**
 * {@link useSlotPicker} and, for `SlotPicker.Slot`, {@link SlotKit}: a slot
 * part computes its render state once and builds its props from it, where
 * `getSlotProps` would compute the state again and copy the props twice.
 */
export function useSlotPickerParts(state: SlotPickerState, options: UseSlotPickerOptions): [SlotPickerAria, SlotKit] {
  const id = useId()
  const dir = options.dir ?? localeDirection(state.locale)
  // Getters stay stable across selection changes (so memoised slots do not
  // all re-render) and read the newest state: set during render, because the
  // slots rendered in this same pass call them.
  const latest = useRef(state)
  // eslint-disable-next-line react-hooks/refs
  latest.current = state
  const { days, timeZone, locale, messages, activation, store, availability } = state

  // Slot elements by key, filled through ref callbacks: arrow keys move focus
  // to another slot without querying the document.
  // A focused slot that leaves (taken, or passed while the page sat idle)
  // would drop focus to <body>: after the commit that removed it, focus goes
  // to its day's tab stop instead, if nothing else took focus meanwhile.
  const focusedSlot = useRef<Slot | null>(null)
  const focusLost = useRef<[Slot, Document] | null>(null)
  const { elements, refFor } = useElementsByKey((_, node) => {
    const document = node.ownerDocument
    if (document.activeElement === node && focusedSlot.current) focusLost.current = [focusedSlot.current, document]
  })

  // What a slot shows that does not depend on the selection (its key, day,
  // time, name) comes from caches per slot object that every picker over the
  // same answer shares: a slot renders from them twice (its children and its
  // props), and a picker mounted again, or a slot chosen, formats nothing.
  const { formatTime, formatLabel, isSlotDisabled, offsetChanges } = state
  const dayKeyOf = useMemo(() => slotDayKeys(timeZone), [timeZone])

  const getSlotState = useCallback(
    (slot: Slot): SlotRenderState => {
      const key = slotKey(slot)
      const focused = store.focused()
      return {
        slot,
        time: formatTime(slot),
        label: formatLabel(slot),
        isSelected: store.selectedKey() === key,
        isDisabled: isSlotDisabled(slot),
        isFocusVisible: focused.key === key && focused.isVisible,
        isTabStop: store.tabStop(dayKeyOf(slot)) === key,
      }
    },
    // Selection and focus are read from the store at call time.
    [formatTime, formatLabel, isSlotDisabled, dayKeyOf, store],
  )

  const move = useCallback(
    (event: KeyboardEvent, slot: Slot) => {
      const current = latest.current
      const key = slotKey(slot)
      const day = current.days.find((d) => d.dayKey === dayKeyOf(slot))
      if (!day) return
      const enabled = day.slots.filter((s) => !current.isSlotDisabled(s))
      if (enabled.length === 0) return
      const index = enabled.findIndex((s) => slotKey(s) === key)
      const { key: pressed } = event
      const step = pressed === 'ArrowDown' ? 1 : pressed === 'ArrowUp' ? -1 : arrowStep(pressed, dir)
      let target: Slot | undefined
      if (step) target = enabled[(index + step + enabled.length) % enabled.length]
      else if (pressed === 'Home') target = enabled[0]
      else if (pressed === 'End') target = enabled.at(-1)
      if (!target) return
      event.preventDefault()
      if (current.activation === 'select') current.select(target)
      elements.get(slotKey(target))?.focus()
    },
    [dir, dayKeyOf, elements],
  )

  useIsomorphicLayoutEffect(() => {
    const lost = focusLost.current
    if (!lost) return
    focusLost.current = null
    const [slot, document] = lost
    const active = document.activeElement
    if (active && active !== document.body) return
    const target = store.tabStop(dayKeyOf(slot))
    if (target !== null) elements.get(target)?.focus()
  })

  // The kit's own props of a slot in render state `s`: `SlotPicker.Slot`
  // calls it with the state it already holds, `getSlotProps` with a new one.
  const slotKit = useCallback(
    (slot: Slot, s: SlotRenderState): Props => {
      const key = slotKey(slot)
      const dayKey = dayKeyOf(slot)
      const kit: Props = {
        type: 'button',
        ref: refFor(key),
        'aria-label': s.label,
        tabIndex: s.isTabStop ? 0 : -1,
        'aria-disabled': s.isDisabled || undefined,
        // Written out rather than through dataAttributes(): this runs for each of a thousand slots.
        'data-selected': s.isSelected || undefined,
        'data-disabled': s.isDisabled || undefined,
        'data-focus-visible': s.isFocusVisible || undefined,
        'data-offset-change': offsetChanges.some((change) => change.dayKey === dayKey) || undefined,
        onClick: () => {
          const current = latest.current
          if (current.activation === 'select') current.select(slot)
          else current.activate(slot)
        },
        onKeyDown: (event: KeyboardEvent) => move(event, slot),
        onFocus: (event: FocusEvent<HTMLElement>) => {
          focusedSlot.current = slot
          store.setFocused(key, isFocusVisibleEvent(event))
        },
        onBlur: () => store.setFocused(null, false),
      }
      if (activation === 'select') {
        kit.role = 'radio'
        kit['aria-checked'] = s.isSelected
      }
      return kit
    },
    [dayKeyOf, offsetChanges, refFor, move, store, activation],
  )

  const getSlotProps = useMemo(
    () => itemPropGetter('useSlotPicker', 'getSlotProps', 'slot', (slot: Slot) => slotKit(slot, getSlotState(slot))),
    [getSlotState, slotKit],
  )

  const aria = useMemo<SlotPickerAria>(() => {
    const window = availability.window
    const first = days[0]?.dayKey
    const last = days.at(-1)?.dayKey
    const windowLabel = first && last ? formatDayRange(first, last, locale) : ''
    const offsetChangeNotices = offsetChanges.map((change) =>
      messages.offsetChange({
        day: formatFullDay(change.dayKey, locale),
        direction: change.offsetMinutesAfter > change.offsetMinutesBefore ? 'forward' : 'back',
        abbreviation: formatZoneAbbreviation(change.at, timeZone, locale),
      }),
    )
    const windowDays = window?.days ?? 7
    const headingId = (dayKey: string) => `${id}-day-${dayKey}`
    return {
      dir,
      windowLabel,
      offsetChangeNotices,
      getRootProps: (props) =>
        mergeProps(
          {
            dir,
            'aria-busy': availability.isFetching || undefined,
            ...dataAttributes({
              pending: availability.isPending || availability.isPlaceholderData,
              empty: latest.current.isEmptyWindow,
              error: availability.isError,
            }),
          },
          props,
        ),
      getDayProps: dayGetter('getDayProps', (day) =>
        dataAttributes({
          day: day.dayKey,
          today: day.isToday,
          past: day.isPast,
          weekend: day.isWeekend,
          empty: day.isEmpty,
          'offset-change': !!day.offsetChange,
          pending: availability.isPlaceholderData,
        }),
      ),
      getDayHeadingProps: dayGetter('getDayHeadingProps', (day) => ({
        id: headingId(day.dayKey),
        ...dataAttributes({ day: day.dayKey, today: day.isToday }),
      })),
      getSlotGroupProps: dayGetter('getSlotGroupProps', (day) => ({
        role: activation === 'select' ? 'radiogroup' : 'group',
        'aria-labelledby': headingId(day.dayKey),
        ...dataAttributes({ day: day.dayKey, empty: day.isEmpty }),
      })),
      getSlotState,
      dayKeyOf,
      getSlotProps,
      getPreviousWindowProps: (props) =>
        pressButtonProps(availability.canPrevious, availability.previous, messages.previousWindow({ days: windowDays }), props),
      getNextWindowProps: (props) =>
        pressButtonProps(availability.canNext, availability.next, messages.nextWindow({ days: windowDays }), props),
      getTodayProps: (props) =>
        pressButtonProps(
          availability.today !== undefined && availability.window?.start !== availability.today,
          availability.goToToday,
          messages.today,
          props,
        ),
      getWindowLabelProps: (props) => mergeProps({ 'aria-live': 'polite' }, props),
      getAnnouncerProps: announcerProps,
    }
  }, [days, availability, locale, timeZone, messages, activation, dir, offsetChanges, id, getSlotState, getSlotProps, dayKeyOf])
  return [aria, slotKit]
}
