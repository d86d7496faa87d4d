'use client'
import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react'
import { mergeProps } from '../react/mergeProps.js'
import { dataAttributes } from '../react/partProps.js'
import { isFocusVisibleEvent } from '../react/useFocusVisible.js'
import { useElementsByKey } from '../react/useElementsByKey.js'
import { itemPropGetter } from '../react/itemPropGetter.js'
import { announcerProps } from '../react/visuallyHidden.js'
import type { TimeZoneInfo } from '../time/listTimeZones.js'
import type { TimeZoneSelectState } from './useTimeZoneSelectState.js'

type Props = Record<string, unknown>

/** What the option getters know of a zone, for render props, styling and `data-*`. */
export interface TimeZoneOptionState {
  zone: TimeZoneInfo
  /** The option's visible text and name (`Kolkata — India Standard Time (UTC+05:30)`). */
  label: string
  /** The chosen zone. */
  isSelected: boolean
  /** The option with visual focus (`aria-activedescendant`). */
  isActive: boolean
  isDisabled: boolean
  /** Active through the keyboard (not the pointer). */
  isFocusVisible: boolean
}

/** What {@link useTimeZoneSelect} returns: prop getters that merge the caller's props (the caller's last). */
export interface TimeZoneSelectAria {
  /** The input's id (the label's `htmlFor`). */
  inputId: string
  labelId: string
  listboxId: string
  /** The DOM id of a zone's option. */
  optionId(zoneId: string): string
  /** Whether the input has keyboard focus. */
  isFocusVisible: boolean
  getRootProps<P extends Props>(props?: P): Props
  getLabelProps<P extends Props>(props?: P): Props
  getInputProps<P extends Props>(props?: P): Props
  getTriggerProps<P extends Props>(props?: P): Props
  getListboxProps<P extends Props>(props?: P): Props
  getOptionProps<P extends Props>(props: P & { zone: TimeZoneInfo }): Props
  getOptionState(zone: TimeZoneInfo): TimeZoneOptionState
  getEmptyProps<P extends Props>(props?: P): Props
  getValueProps<P extends Props>(props?: P): Props
  getAnnouncerProps<P extends Props>(props?: P): Props
}

function idSafe(zoneId: string): string {
  return zoneId.replace(/[^A-Za-z0-9_-]/g, (c) => `.${c.charCodeAt(0).toString(16)}`)
}

/**
 * The ARIA half of a time zone select: the APG combobox with a listbox popup, editable,
 * with list autocomplete. Focus stays in the input; the active option is announced through
 * `aria-activedescendant`.
 *
 * Keyboard in the input: Down opens on the chosen zone (Alt+Down opens without an active
 * option) and moves down, wrapping; Up opens on the chosen zone or the last and moves up;
 * Alt+Up closes; Enter chooses the active option; Escape closes, and a second Escape
 * forgets the typed text; Home/End move the caret (left to the browser); Tab leaves,
 * choosing nothing. Typing filters, opens, and makes the best match active.
 */
