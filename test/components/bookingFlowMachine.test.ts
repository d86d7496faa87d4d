// The flow's reducer as a pure table: every step × every event, the resulting step and what
// it holds. An event a step does not expect returns the very same state object.
import { describe, expect, test } from 'vitest'
import type { Booking, Slot } from '../../src/client'
import {
  bookingFlowReducer,
  getBookingTimes,
  type BookingFlowEvent,
  type BookingFlowMachineState,
  type BookingFlowStep,
} from '../../src/components'

const slot = { start: '2026-03-24T08:00:00Z', end: '2026-03-24T09:00:00Z', resources: [{ id: 'r-1' }] } as Slot
const other = { start: '2026-03-24T10:00:00Z', end: '2026-03-24T11:00:00Z', resources: [{ id: 'r-1' }] } as Slot
const booking = (state: string) =>
  ({
    id: 'b-1',
    state,
    attributes: { event_info: { start: '2026-03-24T08:00:00+00:00', end: '2026-03-24T09:00:00+00:00' } },
  }) as unknown as Booking
const failure = new Error('boom')
const taken = new Error('taken')

const STATES: Record<BookingFlowStep, BookingFlowMachineState> = {
  choosing: { step: 'choosing', slot: null },
  details: { step: 'details', slot },
  submitting: { step: 'submitting', slot },
  confirmed: { step: 'confirmed', slot, booking: booking('confirmed') },
  pending: { step: 'pending', slot, booking: booking('tentative') },
  slotTaken: { step: 'slotTaken', slot, error: taken },
  error: { step: 'error', slot, error: failure },
}

const EVENTS = {
  choose: { type: 'choose', slot: other },
  back: { type: 'back' },
  submit: { type: 'submit' },
  booked: { type: 'booked', booking: booking('confirmed') },
  bookedTentative: { type: 'booked', booking: booking('tentative') },
  slotTaken: { type: 'slotTaken', error: taken },
  invalid: { type: 'invalid' },
  failed: { type: 'failed', error: failure },
  retry: { type: 'retry' },
  restart: { type: 'restart' },
} satisfies Record<string, BookingFlowEvent>

type EventName = keyof typeof EVENTS
/** `=` is "unchanged: the same object". */
type Outcome = BookingFlowMachineState | '='

const choosingOther: BookingFlowMachineState = { step: 'details', slot: other }
const fresh: BookingFlowMachineState = { step: 'choosing', slot: null }
const backWithSlot: BookingFlowMachineState = { step: 'choosing', slot }

const TABLE: Record<BookingFlowStep, Record<EventName, Outcome>> = {
  choosing: {
    choose: choosingOther, back: '=', submit: '=', booked: '=', bookedTentative: '=',
    slotTaken: '=', invalid: '=', failed: '=', retry: '=', restart: fresh,
  },
  details: {
    choose: choosingOther, back: backWithSlot, submit: { step: 'submitting', slot }, booked: '=', bookedTentative: '=',
    slotTaken: '=', invalid: '=', failed: '=', retry: '=', restart: fresh,
  },
  submitting: {
    choose: '=', back: '=', submit: '=',
    booked: { step: 'confirmed', slot, booking: EVENTS.booked.booking },
    bookedTentative: { step: 'pending', slot, booking: EVENTS.bookedTentative.booking },
    slotTaken: { step: 'slotTaken', slot, error: taken },
    invalid: { step: 'details', slot },
    failed: { step: 'error', slot, error: failure },
    retry: '=', restart: '=',
  },
  confirmed: {
    choose: '=', back: '=', submit: '=', booked: '=', bookedTentative: '=',
    slotTaken: '=', invalid: '=', failed: '=', retry: '=', restart: fresh,
  },
  pending: {
    choose: '=', back: '=', submit: '=', booked: '=', bookedTentative: '=',
    slotTaken: '=', invalid: '=', failed: '=', retry: '=', restart: fresh,
  },
  slotTaken: {
    choose: choosingOther, back: backWithSlot, submit: '=', booked: '=', bookedTentative: '=',
    slotTaken: '=', invalid: '=', failed: '=', retry: '=', restart: fresh,
  },
  error: {
    choose: choosingOther, back: backWithSlot, submit: { step: 'submitting', slot }, booked: '=', bookedTentative: '=',
    slotTaken: '=', invalid: '=', failed: '=', retry: { step: 'details', slot }, restart: fresh,
  },
}

const rows = (Object.keys(TABLE) as BookingFlowStep[]).flatMap((step) =>
  (Object.keys(EVENTS) as EventName[]).map((event) => [step, event, TABLE[step][event]] as const),
)

describe('bookingFlowReducer: every step × every event', () => {
  test('the table covers 7 steps × 10 events', () => {
    expect(rows).toHaveLength(70)
  })

  test.each(rows)('%s + %s', (step, event, outcome) => {
    const before = STATES[step]
    const after = bookingFlowReducer(before, EVENTS[event])
    if (outcome === '=') expect(after).toBe(before)
    else expect(after).toEqual(outcome)
  })
})

describe('bookingFlowReducer: booking states', () => {
  test.each([
    ['confirmed', 'confirmed'],
    ['completed', 'confirmed'],
    ['tentative', 'pending'],
  ] as const)('a %s booking ends on %s', (state, step) => {
    expect(bookingFlowReducer(STATES.submitting, { type: 'booked', booking: booking(state) }).step).toBe(step)
  })

  test('a whole run: choose, submit, 409, pick an alternative, submit, fail, retry, submit, booked, restart', () => {
    const events: BookingFlowEvent[] = [
      { type: 'choose', slot },
      { type: 'submit' },
      { type: 'slotTaken', error: taken },
      { type: 'choose', slot: other },
      { type: 'submit' },
      { type: 'failed', error: failure },
      { type: 'retry' },
      { type: 'submit' },
      { type: 'booked', booking: booking('confirmed') },
      { type: 'restart' },
    ]
    const steps: string[] = []
    events.reduce<BookingFlowMachineState>((state, event) => {
      const next = bookingFlowReducer(state, event)
      steps.push(`${next.step}${next.slot === other ? '*' : ''}`)
      return next
    }, STATES.choosing)
    expect(steps).toEqual(['details', 'submitting', 'slotTaken', 'details*', 'submitting*', 'error*', 'details*', 'submitting*', 'confirmed*', 'choosing'])
  })
})

describe('getBookingTimes', () => {
  test('reads attributes.event_info, undefined without it', () => {
    expect(getBookingTimes(booking('confirmed'))).toEqual({ start: '2026-03-24T08:00:00+00:00', end: '2026-03-24T09:00:00+00:00' })
    expect(getBookingTimes({ id: 'b' } as unknown as Booking)).toBeUndefined()
    expect(getBookingTimes({ id: 'b', attributes: { event_info: { start: 'x' } } } as unknown as Booking)).toBeUndefined()
  })
})
