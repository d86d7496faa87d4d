// The cancel reducer, exhaustively: every step against every event; unexpected events return the
// same state object.
import { describe, expect, test } from 'vitest'
import type { Booking } from '../../src/client'
import {
  cancelActionFor,
  cancelBookingReducer,
  type CancelBookingEvent,
  type CancelBookingMachineState,
  type CancelBookingStep,
} from '../../src/components'

const booking = (state: string, possible_actions: string[]): Booking => ({ id: 'b1', graph: 'instant', state, completed: false, possible_actions })
const CONFIRMED = booking('confirmed', ['cancel', 'cancel_by_customer', 'complete', 'reschedule_by_customer'])
const COMPLETED = booking('completed', [])
const error = new Error('boom')

const STATES: Record<string, CancelBookingMachineState> = {
  loading: { step: 'loading' },
  confirming: { step: 'confirming', booking: CONFIRMED, action: 'cancel_by_customer' },
  submitting: { step: 'submitting', booking: CONFIRMED, action: 'cancel_by_customer' },
  done: { step: 'done', booking: CONFIRMED, action: 'cancel_by_customer', cancelled: CONFIRMED },
  refused: { step: 'refused', booking: COMPLETED, action: undefined, state: 'completed', error: undefined },
  sendError: { step: 'error', booking: CONFIRMED, action: 'cancel_by_customer', error },
  loadError: { step: 'error', booking: undefined, action: undefined, error },
}
const EVENTS: Record<string, CancelBookingEvent> = {
  loaded: { type: 'loaded', booking: CONFIRMED },
  loadFailed: { type: 'loadFailed', error },
  confirm: { type: 'confirm' },
  cancelled: { type: 'cancelled', booking: CONFIRMED },
  refused: { type: 'refused', state: 'cancelled', error },
  failed: { type: 'failed', error },
  retry: { type: 'retry' },
}
type Cell = CancelBookingStep | '='
const TABLE: Record<keyof typeof STATES, Cell[]> = {
  //          loaded        loadFailed confirm       cancelled refused    failed   retry
  loading:    ['confirming', 'error',   '=',          '=',      '=',       '=',     '='],
  confirming: ['=',          '=',       'submitting', '=',      '=',       '=',     '='],
  submitting: ['=',          '=',       '=',          'done',   'refused', 'error', '='],
  done:       ['=',          '=',       '=',          '=',      '=',       '=',     '='],
  refused:    ['=',          '=',       '=',          '=',      '=',       '=',     '='],
  sendError:  ['=',          '=',       '=',          '=',      '=',       '=',     'confirming'],
  loadError:  ['=',          '=',       '=',          '=',      '=',       '=',     'loading'],
}

describe('cancelBookingReducer', () => {
  const cases = Object.entries(TABLE).flatMap(([name, row]) => Object.keys(EVENTS).map((event, i) => [name, event, row[i]!] as const))
  test.each(cases)('%s + %s → %s', (name, event, expected) => {
    const before = STATES[name]!
    const after = cancelBookingReducer(before, EVENTS[event]!)
    if (expected === '=') expect(after).toBe(before)
    else expect(after.step).toBe(expected)
  })

  test('loaded: the requested action if possible, else refused naming the state', () => {
    expect(cancelBookingReducer(STATES.loading!, { type: 'loaded', booking: CONFIRMED, action: 'cancel' })).toEqual({
      step: 'confirming',
      booking: CONFIRMED,
      action: 'cancel',
    })
    const hostOnly = booking('confirmed', ['cancel'])
    expect(cancelBookingReducer(STATES.loading!, { type: 'loaded', booking: hostOnly, action: 'cancel_by_customer' })).toEqual({
      step: 'refused',
      booking: hostOnly,
      action: undefined,
      state: 'confirmed',
      error: undefined,
    })
    expect(cancelBookingReducer(STATES.loading!, { type: 'loaded', booking: COMPLETED })).toMatchObject({ step: 'refused', state: 'completed' })
  })

  test('a refusal on send keeps the action and names the new state', () => {
    expect(cancelBookingReducer(STATES.submitting!, EVENTS.refused!)).toEqual({
      step: 'refused',
      booking: CONFIRMED,
      action: 'cancel_by_customer',
      state: 'cancelled',
      error,
    })
  })

  test.each([
    [['cancel', 'cancel_by_customer'], undefined, 'cancel_by_customer'],
    [['cancel'], undefined, 'cancel'],
    [['cancel_by_customer'], undefined, 'cancel_by_customer'],
    [['cancel', 'cancel_by_customer'], 'cancel', 'cancel'],
    [['cancel'], 'cancel_by_customer', undefined],
    [['confirm', 'decline'], undefined, undefined],
  ] as const)('cancelActionFor(%j, %s) is %s', (actions, requested, expected) => {
    expect(cancelActionFor({ possible_actions: [...actions] }, requested)).toBe(expected)
  })
})
