import type { Booking, Slot } from '../client/index.js'

/**
 * The steps of a reschedule: loading → choosing → confirming → submitting →
 * done, with slotTaken (a 409: pick an alternative), refused (the booking's
 * state does not allow a move) and error (retry) on the way.
 */
export type RescheduleFlowStep = 'loading' | 'choosing' | 'confirming' | 'submitting' | 'done' | 'slotTaken' | 'refused' | 'error'

/**
 * The flow's state: one step and what it holds. `booking` is the booking as
 * it was loaded, so the old time stays the old time after the cache refetches.
 */
export type RescheduleFlowMachineState =
  | { step: 'loading' }
  | { step: 'choosing'; booking: Booking; slot: Slot | null }
  | { step: 'confirming' | 'submitting'; booking: Booking; slot: Slot }
  | { step: 'done'; booking: Booking; slot: Slot; rescheduled: Booking }
  | { step: 'slotTaken'; booking: Booking; slot: Slot; error: Error }
  | { step: 'refused'; booking: Booking; slot: Slot | null; state: string; error: Error | undefined }
  | { step: 'error'; booking: Booking | undefined; slot: Slot | null; error: Error }

/** What can happen to the flow. */
export type RescheduleFlowEvent =
  | { type: 'loaded'; booking: Booking }
  | { type: 'loadFailed'; error: Error }
  | { type: 'choose'; slot: Slot }
  | { type: 'back' }
  | { type: 'submit' }
  | { type: 'rescheduled'; booking: Booking }
  | { type: 'slotTaken'; error: Error }
  | { type: 'refused'; state: string; error: Error }
  | { type: 'failed'; error: Error }
  | { type: 'retry' }

/** The actions that let a booking move; the mock (and the API's graphs) name it `reschedule_by_customer`. */
export const RESCHEDULE_ACTIONS: readonly string[] = ['reschedule_by_customer', 'reschedule']

/** Whether the booking's `possible_actions` allow a reschedule. */
export function canReschedule(booking: Pick<Booking, 'possible_actions'>): boolean {
  return booking.possible_actions.some((action) => RESCHEDULE_ACTIONS.includes(action))
}

/**
 * The transition function. An event a step does not expect leaves the state
 * as it is (a double submit, a late answer), so the flow can't reach an
 * impossible state.
 */
export function rescheduleFlowReducer(state: RescheduleFlowMachineState, event: RescheduleFlowEvent): RescheduleFlowMachineState {
  switch (event.type) {
    case 'loaded':
      if (state.step !== 'loading') return state
      return canReschedule(event.booking)
        ? { step: 'choosing', booking: event.booking, slot: null }
        : { step: 'refused', booking: event.booking, slot: null, state: event.booking.state, error: undefined }
    case 'loadFailed':
      return state.step === 'loading' ? { step: 'error', booking: undefined, slot: null, error: event.error } : state
    case 'choose':
      // From the picker, or from the alternatives after a 409.
      return state.step === 'choosing' || state.step === 'confirming' || state.step === 'slotTaken'
        ? { step: 'confirming', booking: state.booking, slot: event.slot }
        : state
    case 'back':
      return state.step === 'confirming' || state.step === 'slotTaken' || (state.step === 'error' && state.booking)
        ? { step: 'choosing', booking: state.booking!, slot: state.slot }
        : state
    case 'submit':
      return state.step === 'confirming' ? { step: 'submitting', booking: state.booking, slot: state.slot } : state
    case 'rescheduled':
      return state.step === 'submitting' ? { step: 'done', booking: state.booking, slot: state.slot, rescheduled: event.booking } : state
    case 'slotTaken':
      return state.step === 'submitting' ? { step: 'slotTaken', booking: state.booking, slot: state.slot, error: event.error } : state
    case 'refused':
      return state.step === 'submitting'
        ? { step: 'refused', booking: state.booking, slot: state.slot, state: event.state, error: event.error }
        : state
    case 'failed':
      return state.step === 'submitting' ? { step: 'error', booking: state.booking, slot: state.slot, error: event.error } : state
    case 'retry':
      if (state.step !== 'error') return state
      // A failed send goes back to its confirmation; a failed load loads again.
      return state.booking && state.slot ? { step: 'confirming', booking: state.booking, slot: state.slot } : { step: 'loading' }
  }
}
