'use client'
import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { createPartContext } from '../react/createPartContext.js'
import type { PartProps } from '../react/partProps.js'
import type { TimeZoneInfo } from '../time/listTimeZones.js'
import { splitProps } from '../react/splitProps.js'
import { renderPart } from './internal/Part.js'
import { CallWith, type Children } from './internal/renderChildren.js'
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

// Every option of the state hook; the other props go to the root element.
const ROOT_OPTIONS: Record<keyof UseTimeZoneSelectStateOptions, 1> = {
  value: 1, defaultValue: 1, onValueChange: 1, timeZones: 1, at: 1, isZoneDisabled: 1, disabled: 1, limit: 1, messages: 1,
}

function Root(props: TimeZoneSelectRootProps) {
  const [options, rest] = splitProps(props, ROOT_OPTIONS)
  const state = useTimeZoneSelectState(options)
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
      {renderPart('div', rest, state, aria.getRootProps, fallback)}
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
function Label(props: TimeZoneSelectLabelProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Label')
  return renderPart('label', props, state, aria.getLabelProps, state.messages.label)
}

/** Props of {@link TimeZoneSelect.Input}. */
export type TimeZoneSelectInputProps = PartProps<TimeZoneSelectState> & ElementProps<'input'>

/** The combobox: the chosen zone's label, or the text typed to filter the list. */
function Input(props: TimeZoneSelectInputProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Input')
  return renderPart('input', props, state, aria.getInputProps)
}

/** Props of {@link TimeZoneSelect.Trigger}. */
export interface TimeZoneSelectTriggerProps extends PartProps<TimeZoneSelectState>, ElementProps<'button'> {
  /** @default a ▾ hidden from assistive technology (the button is named "Show time zones") */
  children?: Children<TimeZoneSelectState>
}

/** A button that opens and closes the list (not a tab stop: the input opens it from the keyboard). */
function Trigger(props: TimeZoneSelectTriggerProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Trigger')
  return renderPart('button', props, state, aria.getTriggerProps, <span aria-hidden="true">▾</span>)
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
function Listbox({ children, ...props }: TimeZoneSelectListboxProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Listbox')
  if (!state.isOpen || !state.isListReady) return null
  const options = state.options.map((zone) => (children ? <CallWith key={zone.id} value={zone} render={children} /> : <Option key={zone.id} zone={zone} />))
  return renderPart('div', props, state, aria.getListboxProps, options)
}

/** Props of {@link TimeZoneSelect.Option}. */
export interface TimeZoneSelectOptionProps extends PartProps<TimeZoneOptionState>, ElementProps<'div'> {
  zone: TimeZoneInfo
  /** @default the option's label: city, long name and offset at the shown instant */
  children?: Children<TimeZoneOptionState>
}

/** One zone: an `option`, selected when it is the chosen zone. */
function Option({ zone, ...props }: TimeZoneSelectOptionProps) {
  const { aria } = useSelectContext('TimeZoneSelect.Option')
  const optionState = aria.getOptionState(zone)
  return renderPart('div', props, optionState, (p) => aria.getOptionProps({ zone, ...p }), optionState.label)
}

/** Props of {@link TimeZoneSelect.Empty}. */
export interface TimeZoneSelectEmptyProps extends PartProps<TimeZoneSelectState>, ElementProps<'p'> {
  /** @default "No time zones match" */
  children?: Children<TimeZoneSelectState>
}

/** Shown while the list is open and nothing matches; renders nothing otherwise. */
function Empty(props: TimeZoneSelectEmptyProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Empty')
  return state.isEmpty ? renderPart('p', props, state, aria.getEmptyProps, state.messages.empty) : null
}

/** Props of {@link TimeZoneSelect.Value}. */
export interface TimeZoneSelectValueProps extends PartProps<TimeZoneSelectState>, ElementProps<'span'> {
  /** @default the chosen zone's label (`Copenhagen`) */
  children?: Children<TimeZoneSelectState>
}

/** The chosen zone's label, e.g. beside a slot list ("Times in Copenhagen"). */
function Value(props: TimeZoneSelectValueProps) {
  const { state, aria } = useSelectContext('TimeZoneSelect.Value')
  return renderPart('span', props, state, aria.getValueProps, state.valueLabel)
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
