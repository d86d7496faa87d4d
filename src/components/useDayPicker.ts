'use client'
import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { mergeProps } from '../react/mergeProps.js'
import { pressButtonProps } from '../react/pressButtonProps.js'
import { dataAttributes } from '../react/partProps.js'
import { useElementsByKey } from '../react/useElementsByKey.js'
import { useIsomorphicLayoutEffect } from '../react/useIsomorphicLayoutEffect.js'
import { isFocusVisibleEvent } from '../react/useFocusVisible.js'
import { itemPropGetter } from '../react/itemPropGetter.js'
import { announcerProps } from '../react/visuallyHidden.js'
import { arrowStep, localeDirection } from './internal/civilDay.js'
import { monthOf } from './internal/monthGrid.js'
import type { DayPickerDay, DayPickerState, DayPickerWeekday } from './useDayPickerState.js'

type Props = Record<string, unknown>

/** Options of {@link useDayPicker}. */
export interface UseDayPickerOptions {
  /** Text direction: Left and Right swap in `'rtl'`. @default the locale's */
  dir?: 'ltr' | 'rtl'
}

/** What a day's parts know, for render props, `className`/`style` functions and `data-*`. */
export interface DayRenderState extends DayPickerDay {
  /** The day button has focus that came from the keyboard. */
  isFocusVisible: boolean
}

/** State of a month button, for `className`/`style` functions. */
export interface MonthButtonState {
  isDisabled: boolean
}

/** What {@link useDayPicker} returns: prop getters that merge the caller's props (the caller's last). */
export interface DayPickerAria {
  dir: 'ltr' | 'rtl'
  /** The month heading's id: it names the grid. */
  headingId: string
  getRootProps<P extends Props>(props?: P): Props
  /** The month heading: a polite live region, so moving to another month is announced. */
  getMonthHeadingProps<P extends Props>(props?: P): Props
  getPreviousMonthProps<P extends Props>(props?: P): Props
  getNextMonthProps<P extends Props>(props?: P): Props
  /** The `role="grid"` table, named by the month heading. */
  getGridProps<P extends Props>(props?: P): Props
  /** A column header (`<th scope="col" abbr="Monday">`). */
  getHeaderCellProps<P extends Props>(props: P & { weekday: DayPickerWeekday }): Props
  /** A row of the grid. */
  getWeekProps<P extends Props>(props: P & { week: DayPickerDay[] }): Props
  /** A `gridcell` with `aria-selected` on the chosen day. */
  getDayProps<P extends Props>(props: P & { day: DayPickerDay }): Props
  /** The button inside a day's cell: full spoken name, `aria-disabled` when unavailable, roving `tabIndex`. */
  getDayButtonProps<P extends Props>(props: P & { day: DayPickerDay }): Props
  getDayState(day: DayPickerDay): DayRenderState
  getAnnouncerProps<P extends Props>(props?: P): Props
}

/**
 * The ARIA half of a day picker: the APG date grid.
 *
 * One tab stop in the grid (the focused day); arrows move by day and week
 * (Left and Right swap in RTL), Home/End to the week's first/last day,
 * PageUp/PageDown by a month and with Shift by a year, crossing into the
 * next month as needed; Enter or Space (the button's click) chooses. Days
 * that cannot be chosen stay focusable with `aria-disabled`, so a keyboard
 * user hears why instead of skipping them silently.
 */
