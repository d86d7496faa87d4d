'use client'
import { Fragment, useContext, type ComponentPropsWithoutRef, type JSX, type ReactNode } from 'react'
import type { AvailabilitySearch } from '../query/availabilityWindow.js'
import { mergeProps } from '../react/mergeProps.js'
import { resolveStyling, type PartProps } from '../react/partProps.js'
import { DayCellContext, DayPickerContext, useDayPickerContext, WeekContext } from './dayPickerContext.js'
import { Part } from './internal/Part.js'
import { renderChildren as render, type Children } from './internal/renderChildren.js'
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

function Root(props: DayPickerRootProps) {
  const {
    search: searchProp,
    month,
    defaultMonth,
    onMonthChange,
    value,
    defaultValue,
    onValueChange,
    weekStartsOn,
    fixedWeeks,
    isDayDisabled,
    horizon,
    enabled,
    queryOptions,
    messages,
    dir,
    className,
    style,
    asChild,
    children = (
      <>
        <Header />
        <Grid />
      </>
    ),
    ...rest
  } = props
  // Inside a slot picker, the calendar drives it: same search, and choosing a
  // day moves the slot picker's window there, unless the caller wires it.
  const picker = useContext(PickerContext)
  const search = searchProp ?? picker?.search
  if (!search) {
    throw new Error(
      '<DayPicker.Root> needs a `search` prop, or to be rendered inside <SlotPicker.Root> (it then searches what the slot picker searches).',
    )
  }
  const availability = picker && value === undefined && onValueChange === undefined ? picker.state.availability : undefined
  const state = useDayPickerState({
    search,
    month,
    defaultMonth,
    onMonthChange,
    value: availability ? (availability.window?.start ?? null) : value,
    defaultValue,
    onValueChange: availability ? (day) => day && availability.goTo(day) : onValueChange,
    weekStartsOn,
    fixedWeeks,
    isDayDisabled,
    horizon: horizon ?? availability?.lastDay,
    enabled,
    queryOptions,
    messages,
  })
  const aria = useDayPicker(state, { dir })
  return (
    <DayPickerContext.Provider value={{ state, aria }}>
      <Part as="div" asChild={asChild} props={aria.getRootProps(mergeProps(rest, resolveStyling({ className, style }, state)))}>
        {render(children, state)}
      </Part>
      <div {...aria.getAnnouncerProps()}>{state.announcement}</div>
    </DayPickerContext.Provider>
  )
}

/** Props of the parts whose state is the picker's. */
type PickerPartProps<E extends keyof JSX.IntrinsicElements> = PartProps<DayPickerState> &
  ElementProps<E> & { children?: Children<DayPickerState> }

/** The month heading and the month buttons (`<div>`). @default previous button, heading, next button */
function Header({ className, style, asChild, children, ...rest }: PickerPartProps<'div'>) {
  const { state } = useDayPickerContext('DayPicker.Header')
  const content =
    children === undefined ? (
      <>
        <PreviousMonth />
        <MonthHeading />
        <NextMonth />
      </>
    ) : (
      render(children, state)
    )
  return <Part as="div" asChild={asChild} props={{ ...rest, ...resolveStyling({ className, style }, state) }}>{content}</Part>
}

/** The month in the locale (`<h2>March 2026</h2>`): names the grid, and is a polite live region. */
function MonthHeading({ className, style, asChild, children, ...rest }: PickerPartProps<'h2'>) {
  const { state, aria } = useDayPickerContext('DayPicker.MonthHeading')
  const content = children === undefined ? state.monthLabel : render(children, state)
  return <Part as="h2" asChild={asChild} props={aria.getMonthHeadingProps({ ...rest, ...resolveStyling({ className, style }, state) })}>{content}</Part>
}

type MonthButtonProps = PartProps<MonthButtonState> & ElementProps<'button'> & { children?: ReactNode }

