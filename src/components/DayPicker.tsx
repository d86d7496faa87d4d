'use client'
import { Fragment, useContext, type ComponentPropsWithoutRef, type JSX, type ReactNode } from 'react'
import type { AvailabilitySearch } from '../query/availabilityWindow.js'
import type { PartProps } from '../react/partProps.js'
import { usePropOrContext } from '../react/usePropOrContext.js'
import { DayCellContext, DayPickerContext, useDayPickerContext, WeekContext } from './dayPickerContext.js'
import { splitProps } from '../react/splitProps.js'
import { pressButtonPart, renderPart } from './internal/Part.js'
import type { Children } from './internal/renderChildren.js'
import { PickerContext } from './slotPickerContext.js'
import { useDayPicker, type DayRenderState, type MonthButtonState, type UseDayPickerOptions } from './useDayPicker.js'
import {
  useDayPickerState,
  type DayPickerDay,
  type DayPickerState,
  type DayPickerWeekday,
  type UseDayPickerStateOptions,
} from './useDayPickerState.js'

type ElementProps<E extends keyof JSX.IntrinsicElements, Extra extends string = never> = Omit<
  ComponentPropsWithoutRef<E>,
  'className' | 'style' | 'children' | Extra
>

/** Props of {@link DayPicker.Root}: the search, the month, the chosen day, and the root element's own. */
export interface DayPickerRootProps
  extends Omit<UseDayPickerStateOptions, 'search'>,
    UseDayPickerOptions,
    PartProps<DayPickerState>,
    ElementProps<'div', 'defaultValue' | 'dir'> {
  /**
   * What to search: mode, resources, length, constraints…
   * @default inside `<SlotPicker.Root>`, the slot picker's search
   */
  search?: AvailabilitySearch
  /** Content, or a function of the picker's state. @default `<DayPicker.Header />` and `<DayPicker.Grid />` */
  children?: Children<DayPickerState>
}

// Every option of the root; the other props go to its element.
const ROOT_OPTIONS: Record<keyof UseDayPickerStateOptions | keyof UseDayPickerOptions, 1> = {
  search: 1, month: 1, defaultMonth: 1, onMonthChange: 1, value: 1, defaultValue: 1, onValueChange: 1, weekStartsOn: 1,
  fixedWeeks: 1, isDayDisabled: 1, horizon: 1, enabled: 1, queryOptions: 1, messages: 1, dir: 1,
}

function Root(props: DayPickerRootProps) {
  const [options, rest] = splitProps(props, ROOT_OPTIONS)
  const { value, onValueChange } = options
  // Inside a slot picker, the calendar drives it: same search, and choosing a
  // day moves the slot picker's window there, unless the caller wires it.
  const picker = useContext(PickerContext)
  const search = options.search ?? picker?.search
  if (!search) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? '<DayPicker.Root> needs a `search` prop, or to be rendered inside <SlotPicker.Root> (it then searches what the slot picker searches).'
        : '<DayPicker.Root> needs a `search` prop',
    )
  }
  const availability = picker && value === undefined && onValueChange === undefined ? picker.state.availability : undefined
  const state = useDayPickerState({
    ...options,
    search,
    value: availability ? (availability.window?.start ?? null) : value,
    onValueChange: availability ? (day) => day && availability.goTo(day) : onValueChange,
    horizon: options.horizon ?? availability?.lastDay,
  })
  const aria = useDayPicker(state, options)
  return (
    <DayPickerContext.Provider value={{ state, aria }}>
      {renderPart(
        'div',
        rest,
        state,
        aria.getRootProps,
        <>
          <Header />
          <Grid />
        </>,
      )}
      <div {...aria.getAnnouncerProps()}>{state.announcement}</div>
    </DayPickerContext.Provider>
  )
}

/** Props of the parts whose state is the picker's. */
type PickerPartProps<E extends keyof JSX.IntrinsicElements> = PartProps<DayPickerState> &
  ElementProps<E> & { children?: Children<DayPickerState> }

/** The month heading and the month buttons (`<div>`). @default previous button, heading, next button */
function Header(props: PickerPartProps<'div'>) {
  const { state } = useDayPickerContext('DayPicker.Header')
  return renderPart(
    'div',
    props,
    state,
    undefined,
    <>
      <PreviousMonth />
      <MonthHeading />
      <NextMonth />
    </>,
  )
}

/** The month in the locale (`<h2>March 2026</h2>`): names the grid, and is a polite live region. */
function MonthHeading(props: PickerPartProps<'h2'>) {
  const { state, aria } = useDayPickerContext('DayPicker.MonthHeading')
  return renderPart('h2', props, state, aria.getMonthHeadingProps, state.monthLabel)
}

const monthButton = (part: string, getter: 'getPreviousMonthProps' | 'getNextMonthProps') =>
  pressButtonPart<MonthButtonState>(part, (name) => useDayPickerContext(name).aria[getter]())

/** Shows the previous month; `aria-disabled` at today's month. */
const PreviousMonth = monthButton('DayPicker.PreviousMonth', 'getPreviousMonthProps')
/** Shows the next month; `aria-disabled` at the horizon's month. */
const NextMonth = monthButton('DayPicker.NextMonth', 'getNextMonthProps')

/** The `role="grid"` table of the month. @default `<DayPicker.GridHeader />` and `<DayPicker.GridBody />` */
function Grid(props: PickerPartProps<'table'>) {
  const { state, aria } = useDayPickerContext('DayPicker.Grid')
  return renderPart(
    'table',
    props,
    state,
    aria.getGridProps,
    <>
      <GridHeader />
      <GridBody />
    </>,
  )
}