export function useDayPicker(state: DayPickerState, options: UseDayPickerOptions = {}): DayPickerAria {
  const id = useId()
  const headingId = `${id}-month`
  const dir = options.dir ?? localeDirection(state.locale)
  const latest = useRef(state)
  // eslint-disable-next-line react-hooks/refs -- handlers created in this render read this state
  latest.current = state

  // Day buttons by day key: the keyboard moves focus without querying the document.
  const { elements, refFor } = useElementsByKey()

  // A key that crosses into another month focuses a button that only exists
  // after the next render.
  const pendingFocus = useRef<string | null>(null)
  useIsomorphicLayoutEffect(() => {
    if (pendingFocus.current === null) return
    const element = elements.get(pendingFocus.current)
    if (element) {
      pendingFocus.current = null
      element.focus()
    }
  })
  const [focusVisible, setFocusVisible] = useState<string | null>(null)

  const onKeyDown = (event: KeyboardEvent) => {
    const s = latest.current
    const step = arrowStep(event.key, dir)
    let target: string | undefined
    if (step) target = step > 0 ? s.focusNextDay() : s.focusPreviousDay()
    else if (event.key === 'ArrowDown') target = s.focusNextWeek()
    else if (event.key === 'ArrowUp') target = s.focusPreviousWeek()
    else if (event.key === 'Home') target = s.focusStartOfWeek()
    else if (event.key === 'End') target = s.focusEndOfWeek()
    else if (event.key === 'PageDown') target = event.shiftKey ? s.focusNextYear() : s.focusNextPage()
    else if (event.key === 'PageUp') target = event.shiftKey ? s.focusPreviousYear() : s.focusPreviousPage()
    else return
    event.preventDefault()
    if (target === undefined) return
    const element = s.month !== undefined && monthOf(target) === s.month ? elements.get(target) : undefined
    if (element) element.focus()
    else pendingFocus.current = target
  }

  const getDayState = (day: DayPickerDay): DayRenderState => ({ ...day, isFocusVisible: focusVisible === day.dayKey })
  const dayData = (day: DayRenderState) =>
    dataAttributes({
      day: day.dayKey,
      selected: day.isSelected,
      disabled: day.isUnavailable,
      today: day.isToday,
      past: day.isPast,
      'focus-visible': day.isFocusVisible,
      empty: day.isEmpty,
      weekend: day.isWeekend,
      'outside-month': day.isOutsideMonth,
      pending: day.isPending,
    })
  const { messages } = state
  const pending = state.isPending && state.month !== undefined

  return {
    dir,
    headingId,
    getRootProps: (props) =>
      mergeProps(
        { dir, ...dataAttributes({ pending, empty: state.isEmptyMonth, error: state.dates.isError }) },
        props,
      ),
    getMonthHeadingProps: (props) =>
      mergeProps({ id: headingId, 'aria-live': 'polite', 'aria-atomic': true, ...dataAttributes({ pending }) }, props),
    getPreviousMonthProps: (props) => pressButtonProps(state.canPreviousMonth, state.previousMonth, messages.previousMonth, props),
    getNextMonthProps: (props) => pressButtonProps(state.canNextMonth, state.nextMonth, messages.nextMonth, props),
    getGridProps: (props) =>
      mergeProps(
        {
          role: 'grid',
          'aria-labelledby': headingId,
          'aria-busy': pending || undefined,
          ...dataAttributes({ pending, empty: state.isEmptyMonth }),
        },
        props,
      ),
    // The short name is what shows; `abbr` gives screen readers the full one.
    getHeaderCellProps: itemPropGetter('useDayPicker', 'getHeaderCellProps', 'weekday', (weekday: DayPickerWeekday) => ({
      scope: 'col',
      abbr: weekday.long,
      ...dataAttributes({ weekend: weekday.isWeekend }),
    })),
    getWeekProps: itemPropGetter('useDayPicker', 'getWeekProps', 'week', (week: DayPickerDay[]) => dataAttributes({ week: week[0]?.dayKey })),
    getDayProps: itemPropGetter('useDayPicker', 'getDayProps', 'day', (day: DayPickerDay) => {
      const s = getDayState(day)
      // Only the chosen day carries aria-selected, as in the APG date picker grid.
      return {
        role: 'gridcell',
        'aria-selected': s.isSelected || undefined,
        'aria-disabled': (s.isUnavailable && !s.isOutsideMonth) || undefined,
        ...dayData(s),
      }
    }),
    getDayButtonProps: itemPropGetter('useDayPicker', 'getDayButtonProps', 'day', (day: DayPickerDay) => {
    const s = getDayState(day)
    return {
        type: 'button',
        ref: refFor(day.dayKey),
        'aria-label': s.label,
        'aria-disabled': s.isUnavailable || undefined,
        'aria-current': s.isToday ? 'date' : undefined,
        tabIndex: s.isFocused ? 0 : -1,
        ...dayData(s),
        onClick: () => latest.current.select(day.dayKey),
        onKeyDown,
        onFocus: (event: FocusEvent<HTMLElement>) => {
          setFocusVisible(isFocusVisibleEvent(event) ? day.dayKey : null)
          const current = latest.current
          const inRange = !day.isPast && (current.lastDay === undefined || day.dayKey <= current.lastDay)
          // A click moves the tab stop too, unless the day is out of the keyboard's range.
          if (!day.isOutsideMonth && inRange && current.focusedDay !== day.dayKey) current.focusDay(day.dayKey)
        },
          onBlur: () => setFocusVisible(null),
      }
    }),
    getDayState,
    getAnnouncerProps: announcerProps,
  }
}