function monthButton(part: string, getter: 'getPreviousMonthProps' | 'getNextMonthProps') {
  function MonthButton({ className, style, asChild, children, ...rest }: MonthButtonProps) {
    const { aria } = useDayPickerContext(part)
    const kit = aria[getter]()
    const isDisabled = kit['aria-disabled'] === true
    // With visible text of the caller's, the button's name is that text.
    const props = children === undefined ? kit : { ...kit, 'aria-label': undefined }
    return (
      <Part as="button" asChild={asChild} props={mergeProps(props, { ...rest, ...resolveStyling({ className, style }, { isDisabled }) })}>
        {children ?? (kit['aria-label'] as string)}
      </Part>
    )
  }
  MonthButton.displayName = part
  return MonthButton
}

/** Shows the previous month; `aria-disabled` at today's month. */
const PreviousMonth = monthButton('DayPicker.PreviousMonth', 'getPreviousMonthProps')
/** Shows the next month; `aria-disabled` at the horizon's month. */
const NextMonth = monthButton('DayPicker.NextMonth', 'getNextMonthProps')

/** The `role="grid"` table of the month. @default `<DayPicker.GridHeader />` and `<DayPicker.GridBody />` */
function Grid({ className, style, asChild, children, ...rest }: PickerPartProps<'table'>) {
  const { state, aria } = useDayPickerContext('DayPicker.Grid')
  const content =
    children === undefined ? (
      <>
        <GridHeader />
        <GridBody />
      </>
    ) : (
      render(children, state)
    )
  return <Part as="table" asChild={asChild} props={aria.getGridProps({ ...rest, ...resolveStyling({ className, style }, state) })}>{content}</Part>
}

/** Props of {@link DayPicker.GridHeader}. */
export interface DayPickerGridHeaderProps extends PartProps<DayPickerState>, ElementProps<'thead'> {
  /** One column header. @default `<DayPicker.HeaderCell weekday={weekday} />` */
  children?: (weekday: DayPickerWeekday) => ReactNode
}

/** The weekday row (`<thead>`), starting on the locale's first day of the week or `weekStartsOn`. */
function GridHeader({ className, style, asChild, children, ...rest }: DayPickerGridHeaderProps) {
  const { state } = useDayPickerContext('DayPicker.GridHeader')
  return (
    <Part as="thead" asChild={asChild} props={{ ...rest, ...resolveStyling({ className, style }, state) }}>
      <tr>{state.weekdays.map((weekday) => (children ? <Fragment key={weekday.weekday}>{children(weekday)}</Fragment> : <HeaderCell key={weekday.weekday} weekday={weekday} />))}</tr>
    </Part>
  )
}

/** Props of {@link DayPicker.HeaderCell}. */
export interface DayPickerHeaderCellProps extends PartProps<DayPickerWeekday>, ElementProps<'th'> {
  weekday: DayPickerWeekday
  /** @default the weekday's short name (`Mon`) */
  children?: Children<DayPickerWeekday>
}

/** A column header: `<th scope="col" abbr="Monday">Mon</th>`. */
function HeaderCell({ weekday, className, style, asChild, children, ...rest }: DayPickerHeaderCellProps) {
  const { aria } = useDayPickerContext('DayPicker.HeaderCell')
  const content = children === undefined ? weekday.short : render(children, weekday)
  return <Part as="th" asChild={asChild} props={aria.getHeaderCellProps({ weekday, ...rest, ...resolveStyling({ className, style }, weekday) })}>{content}</Part>
}

/** Props of {@link DayPicker.GridBody}. */
export interface DayPickerGridBodyProps extends PartProps<DayPickerState>, ElementProps<'tbody'> {
  /** One week. @default `<DayPicker.Week week={week} />` */
  children?: (week: DayPickerDay[]) => ReactNode
}

