import type { Booking, Slot } from '../client/index.js'

/**
 * The steps of a booking: choosing → details → submitting → confirmed |
 * pending, with slotTaken (a 409: pick an alternative) and error (retry) as
 * the ways back.
 */
export type BookingFlowStep = 'choosing' | 'details' | 'submitting' | 'confirmed' | 'pending' | 'slotTaken' | 'error'

/** The flow's state: one step and what that step holds, never a pile of booleans. */
export type BookingFlowMachineState =
  | { step: 'choosing'; slot: Slot | null }
  | { step: 'details'; slot: Slot }
  | { step: 'submitting'; slot: Slot }
  | { step: 'confirmed' | 'pending'; slot: Slot; booking: Booking }
  | { step: 'slotTaken'; slot: Slot; error: Error }
  | { step: 'error'; slot: Slot; error: Error }

/** What can happen to the flow. */
export type BookingFlowEvent =
  | { type: 'choose'; slot: Slot }
  | { type: 'back' }
  | { type: 'submit' }
  | { type: 'booked'; booking: Booking }
  | { type: 'slotTaken'; error: Error }
  | { type: 'invalid' }
  | { type: 'failed'; error: Error }
  | { type: 'retry' }
  | { type: 'restart' }

/**
 * The transition function. An event a step does not expect leaves the state
 * as it is (a double submit, a stray retry), so the machine can't be pushed
 * into an impossible state.
 */
export function bookingFlowReducer(state: BookingFlowMachineState, event: BookingFlowEvent): BookingFlowMachineState {
  switch (event.type) {
    case 'choose':
      // A slot is chosen from the picker or from the alternatives after a 409.
      return state.step === 'choosing' || state.step === 'slotTaken' || state.step === 'details' || state.step === 'error'
        ? { step: 'details', slot: event.slot }
        : state
    case 'back':
      return state.step === 'details' || state.step === 'slotTaken' || state.step === 'error'
        ? { step: 'choosing', slot: state.slot }
        : state
    case 'submit':
      return state.step === 'details' || state.step === 'error' ? { step: 'submitting', slot: state.slot } : state
    case 'booked':
      if (state.step !== 'submitting') return state
      // confirm_decline answers `tentative`: the host has yet to confirm.
      return { step: event.booking.state === 'confirmed' || event.booking.state === 'completed' ? 'confirmed' : 'pending', slot: state.slot, booking: event.booking }
    case 'slotTaken':
      return state.step === 'submitting' ? { step: 'slotTaken', slot: state.slot, error: event.error } : state
    case 'invalid':
      return state.step === 'submitting' ? { step: 'details', slot: state.slot } : state
    case 'failed':
      return state.step === 'submitting' ? { step: 'error', slot: state.slot, error: event.error } : state
    case 'retry':
      return state.step === 'error' ? { step: 'details', slot: state.slot } : state
    case 'restart':
      // Not while a booking is in flight: its answer would land on a flow that forgot it.
      return state.step === 'submitting' ? state : { step: 'choosing', slot: null }
  }
}

/** A created booking's start and end (they sit under `attributes.event_info`). */
export function getBookingTimes(booking: Booking): { start: string; end: string } | undefined {
  const info = booking.attributes?.event_info
  return info?.start && info.end ? { start: info.start, end: info.end } : undefined
}
