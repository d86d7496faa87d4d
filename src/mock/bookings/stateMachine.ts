import { BOOKING_ACTIONS, type KnownBookingAction } from '../../client/requestSchemas.js'
import { errorMessage } from '../http.js'
import type { MockBookingGraph, MockBookingState } from '../types.js'

export const GRAPHS: readonly MockBookingGraph[] = ['instant', 'confirm_decline']

/** The actions, from the client's one list. */
export const ACTIONS = BOOKING_ACTIONS
export type BookingAction = KnownBookingAction

/** Where the create call takes a new (`initialized`) booking, per graph. */
export const CREATE_STATE: Record<MockBookingGraph, MockBookingState> = {
  instant: 'confirmed',
  confirm_decline: 'tentative',
}

const TRANSITIONS: Record<MockBookingState, Partial<Record<BookingAction, MockBookingState>>> = {
  initialized: {},
  tentative: { confirm: 'confirmed', decline: 'declined' },
  confirmed: {
    cancel: 'cancelled',
    cancel_by_customer: 'cancelled_by_customer',
    complete: 'completed',
    reschedule_by_customer: 'rescheduled_by_customer',
  },
  declined: {},
  cancelled: {},
  cancelled_by_customer: {},
  completed: {},
  rescheduled_by_customer: {},
}

/** The contract's final states: `completed: true` once a booking reaches one. */
export const COMPLETED_STATES: ReadonlySet<MockBookingState> = new Set([
  'declined',
  'cancelled',
  'cancelled_by_customer',
  'completed',
])

export function possibleActions(state: MockBookingState): BookingAction[] {
  return Object.keys(TRANSITIONS[state]) as BookingAction[]
}

export function isCompleted(state: MockBookingState): boolean {
  return COMPLETED_STATES.has(state)
}


export function refusal(action: string, state: string) {
  return errorMessage(422, `Cannot apply action '${action}' to current state '${state}'`)
}

/** The next state, or a 422 `Cannot apply action 'x' to current state 'y'`. */
export function applyAction(state: MockBookingState, action: string): MockBookingState {
  const transitions = TRANSITIONS[state] as Record<string, MockBookingState>
  if (!Object.hasOwn(transitions, action)) throw refusal(action, state)
  return transitions[action]!
}