/** The weeks (`<tbody>`). */
function GridBody({ className, style, asChild, children, ...rest }: DayPickerGridBodyProps) {
  const { state } = useDayPickerContext('DayPicker.GridBody')
  return (
    <Part as="tbody" asChild={asChild} props={{ ...rest, ...resolveStyling({ className, style }, state) }}>
      {state.weeks.map((week) => (
        <WeekContext.Provider key={week[0]?.dayKey} value={week}>
          {children ? children(week) : <Week week={week} />}
        </WeekContext.Provider>
      ))}
    </Part>
  )
}

/** Props of {@link DayPicker.Week}. */
export interface DayPickerWeekProps extends PartProps<DayPickerDay[]>, ElementProps<'tr'> {
  /** @default the week of the surrounding `DayPicker.GridBody` */
  week?: DayPickerDay[]
  /** One day. @default `<DayPicker.Day day={day} />` */
  children?: (day: DayPickerDay) => ReactNode
}

/** A row of seven days (`<tr>`). */
function Week({ week: weekProp, className, style, asChild, children, ...rest }: DayPickerWeekProps) {
  const { aria } = useDayPickerContext('DayPicker.Week')
  const contextWeek = useContext(WeekContext)
  const week = weekProp ?? contextWeek
  if (!week) throw new Error('<DayPicker.Week> needs a `week` prop or a surrounding <DayPicker.GridBody>.')
  return (
    <Part as="tr" asChild={asChild} props={aria.getWeekProps({ week, ...rest, ...resolveStyling({ className, style }, week) })}>
      {week.map((day) => (
        <DayCellContext.Provider key={day.dayKey} value={day}>
          {children ? children(day) : <Day day={day} />}
        </DayCellContext.Provider>
      ))}
    </Part>
  )
}

/** Props of {@link DayPicker.Day}. */
export interface DayPickerDayProps extends PartProps<DayRenderState>, ElementProps<'td'> {
  /** @default the day of the surrounding `DayPicker.Week` */
  day?: DayPickerDay
  /** @default `<DayPicker.DayButton />`, nothing for a day outside the month */
  children?: Children<DayRenderState>
}

/** A day's `gridcell` (`<td>`), with `aria-selected` on the chosen day. */
function Day({ day: dayProp, className, style, asChild, children, ...rest }: DayPickerDayProps) {
  const { aria } = useDayPickerContext('DayPicker.Day')
  const contextDay = useContext(DayCellContext)
  const day = dayProp ?? contextDay
  if (!day) throw new Error('<DayPicker.Day> needs a `day` prop or a surrounding <DayPicker.Week>.')
  const current = aria.getDayState(day)
  const content = children === undefined ? (day.isOutsideMonth ? null : <DayButton />) : render(children, current)
  return (
    <DayCellContext.Provider value={day}>
      <Part as="td" asChild={asChild} props={aria.getDayProps({ day, ...rest, ...resolveStyling({ className, style }, current) })}>
        {content}
      </Part>
    </DayCellContext.Provider>
  )
}

/** Props of {@link DayPicker.DayButton}. */
export interface DayPickerDayButtonProps extends PartProps<DayRenderState>, ElementProps<'button'> {
  /** @default the day of the surrounding `DayPicker.Day` */
  day?: DayPickerDay
  /** @default the day of the month (`24`) */
  children?: Children<DayRenderState>
}

/** The day's button: named with the full date and its availability; Enter, Space or a click chooses it. */
function DayButton({ day: dayProp, className, style, asChild, children, ...rest }: DayPickerDayButtonProps) {
  const { aria } = useDayPickerContext('DayPicker.DayButton')
  const contextDay = useContext(DayCellContext)
  const day = dayProp ?? contextDay
  if (!day) throw new Error('<DayPicker.DayButton> needs a `day` prop or a surrounding <DayPicker.Day>.')
  const current = aria.getDayState(day)
  const content = children === undefined ? day.text : render(children, current)
  return <Part as="button" asChild={asChild} props={aria.getDayButtonProps({ day, ...rest, ...resolveStyling({ className, style }, current) })}>{content}</Part>
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