export function useTimeZoneSelect(state: TimeZoneSelectState): TimeZoneSelectAria {
  const id = useId()
  const inputId = `${id}-input`
  const labelId = `${id}-label`
  const listboxId = `${id}-listbox`
  const optionId = useCallback((zoneId: string) => `${id}-option-${idSafe(zoneId)}`, [id])
  const [isFocusVisible, setFocusVisible] = useState(false)
  const { isOpen, isDisabled, activeId, activeSource, messages } = state

  // Elements through ref callbacks (never a document query): the input for the trigger to
  // focus, the options to scroll the active one into view.
  const inputRef = useRef<HTMLInputElement | null>(null)
  const { elements: optionElements, refFor } = useElementsByKey()

  useEffect(() => {
    // The pointer already shows where it is; scrolling under it would move the list away.
    if (activeId === null || activeSource === 'pointer') return
    optionElements.get(activeId)?.scrollIntoView?.({ block: 'nearest' })
  }, [activeId, activeSource, optionElements])

  const getOptionState = (zone: TimeZoneInfo): TimeZoneOptionState => {
    const isActive = zone.id === activeId
    return {
      zone,
      label: messages.optionLabel({ zone }),
      isSelected: state.isSelected(zone),
      isActive,
      isDisabled: isDisabled || state.isZoneDisabled(zone),
      isFocusVisible: isActive && activeSource !== 'pointer',
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isDisabled || event.nativeEvent.isComposing) return
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        if (event.altKey) {
          if (!isOpen) state.open('none')
        } else state.moveActive(1)
        break
      case 'ArrowUp':
        event.preventDefault()
        if (event.altKey) state.close()
        else state.moveActive(-1)
        break
      case 'Enter':
        // Closed, Enter belongs to the form (submit); open, it chooses.
        if (!isOpen) return
        event.preventDefault()
        if (!state.selectActive()) state.close()
        break
      case 'Escape':
        if (isOpen) {
          event.preventDefault()
          state.close()
        } else if (state.query !== null) {
          event.preventDefault()
          state.clearInput()
        }
        // Otherwise Escape is left to a surrounding dialog.
        break
      default:
    }
  }

  const controls = isOpen && state.isListReady ? listboxId : undefined
  const kitInput: Props = {
    id: inputId,
    ref: inputRef,
    type: 'text',
    role: 'combobox',
    value: state.inputValue,
    disabled: isDisabled || undefined,
    autoComplete: 'off',
    autoCorrect: 'off',
    spellCheck: false,
    'aria-autocomplete': 'list',
    'aria-expanded': isOpen,
    'aria-controls': controls,
    'aria-activedescendant': activeId === null ? undefined : optionId(activeId),
    ...dataAttributes({ open: isOpen, disabled: isDisabled, 'focus-visible': isFocusVisible, empty: state.isEmpty }),
    onChange: (event: ChangeEvent<HTMLInputElement>) => state.setInputValue(event.target.value),
    onKeyDown,
    onFocus: (event: FocusEvent<HTMLInputElement>) => {
      setFocusVisible(isFocusVisibleEvent(event))
      state.prepare()
    },
    // Tab (or a click elsewhere) leaves without choosing: the typed text is dropped.
    onBlur: () => {
      setFocusVisible(false)
      state.close()
      state.clearInput()
    },
  }

  // Pressing on the trigger, an option or the list keeps focus in the input, so the
  // input's blur (which closes the list) does not fire halfway through a click.
  const keepFocus = (event: MouseEvent) => event.preventDefault()

  return {
    inputId,
    labelId,
    listboxId,
    optionId,
    isFocusVisible,
    getRootProps: (props) =>
      mergeProps(dataAttributes({ open: isOpen, disabled: isDisabled, empty: state.isEmpty }), props),
    getLabelProps: (props) =>
      mergeProps({ id: labelId, htmlFor: inputId, ...dataAttributes({ disabled: isDisabled }) }, props),
    getInputProps: (props) => mergeProps(kitInput, props),
    getTriggerProps: (props) =>
      mergeProps(
        {
          type: 'button',
          // APG: the button is not a tab stop; the keyboard opens the list from the input.
          tabIndex: -1,
          'aria-label': messages.trigger,
          'aria-expanded': isOpen,
          'aria-controls': controls,
          disabled: isDisabled || undefined,
          ...dataAttributes({ open: isOpen, disabled: isDisabled }),
          onMouseDown: keepFocus,
          onClick: () => {
            // Opened by a click: the chosen zone is active but shows no keyboard focus ring.
            state.toggle('pointer')
            inputRef.current?.focus()
          },
        },
        props,
      ),
    getListboxProps: (props) =>
      mergeProps(
        {
          id: listboxId,
          role: 'listbox',
          'aria-labelledby': labelId,
          ...dataAttributes({ open: isOpen, empty: state.isEmpty, disabled: isDisabled }),
          onMouseDown: keepFocus,
        },
        props,
      ),
    getOptionProps: itemPropGetter('useTimeZoneSelect', 'getOptionProps', 'zone', (zone: TimeZoneInfo) => {
    const s = getOptionState(zone)
    return {
        id: optionId(zone.id),
        ref: refFor(zone.id),
        role: 'option',
        // The chosen zone is the selected option (as in React Aria), so it stays
        // identifiable while the active option moves.
        'aria-selected': s.isSelected,
        'aria-disabled': s.isDisabled || undefined,
        ...dataAttributes({
          zone: zone.id,
          selected: s.isSelected,
          active: s.isActive,
          'focus-visible': s.isFocusVisible,
          disabled: s.isDisabled,
        }),
          onMouseDown: keepFocus,
          onMouseMove: () => {
            if (!s.isActive && !s.isDisabled) state.setActive(zone.id, 'pointer')
          },
          onClick: () => {
            if (!s.isDisabled) state.select(zone.id)
          },
      }
    }),
    getOptionState,
    getEmptyProps: (props) => mergeProps(dataAttributes({ empty: true }), props),
    getValueProps: (props) => mergeProps(dataAttributes({ zone: state.value }), props),
    getAnnouncerProps: announcerProps,
  }
}
