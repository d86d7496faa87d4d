'use client'
import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { createPartContext } from '../react/createPartContext.js'
import { mergeProps } from '../react/mergeProps.js'
import { resolveStyling, type PartProps } from '../react/partProps.js'
import type { TimeZoneInfo } from '../time/listTimeZones.js'
import { Part } from './internal/Part.js'
import { renderChildren as content, type Children } from './internal/renderChildren.js'
import { useTimeZoneSelect, type TimeZoneOptionState, type TimeZoneSelectAria } from './useTimeZoneSelect.js'
import { useTimeZoneSelectState, type TimeZoneSelectState, type UseTimeZoneSelectStateOptions } from './useTimeZoneSelectState.js'

type ElementProps<E extends 'div' | 'label' | 'input' | 'button' | 'p' | 'span'> = Omit<
  ComponentPropsWithoutRef<E>,
  'className' | 'style' | 'children' | 'defaultValue' | 'value'
>

const [SelectContext, useSelectContext] = createPartContext<{ state: TimeZoneSelectState; aria: TimeZoneSelectAria }>(
  'TimeZoneSelect.Root',
)

/** Props of {@link TimeZoneSelect.Root}: the selection, the list, and the root element's own. */
export interface TimeZoneSelectRootProps
  extends UseTimeZoneSelectStateOptions,
    PartProps<TimeZoneSelectState>,
    Omit<ElementProps<'div'>, 'onChange'> {
  /** Content, or a function of the state. @default label, input, trigger, list and empty note */
  children?: Children<TimeZoneSelectState>
}

function Root(props: TimeZoneSelectRootProps) {
  const {
    value,
    defaultValue,
    onValueChange,
    timeZones,
    at,
    isZoneDisabled,
    disabled,
    limit,
    messages,
    className,
    style,
    asChild,
    children,
    ...rest
  } = props
  const state = useTimeZoneSelectState({ value, defaultValue, onValueChange, timeZones, at, isZoneDisabled, disabled, limit, messages })
  const aria = useTimeZoneSelect(state)
  const fallback = (
    <>
      <Label />
      <Input />
      <Trigger />
      <Listbox />
      <Empty />
    </>
  )
  return (
    <SelectContext.Provider value={{ state, aria }}>
      <Part as="div" asChild={asChild} props={aria.getRootProps(mergeProps(rest, resolveStyling({ className, style }, state)))}>
        {content(children, state, fallback)}
      </Part>
      {/* Rendered from the start: a live region added together with its text is often not read. */}
      <div {...aria.getAnnouncerProps()}>{state.announcement}</div>
    </SelectContext.Provider>
  )
}

/** Props of {@link TimeZoneSelect.Label}. */
export interface TimeZoneSelectLabelProps extends PartProps<TimeZoneSelectState>, ElementProps<'label'> {
  /** @default "Time zone" */
  children?: Children<TimeZoneSelectState>
}

/** The input's visible label (`<label for>`); it also names the list. */
function Label({ className, style, asChild, children, ...rest }: TimeZoneSelectLabelProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Label')
  return (
    <Part as="label" asChild={asChild} props={aria.getLabelProps({ ...rest, ...resolveStyling({ className, style }, state) })}>
      {content(children, state, state.messages.label)}
    </Part>
  )
}

/** Props of {@link TimeZoneSelect.Input}. */
export type TimeZoneSelectInputProps = PartProps<TimeZoneSelectState> & ElementProps<'input'>

/** The combobox: the chosen zone's label, or the text typed to filter the list. */
function Input({ className, style, asChild, ...rest }: TimeZoneSelectInputProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Input')
  return <Part as="input" asChild={asChild} props={aria.getInputProps({ ...rest, ...resolveStyling({ className, style }, state) })} />
}

/** Props of {@link TimeZoneSelect.Trigger}. */
export interface TimeZoneSelectTriggerProps extends PartProps<TimeZoneSelectState>, ElementProps<'button'> {
  /** @default a ▾ hidden from assistive technology (the button is named "Show time zones") */
  children?: Children<TimeZoneSelectState>
}

