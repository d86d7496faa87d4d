// The reschedule reducer, exhaustively: every step against every event. An event a step does not
// expect must return the very same state object (no re-render, no impossible state).
import { describe, expect, test } from 'vitest'
import type { Booking, Slot } from '../../src/client'
import {
  canReschedule,
  rescheduleFlowReducer,
  type RescheduleFlowEvent,
  type RescheduleFlowMachineState,
  type RescheduleFlowStep,
} from '../../src/components'

const booking = (state: string, possible_actions: string[]): Booking => ({
  id: 'b1',
  graph: 'instant',
  state,
  completed: false,
  possible_actions,
  resource: { id: 'r1', name: 'Astrid' },
})
const CONFIRMED = booking('confirmed', ['cancel', 'cancel_by_customer', 'complete', 'reschedule_by_customer'])
const CANCELLED = booking('cancelled', [])
const slot: Slot = { start: '2026-03-25T14:00:00Z', end: '2026-03-25T15:00:00Z', resources: [{ id: 'r1', name: 'Astrid' }] }
const other: Slot = { ...slot, start: '2026-03-25T15:00:00Z', end: '2026-03-25T16:00:00Z' }
const error = new Error('boom')

const STATES: Record<string, RescheduleFlowMachineState> = {
  loading: { step: 'loading' },
  choosing: { step: 'choosing', booking: CONFIRMED, slot: null },
  confirming: { step: 'confirming', booking: CONFIRMED, slot },
  submitting: { step: 'submitting', booking: CONFIRMED, slot },
  done: { step: 'done', booking: CONFIRMED, slot, rescheduled: CONFIRMED },
  slotTaken: { step: 'slotTaken', booking: CONFIRMED, slot, error },
  refused: { step: 'refused', booking: CANCELLED, slot: null, state: 'cancelled', error: undefined },
  sendError: { step: 'error', booking: CONFIRMED, slot, error },
  loadError: { step: 'error', booking: undefined, slot: null, error },
}

const EVENTS: Record<string, RescheduleFlowEvent> = {
  loaded: { type: 'loaded', booking: CONFIRMED },
  loadFailed: { type: 'loadFailed', error },
  choose: { type: 'choose', slot: other },
  back: { type: 'back' },
  submit: { type: 'submit' },
  rescheduled: { type: 'rescheduled', booking: CONFIRMED },
  slotTaken: { type: 'slotTaken', error },
  refused: { type: 'refused', state: 'cancelled', error },
  failed: { type: 'failed', error },
  retry: { type: 'retry' },
}

// Rows: states; columns: events, in the order of EVENTS. '=' means unchanged (same object).
type Cell = RescheduleFlowStep | '='
const TABLE: Record<keyof typeof STATES, Cell[]> = {
  //          loaded      loadFailed choose        back        submit        rescheduled slotTaken    refused    failed   retry
  loading:    ['choosing', 'error',   '=',          '=',        '=',          '=',        '=',         '=',       '=',     '='],
  choosing:   ['=',        '=',       'confirming', '=',        '=',          '=',        '=',         '=',       '=',     '='],
  confirming: ['=',        '=',       'confirming', 'choosing', 'submitting', '=',        '=',         '=',       '=',     '='],
  submitting: ['=',        '=',       '=',          '=',        '=',          'done',     'slotTaken', 'refused', 'error', '='],
  done:       ['=',        '=',       '=',          '=',        '=',          '=',        '=',         '=',       '=',     '='],
  slotTaken:  ['=',        '=',       'confirming', 'choosing', '=',          '=',        '=',         '=',       '=',     '='],
  refused:    ['=',        '=',       '=',          '=',        '=',          '=',        '=',         '=',       '=',     '='],
  sendError:  ['=',        '=',       '=',          'choosing', '=',          '=',        '=',         '=',       '=',     'confirming'],
  loadError:  ['=',        '=',       '=',          '=',        '=',          '=',        '=',         '=',       '=',     'loading'],
}

describe('rescheduleFlowReducer', () => {
  const cases = Object.entries(TABLE).flatMap(([name, row]) =>
    Object.keys(EVENTS).map((event, i) => [name, event, row[i]!] as const),
  )
  test.each(cases)('%s + %s → %s', (name, event, expected) => {
    const before = STATES[name]!
    const after = rescheduleFlowReducer(before, EVENTS[event]!)
    if (expected === '=') expect(after).toBe(before)
    else expect(after.step).toBe(expected)
  })

  test('loaded: a booking that cannot move goes to refused with its state', () => {
    const after = rescheduleFlowReducer(STATES.loading!, { type: 'loaded', booking: CANCELLED })
    expect(after).toEqual({ step: 'refused', booking: CANCELLED, slot: null, state: 'cancelled', error: undefined })
  })

  test('the loaded booking and the chosen slot travel with every step', () => {
    let state = rescheduleFlowReducer(STATES.loading!, EVENTS.loaded!)
    state = rescheduleFlowReducer(state, { type: 'choose', slot })
    expect(state).toEqual({ step: 'confirming', booking: CONFIRMED, slot })
    state = rescheduleFlowReducer(state, { type: 'submit' })
    const moved = { ...CONFIRMED, updated_at: 'later' }
    expect(rescheduleFlowReducer(state, { type: 'rescheduled', booking: moved })).toEqual({ step: 'done', booking: CONFIRMED, slot, rescheduled: moved })
    expect(rescheduleFlowReducer(state, { type: 'refused', state: 'cancelled', error })).toEqual({
      step: 'refused',
      booking: CONFIRMED,
      slot,
      state: 'cancelled',
      error,
    })
    // Back keeps the choice, so the picker shows it selected.
    expect(rescheduleFlowReducer(STATES.slotTaken!, { type: 'back' })).toEqual({ step: 'choosing', booking: CONFIRMED, slot })
  })

  test.each([
    [['reschedule_by_customer'], true],
    [['reschedule'], true],
    [['cancel', 'cancel_by_customer', 'complete'], false],
    [[], false],
  ])('canReschedule(%j) is %s', (actions, expected) => {
    expect(canReschedule({ possible_actions: actions })).toBe(expected)
  })
})
