'use client'
import { Slottable } from '@radix-ui/react-slot'
import { isValidElement, memo, useMemo, useReducer, type ComponentPropsWithoutRef, type ReactElement, type ReactNode } from 'react'
import type { Slot as SlotValue } from '../client/index.js'
import type { AvailabilitySearch } from '../query/availabilityWindow.js'
import { useAvailability, type UseAvailabilityQueryOptions } from '../query/useAvailability.js'
import type { UseAvailabilityWindowOptions } from '../query/useAvailabilityWindow.js'
import { mergeProps } from '../react/mergeProps.js'
import type { PartProps } from '../react/partProps.js'
import { usePropOrContext } from '../react/usePropOrContext.js'
import { useIsomorphicLayoutEffect } from '../react/useIsomorphicLayoutEffect.js'
import { splitProps } from '../react/splitProps.js'
import { renderPart } from './internal/Part.js'
import { CallWith, type Children } from './internal/renderChildren.js'
import { slotKey } from './internal/slotKey.js'
import { SlotPickerNavigation } from './SlotPickerNavigation.js'
import { DayContext, PickerContext, SlotContext, useDayContext, usePickerContext, useSlotContext } from './slotPickerContext.js'
import { useSlotPickerParts, type SlotRenderState, type UseSlotPickerOptions } from './useSlotPicker.js'
import { useSlotPickerState, type SlotPickerDay, type SlotPickerState, type UseSlotPickerStateOptions } from './useSlotPickerState.js'

type DivProps = Omit<ComponentPropsWithoutRef<'div'>, 'className' | 'style' | 'children' | 'defaultValue' | 'dir'>

/** Props of {@link SlotPicker.Root}: the search, the window, the selection, and the root element's own. */
export interface SlotPickerRootProps
  extends Omit<UseSlotPickerStateOptions, 'availability'>,
    UseSlotPickerOptions,
    UseAvailabilityWindowOptions,
    PartProps<SlotPickerState>,
    DivProps {
  /** What to search: mode, resources, length, constraints… (the window comes from the window props). */
  search: AvailabilitySearch
  /** TanStack Query options of the availability query (`staleTime`, `select`, …). */
  queryOptions?: UseAvailabilityQueryOptions
  /** Fetch the next window once this one has loaded. @default true */
  prefetchNext?: boolean
  /** `false` sends nothing. @default true */
  enabled?: boolean
  /** Content, or a function of the picker's state. @default `<SlotPicker.Days />` */
  children?: Children<SlotPickerState>
}

/** The picker's context and the surrounding day, for the parts inside a `SlotPicker.Day`. */
function useDay(part: string) {
  const picker = usePickerContext(part)
  return { ...picker, day: useDayContext(part) }
}

// The window options of the root, for `useAvailability` with the search.
const WINDOW_OPTIONS: Record<keyof UseAvailabilityWindowOptions | 'prefetchNext' | 'enabled', 1> = {
  window: 1, defaultWindow: 1, days: 1, onWindowChange: 1, horizon: 1, prefetchNext: 1, enabled: 1,
}

// Every option of the root; the other props go to its element.
const ROOT_OPTIONS: Record<keyof Omit<UseSlotPickerStateOptions, 'availability'> | keyof UseSlotPickerOptions | keyof typeof WINDOW_OPTIONS | 'search' | 'queryOptions', 1> = {
  ...WINDOW_OPTIONS, search: 1, queryOptions: 1,
  value: 1, defaultValue: 1, onValueChange: 1, activation: 1, onSlotActivate: 1, isSlotDisabled: 1, hourCycle: 1, messages: 1, dir: 1,
}

function Root(props: SlotPickerRootProps) {
  const [options, rest] = splitProps(props, ROOT_OPTIONS)
  const { search } = options
  // The search and the window only: every key given here is part of the query key.
  const availability = useAvailability({ ...search, ...splitProps(options, WINDOW_OPTIONS)[0] }, options.queryOptions)
  const state = useSlotPickerState({ ...options, availability })
  const [aria, slotKit] = useSlotPickerParts(state, options)
  const { getSlotState, dayKeyOf } = aria
  const slotContext = useMemo(() => ({ slotKit, getSlotState, dayKeyOf, store: state.store }), [slotKit, getSlotState, dayKeyOf, state.store])
  return (
    <PickerContext.Provider value={{ state, aria, search }}>
      <SlotContext.Provider value={slotContext}>
        {renderPart('div', rest, state, aria.getRootProps, <Days />)}
        <div {...aria.getAnnouncerProps()}>{state.announcement}</div>
      </SlotContext.Provider>
    </PickerContext.Provider>
  )
}

/** Props of {@link SlotPicker.Days}. */
export interface SlotPickerDaysProps {
  /** One day's content. @default `<SlotPicker.Day day={day} />` */
  children?: (day: SlotPickerDay) => ReactNode
}

/** Renders each shown day (no element of its own). */
function Days({ children }: SlotPickerDaysProps) {
  const { state } = usePickerContext('SlotPicker.Days')
  return state.days.map((day) => <DayContext.Provider key={day.dayKey} value={day}>{children ? children(day) : <Day day={day} />}</DayContext.Provider>)
}

/** Props of {@link SlotPicker.Day}. */
export interface SlotPickerDayProps extends PartProps<SlotPickerDay>, Omit<ComponentPropsWithoutRef<'section'>, 'className' | 'style' | 'children'> {
  /** The day (from `SlotPicker.Days`, or `state.days`). @default the day of the surrounding `SlotPicker.Days` */
  day?: SlotPickerDay
  /** @default heading, slots and the empty note */
  children?: Children<SlotPickerDay>
}