/** A button that opens and closes the list (not a tab stop: the input opens it from the keyboard). */
function Trigger({ className, style, asChild, children, ...rest }: TimeZoneSelectTriggerProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Trigger')
  return (
    <Part as="button" asChild={asChild} props={aria.getTriggerProps({ ...rest, ...resolveStyling({ className, style }, state) })}>
      {content(children, state, <span aria-hidden="true">▾</span>)}
    </Part>
  )
}

/** Props of {@link TimeZoneSelect.Listbox}. */
export interface TimeZoneSelectListboxProps extends PartProps<TimeZoneSelectState>, ElementProps<'div'> {
  /** One option. @default `<TimeZoneSelect.Option zone={zone} />` */
  children?: (zone: TimeZoneInfo) => ReactNode
}

/**
 * The popup `listbox` of matching zones. Rendered only while open and only in the browser:
 * the server and the hydration render never see tz data.
 */
function Listbox({ className, style, asChild, children, ...rest }: TimeZoneSelectListboxProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Listbox')
  if (!state.isOpen || !state.isListReady) return null
  return (
    <Part as="div" asChild={asChild} props={aria.getListboxProps({ ...rest, ...resolveStyling({ className, style }, state) })}>
      {state.options.map((zone) => (children ? <ChildOption key={zone.id} zone={zone} render={children} /> : <Option key={zone.id} zone={zone} />))}
    </Part>
  )
}

function ChildOption({ zone, render }: { zone: TimeZoneInfo; render: (zone: TimeZoneInfo) => ReactNode }) {
  return <>{render(zone)}</>
}

/** Props of {@link TimeZoneSelect.Option}. */
export interface TimeZoneSelectOptionProps extends PartProps<TimeZoneOptionState>, ElementProps<'div'> {
  zone: TimeZoneInfo
  /** @default the option's label: city, long name and offset at the shown instant */
  children?: Children<TimeZoneOptionState>
}

/** One zone: an `option`, selected when it is the chosen zone. */
function Option({ zone, className, style, asChild, children, ...rest }: TimeZoneSelectOptionProps) {
  const { aria } = useSelectContext('TimeZoneSelect.Option')
  const optionState = aria.getOptionState(zone)
  return (
    <Part as="div" asChild={asChild} props={aria.getOptionProps({ zone, ...rest, ...resolveStyling({ className, style }, optionState) })}>
      {content(children, optionState, optionState.label)}
    </Part>
  )
}

/** Props of {@link TimeZoneSelect.Empty}. */
export interface TimeZoneSelectEmptyProps extends PartProps<TimeZoneSelectState>, ElementProps<'p'> {
  /** @default "No time zones match" */
  children?: Children<TimeZoneSelectState>
}

/** Shown while the list is open and nothing matches; renders nothing otherwise. */
function Empty({ className, style, asChild, children, ...rest }: TimeZoneSelectEmptyProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Empty')
  if (!state.isEmpty) return null
  return (
    <Part as="p" asChild={asChild} props={aria.getEmptyProps({ ...rest, ...resolveStyling({ className, style }, state) })}>
      {content(children, state, state.messages.empty)}
    </Part>
  )
}

/** Props of {@link TimeZoneSelect.Value}. */
export interface TimeZoneSelectValueProps extends PartProps<TimeZoneSelectState>, ElementProps<'span'> {
  /** @default the chosen zone's label (`Copenhagen`) */
  children?: Children<TimeZoneSelectState>
}

/** The chosen zone's label, e.g. beside a slot list ("Times in Copenhagen"). */
function Value({ className, style, asChild, children, ...rest }: TimeZoneSelectValueProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Value')
  return (
    <Part as="span" asChild={asChild} props={aria.getValueProps({ ...rest, ...resolveStyling({ className, style }, state) })}>
      {content(children, state, state.valueLabel)}
    </Part>
  )
}

/**
 * Headless time zone select: the APG combobox with a listbox popup over every zone, each
 * with its offset at the shown window. Choosing sets the provider's zone (no request).
 *
 * @example
 * <TimeZoneSelect.Root>
 *   <TimeZoneSelect.Label>Show times in</TimeZoneSelect.Label>
 *   <TimeZoneSelect.Input /> <TimeZoneSelect.Trigger />
 *   <TimeZoneSelect.Listbox />
 *   <TimeZoneSelect.Empty />
 * </TimeZoneSelect.Root>
 */
export const TimeZoneSelect = { Root, Label, Input, Trigger, Listbox, Option, Empty, Value }
