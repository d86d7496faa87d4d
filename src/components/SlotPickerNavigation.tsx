'use client'
import { type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { useAvailableDates } from '../query/useAvailableDates.js'
import { mergeProps } from '../react/mergeProps.js'
import { dataAttributes, type PartProps } from '../react/partProps.js'
import { shiftDayKey } from '../time/shiftDayKey.js'
import { formatFullDay } from './internal/formatDays.js'
import { pressButtonPart, renderPart } from './internal/Part.js'
import { useSlotPickerContext } from './slotPickerContext.js'
import type { SlotPickerState } from './useSlotPickerState.js'

/** State of a window navigation button, for `className`/`style` functions. */
export interface WindowButtonState {
  isDisabled: boolean
}

const navButton = (part: string, getter: 'getPreviousWindowProps' | 'getNextWindowProps' | 'getTodayProps') =>
  pressButtonPart<WindowButtonState>(part, (name) => useSlotPickerContext(name).aria[getter](), getter === 'getTodayProps')

/** Goes to the previous window; `aria-disabled` at today (nothing before today is shown). */
const PreviousWindow = navButton('SlotPicker.PreviousWindow', 'getPreviousWindowProps')
/** Goes to the next window; `aria-disabled` at the horizon. */
const NextWindow = navButton('SlotPicker.NextWindow', 'getNextWindowProps')
/** Goes back to the window that starts today. */
const Today = navButton('SlotPicker.Today', 'getTodayProps')

type TextProps<TState> = PartProps<TState> &
  Omit<ComponentPropsWithoutRef<'p'>, 'className' | 'style' | 'children'> & {
    children?: ReactNode | ((state: TState) => ReactNode)
  }

/** The shown window's range in the locale (`Mar 23 – 29, 2026`), a polite live region. */
function WindowLabel(props: TextProps<SlotPickerState>) {
  const { aria, state } = useSlotPickerContext('SlotPicker.WindowLabel')
  return renderPart('p', props, state, aria.getWindowLabelProps, aria.windowLabel)
}

/** One note per offset change in the shown days ("Clocks go forward on Sunday, March 29, 2026; times from then on are in CEST."). Nothing when there is none. */
function OffsetChangeNotice(props: TextProps<SlotPickerState>) {
  const { aria, state } = useSlotPickerContext('SlotPicker.OffsetChangeNotice')
  if (aria.offsetChangeNotices.length === 0) return null
  return renderPart('p', props, state, (p) => mergeProps({ role: 'note', 'data-offset-change': true }, p), aria.offsetChangeNotices.join(' '))
}

/** State of {@link SlotPicker.NextAvailable}. */
export interface NextAvailableState {
  /** The next day after the window with a free slot, `yyyy-MM-dd`; undefined while searching or when none in two months. */
  dayKey: string | undefined
  isSearching: boolean
}

/**
 * In an empty window, offers the next day with free slots (from
 * `/availability/dates` for the month the window ends in and the next one);
 * pressing it moves the window there. Nothing while the window has slots.
 */
function NextAvailable(props: PartProps<NextAvailableState> & Omit<ComponentPropsWithoutRef<'button'>, 'className' | 'style' | 'children'> & { children?: ReactNode | ((state: NextAvailableState) => ReactNode) }) {
  const { state, search } = useSlotPickerContext('SlotPicker.NextAvailable')
  const lastDay = state.availability.dayKeys.at(-1) ?? state.days.at(-1)?.dayKey
  const month = lastDay?.slice(0, 7) ?? '1970-01'
  const followingMonth = lastDay ? shiftDayKey(`${month}-28`, 4).slice(0, 7) : month
  const isEmpty = state.isEmptyWindow && lastDay !== undefined
  const thisMonth = useAvailableDates({ ...search, month, enabled: isEmpty })
  const after = (dates: string[]) => dates.find((date) => lastDay !== undefined && date > lastDay && state.availability.isDayInRange(date))
  const inThisMonth = after(thisMonth.dates)
  const nextMonth = useAvailableDates({ ...search, month: followingMonth, enabled: isEmpty && thisMonth.isSuccess && !inThisMonth })
  const dayKey = inThisMonth ?? after(nextMonth.dates)
  const isSearching = thisMonth.isFetching || nextMonth.isFetching
  if (!isEmpty) return null
  const kit = {
    type: 'button',
    'aria-disabled': !dayKey || undefined,
    ...dataAttributes({ disabled: !dayKey, pending: isSearching }),
    onClick: () => {
      if (dayKey) state.availability.goTo(dayKey)
    },
  }
  return renderPart(
    'button',
    props,
    { dayKey, isSearching },
    (p) => mergeProps(kit, p),
    dayKey
      ? state.messages.nextAvailable({ day: formatFullDay(dayKey, state.locale) })
      : isSearching
        ? state.messages.loading
        : state.messages.emptyWindow,
  )
}


/** State of {@link SlotPicker.LoadError}. */
export interface LoadErrorState {
  error: Error
  /** Loads the window again. */
  retry: () => void
}

/**
 * When the shown window failed to load: an alert with the reason and a
 * button that loads it again. Nothing while the window loads or has loaded.
 */
function LoadError(props: PartProps<LoadErrorState> & Omit<ComponentPropsWithoutRef<'div'>, 'className' | 'style' | 'children'> & { children?: ReactNode | ((state: LoadErrorState) => ReactNode) }) {
  const { state } = useSlotPickerContext('SlotPicker.LoadError')
  const { availability, messages } = state
  if (!availability.isError || !availability.error) return null
  const errorState: LoadErrorState = { error: availability.error, retry: () => void availability.refetch() }
  return renderPart(
    'div',
    props,
    errorState,
    (p) => mergeProps({ role: 'alert', 'data-error': true }, p),
    <>
      <p>{messages.loadError}</p>
      <button type="button" onClick={errorState.retry} data-pending={availability.isFetching || undefined}>
        {messages.retryLoad}
      </button>
    </>,
  )
}

export const SlotPickerNavigation = { PreviousWindow, NextWindow, Today, WindowLabel, OffsetChangeNotice, NextAvailable, LoadError }