function Day({ day: dayProp, ...props }: SlotPickerDayProps) {
  const { aria } = usePickerContext('SlotPicker.Day')
  const day = usePropOrContext(dayProp, DayContext, 'SlotPicker.Day', 'day', 'SlotPicker.Days')
  const fallback = (
    <>
      <DayHeading />
      <Slots />
      <Empty />
    </>
  )
  return <DayContext.Provider value={day}>{renderPart('section', props, day, (p) => aria.getDayProps({ day, ...p }), fallback)}</DayContext.Provider>
}

/** Props of {@link SlotPicker.DayHeading}. */
export interface SlotPickerDayHeadingProps extends PartProps<SlotPickerDay>, Omit<ComponentPropsWithoutRef<'h3'>, 'className' | 'style' | 'children'> {
  /** @default the day's full date in the locale */
  children?: Children<SlotPickerDay>
}

/** The day's heading (`<h3>`): it names the day's group of slots. */
function DayHeading(props: SlotPickerDayHeadingProps) {
  const { aria, day } = useDay('SlotPicker.DayHeading')
  return renderPart('h3', props, day, (p) => aria.getDayHeadingProps({ day, ...p }), day.label)
}

/** Props of {@link SlotPicker.Slots}. */
export interface SlotPickerSlotsProps extends PartProps<SlotPickerDay>, Omit<ComponentPropsWithoutRef<'div'>, 'className' | 'style' | 'children'> {
  /**
   * One slot, as a function of it. With `asChild`, instead, the one element to
   * render the group as (`<ul />`): the day's default slots go inside it, after
   * its own children. @default `<SlotPicker.Slot slot={slot} />`
   */
  children?: ((slot: SlotValue) => ReactNode) | ReactElement
}

/** The group of a day's slots: a `radiogroup` (`'select'`) or a `group` of buttons (`'immediate'`). Nothing on an empty day. */
function Slots({ children, ...props }: SlotPickerSlotsProps) {
  const { aria, day } = useDay('SlotPicker.Slots')
  if (day.slots.length === 0) return null
  const slots = day.slots.map((slot) =>
    typeof children === 'function' ? <CallWith key={slotKey(slot)} value={slot} render={children} /> : <Slot key={slotKey(slot)} slot={slot} />,
  )
  if (props.asChild && !isValidElement(children)) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? '<SlotPicker.Slots asChild> needs one element child to render as, e.g. <SlotPicker.Slots asChild><ul /></SlotPicker.Slots>.'
        : '<SlotPicker.Slots asChild> needs one element child',
    )
  }
  // Radix Slottable: with asChild, the caller's element takes the group's props and holds the slots.
  return renderPart('div', props, day, (p) => aria.getSlotGroupProps({ day, ...p }), props.asChild ? [<Slottable key="">{children as ReactElement}</Slottable>, slots] : slots)
}

/** Props of {@link SlotPicker.Slot}. */
export interface SlotPickerSlotProps extends PartProps<SlotRenderState>, Omit<ComponentPropsWithoutRef<'button'>, 'className' | 'style' | 'children' | 'slot'> {
  slot: SlotValue
  /** @default the visible time */
  children?: Children<SlotRenderState>
}

/**
 * One slot: a `radio` (`'select'`) or a `button` (`'immediate'`) named with
 * the full spoken label. Memoised and subscribed to its own selection facts,
 * so choosing one slot re-renders the slots that changed, not the week: 2 when
 * the choice moves within a day (old and new), 4 when it moves to another day
 * (each day's first slot also gives or takes back the tab stop). Keep
 * `className`/`style` functions and `children` stable to keep that.
 */
const Slot = memo(function SlotPickerSlot({ slot, ...props }: SlotPickerSlotProps) {
  const context = useSlotContext('SlotPicker.Slot')
  const { store, slotKit } = context
  const key = slotKey(slot)
  const dayKey = context.dayKeyOf(slot)
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const rendered = store.slotSnapshot(key, dayKey)
  // One layout effect where useSyncExternalStore has two passive ones: the
  // slot re-renders when its facts change from those it rendered with.
  useIsomorphicLayoutEffect(() => {
    const check = () => {
      if (store.slotSnapshot(key, dayKey) !== rendered) rerender()
    }
    check()
    return store.subscribe(check)
  }, [store, key, dayKey, rendered])
  const current = context.getSlotState(slot)
  return renderPart('button', props, current, (p) => mergeProps(slotKit(slot, current), p), current.time)
})

/** Props of {@link SlotPicker.Empty}. */
export interface SlotPickerEmptyProps extends PartProps<SlotPickerDay>, Omit<ComponentPropsWithoutRef<'p'>, 'className' | 'style' | 'children'> {
  /** @default "No free times" */
  children?: Children<SlotPickerDay>
}

/** Shown on a day with nothing to choose; renders nothing otherwise. */
function Empty(props: SlotPickerEmptyProps) {
  const { state, day } = useDay('SlotPicker.Empty')
  if (!day.isEmpty) return null
  return renderPart('p', props, day, (p) => mergeProps({ 'data-empty': true, 'data-day': day.dayKey }, p), state.messages.emptyDay)
}

/**
 * Headless slot picker: the customer's days of free slots in their zone.
 *
 * @example
 * <SlotPicker.Root search={{ mode: 'roundrobin_random', resources: [id], length: '30 minutes' }} onValueChange={setSlot}>
 *   <SlotPicker.PreviousWindow /> <SlotPicker.WindowLabel /> <SlotPicker.NextWindow />
 *   <SlotPicker.Days />
 * </SlotPicker.Root>
 */
export const SlotPicker = {
  Root,
  Days,
  Day,
  DayHeading,
  Slots,
  Slot,
  Empty,
  ...SlotPickerNavigation,
}
