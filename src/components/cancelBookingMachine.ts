import type { Booking } from '../client/index.js'

/** The steps of a cancellation: loading → confirming → submitting → done, with refused and error on the way. */
export type CancelBookingStep = 'loading' | 'confirming' | 'submitting' | 'done' | 'refused' | 'error'

/** The cancel actions of the booking graphs: the customer's own, and the host's. */
export type CancelAction = 'cancel' | 'cancel_by_customer'

/** The machine's state: `booking` is the booking as loaded, so the summary keeps its time after the cache refetches. */
export type CancelBookingMachineState =
  | { step: 'loading' }
  | { step: 'confirming' | 'submitting'; booking: Booking; action: CancelAction }
  | { step: 'done'; booking: Booking; action: CancelAction; cancelled: Booking }
  | { step: 'refused'; booking: Booking; action: CancelAction | undefined; state: string; error: Error | undefined }
  | { step: 'error'; booking: Booking | undefined; action: CancelAction | undefined; error: Error }

/** What can happen to a cancellation. */
export type CancelBookingEvent =
  | { type: 'loaded'; booking: Booking; action?: CancelAction | undefined }
  | { type: 'loadFailed'; error: Error }
  | { type: 'confirm' }
  | { type: 'cancelled'; booking: Booking }
  | { type: 'refused'; state: string; error: Error }
  | { type: 'failed'; error: Error }
  | { type: 'retry' }

/**
 * The cancel action to offer: the requested one if the booking's
 * `possible_actions` allow it, else `cancel_by_customer` (a customer's page),
 * else `cancel`; undefined when neither is possible.
 */
export function cancelActionFor(booking: Pick<Booking, 'possible_actions'>, requested?: CancelAction): CancelAction | undefined {
  const candidates: CancelAction[] = requested ? [requested] : ['cancel_by_customer', 'cancel']
  return candidates.find((action) => booking.possible_actions.includes(action))
}

/** The transition function; an event a step does not expect leaves the state as it is. */
export function cancelBookingReducer(state: CancelBookingMachineState, event: CancelBookingEvent): CancelBookingMachineState {
  switch (event.type) {
    case 'loaded': {
      if (state.step !== 'loading') return state
      const action = cancelActionFor(event.booking, event.action)
      return action
        ? { step: 'confirming', booking: event.booking, action }
        : { step: 'refused', booking: event.booking, action: undefined, state: event.booking.state, error: undefined }
    }
    case 'loadFailed':
      return state.step === 'loading' ? { step: 'error', booking: undefined, action: undefined, error: event.error } : state
    case 'confirm':
      return state.step === 'confirming' ? { step: 'submitting', booking: state.booking, action: state.action } : state
    case 'cancelled':
      return state.step === 'submitting' ? { step: 'done', booking: state.booking, action: state.action, cancelled: event.booking } : state
    case 'refused':
      return state.step === 'submitting'
        ? { step: 'refused', booking: state.booking, action: state.action, state: event.state, error: event.error }
        : state
    case 'failed':
      return state.step === 'submitting' ? { step: 'error', booking: state.booking, action: state.action, error: event.error } : state
    case 'retry':
      if (state.step !== 'error') return state
      // A failed send goes back to its confirmation; a failed load loads again.
      return state.booking && state.action ? { step: 'confirming', booking: state.booking, action: state.action } : { step: 'loading' }
  }
}
