'use client'
import type { Slot } from '../../client/index.js'
import type { AvailabilitySearch, AvailabilityWindow } from '../../query/availabilityWindow.js'
import type { HourCycle } from '../../time/types.js'
import { SlotPicker, type SlotPickerRootProps } from '../SlotPicker.js'

/** What a flow's slot step reads from its state. */
export interface FlowSlotsState {
  slot: Slot | null
  chooseSlot(slot: Slot): void
  window: Required<AvailabilityWindow> | undefined
  setWindow(window: Required<AvailabilityWindow>): void
  hourCycle: HourCycle | undefined
}

/** A flow's slot step: a `SlotPicker.Root` that chooses on activation, with the window kept across steps. */
export function FlowSlots({
  state,
  search,
  children,
  ...rest
}: Partial<Omit<SlotPickerRootProps, 'search'>> & { state: FlowSlotsState; search: AvailabilitySearch }) {
  return (
    <SlotPicker.Root
      search={search}
      activation="immediate"
      value={state.slot}
      onSlotActivate={state.chooseSlot}
      defaultWindow={state.window}
      onWindowChange={state.setWindow}
      hourCycle={state.hourCycle}
      {...rest}
    >
      {children}
    </SlotPicker.Root>
  )
}
