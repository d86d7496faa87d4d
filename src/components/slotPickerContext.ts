'use client'
import type { AvailabilitySearch } from '../query/availabilityWindow.js'
import { createPartContext } from '../react/createPartContext.js'
import type { SlotKit, SlotPickerAria } from './useSlotPicker.js'
import type { SlotPickerDay, SlotPickerState } from './useSlotPickerState.js'

export interface PickerContextValue {
  state: SlotPickerState
  aria: SlotPickerAria
  search: AvailabilitySearch
}

// Two contexts: the picker (changes with every state change) for days and
// navigation, and a slot context that changes only when slots must re-render
// (data, zone, locale, messages), so choosing a slot re-renders the two slots
// whose state changed instead of all of them.
export const [PickerContext, usePickerContext] = createPartContext<PickerContextValue>('SlotPicker.Root')
export interface SlotContextValue extends Pick<SlotPickerAria, 'getSlotState' | 'dayKeyOf'> {
  slotKit: SlotKit
  store: SlotPickerState['store']
}
export const [SlotContext, useSlotContext] = createPartContext<SlotContextValue>('SlotPicker.Root')
export const [DayContext, useDayContext] = createPartContext<SlotPickerDay>('SlotPicker.Day')



export { usePickerContext as useSlotPickerContext }