/** Props of {@link DayPicker.GridHeader}. */
export interface DayPickerGridHeaderProps extends PartProps<DayPickerState>, ElementProps<'thead'> {
  /** One column header. @default `<DayPicker.HeaderCell weekday={weekday} />` */
  children?: (weekday: DayPickerWeekday) => ReactNode
}

/** The weekday row (`<thead>`), starting on the locale's first day of the week or `weekStartsOn`. */
function GridHeader({ children, ...props }: DayPickerGridHeaderProps) {
  const { state } = useDayPickerContext('DayPicker.GridHeader')
  const cells = state.weekdays.map((weekday) =>
    children ? <Fragment key={weekday.weekday}>{children(weekday)}</Fragment> : <HeaderCell key={weekday.weekday} weekday={weekday} />,
  )
  return renderPart('thead', props, state, undefined, <tr>{cells}</tr>)
}

/** Props of {@link DayPicker.HeaderCell}. */
export interface DayPickerHeaderCellProps extends PartProps<DayPickerWeekday>, ElementProps<'th'> {
  weekday: DayPickerWeekday
  /** @default the weekday's short name (`Mon`) */
  children?: Children<DayPickerWeekday>
}

/** A column header: `<th scope="col" abbr="Monday">Mon</th>`. */
function HeaderCell({ weekday, ...props }: DayPickerHeaderCellProps) {
  const { aria } = useDayPickerContext('DayPicker.HeaderCell')
  return renderPart('th', props, weekday, (p) => aria.getHeaderCellProps({ weekday, ...p }), weekday.short)
}

/** Props of {@link DayPicker.GridBody}. */
export interface DayPickerGridBodyProps extends PartProps<DayPickerState>, ElementProps<'tbody'> {
  /** One week. @default `<DayPicker.Week week={week} />` */
  children?: (week: DayPickerDay[]) => ReactNode
}

/** The weeks (`<tbody>`). */
function GridBody({ children, ...props }: DayPickerGridBodyProps) {
  const { state } = useDayPickerContext('DayPicker.GridBody')
  const weeks = state.weeks.map((week) => (
    <WeekContext.Provider key={week[0]?.dayKey} value={week}>
      {children ? children(week) : <Week week={week} />}
    </WeekContext.Provider>
  ))
  return renderPart('tbody', props, state, undefined, weeks)
}

/** Props of {@link DayPicker.Week}. */
export interface DayPickerWeekProps extends PartProps<DayPickerDay[]>, ElementProps<'tr'> {
  /** @default the week of the surrounding `DayPicker.GridBody` */
  week?: DayPickerDay[]
  /** One day. @default `<DayPicker.Day day={day} />` */
  children?: (day: DayPickerDay) => ReactNode
}

/** A row of seven days (`<tr>`). */
function Week({ week: weekProp, children, ...props }: DayPickerWeekProps) {
  const { aria } = useDayPickerContext('DayPicker.Week')
  const week = usePropOrContext(weekProp, WeekContext, 'DayPicker.Week', 'week', 'DayPicker.GridBody')
  const days = week.map((day) => (
    <DayCellContext.Provider key={day.dayKey} value={day}>
      {children ? children(day) : <Day day={day} />}
    </DayCellContext.Provider>
  ))
  return renderPart('tr', props, week, (p) => aria.getWeekProps({ week, ...p }), days)
}

/** Props of {@link DayPicker.Day}. */
export interface DayPickerDayProps extends PartProps<DayRenderState>, ElementProps<'td'> {
  /** @default the day of the surrounding `DayPicker.Week` */
  day?: DayPickerDay
  /** @default `<DayPicker.DayButton />`, nothing for a day outside the month */
  children?: Children<DayRenderState>
}

/** A day's `gridcell` (`<td>`), with `aria-selected` on the chosen day. */
function Day({ day: dayProp, ...props }: DayPickerDayProps) {
  const { aria } = useDayPickerContext('DayPicker.Day')
  const day = usePropOrContext(dayProp, DayCellContext, 'DayPicker.Day', 'day', 'DayPicker.Week')
  const cell = renderPart('td', props, aria.getDayState(day), (p) => aria.getDayProps({ day, ...p }), day.isOutsideMonth ? null : <DayButton />)
  return <DayCellContext.Provider value={day}>{cell}</DayCellContext.Provider>
}

/** Props of {@link DayPicker.DayButton}. */
export interface DayPickerDayButtonProps extends PartProps<DayRenderState>, ElementProps<'button'> {
  /** @default the day of the surrounding `DayPicker.Day` */
  day?: DayPickerDay
  /** @default the day of the month (`24`) */
  children?: Children<DayRenderState>
}

/** The day's button: named with the full date and its availability; Enter, Space or a click chooses it. */
function DayButton({ day: dayProp, ...props }: DayPickerDayButtonProps) {
  const { aria } = useDayPickerContext('DayPicker.DayButton')
  const day = usePropOrContext(dayProp, DayCellContext, 'DayPicker.DayButton', 'day', 'DayPicker.Day')
  return renderPart('button', props, aria.getDayState(day), (p) => aria.getDayButtonProps({ day, ...p }), day.text)
}

/**
 * Headless month calendar of the days with free times, with the APG date
 * grid keyboard. Inside `<SlotPicker.Root>` it needs no props: it searches
 * what the slot picker searches, and choosing a day moves the slot picker's
 * window there.
 *
 * @example
 * <DayPicker.Root search={{ mode: 'roundrobin_random', resources: [id], length: '30 minutes' }} onValueChange={setDay} />
 */
export const DayPicker = {
  Root,
  Header,
  MonthHeading,
  PreviousMonth,
  NextMonth,
  Grid,
  GridHeader,
  HeaderCell,
  GridBody,
  Week,
  Day,
  DayButton,
}
