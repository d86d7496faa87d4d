// Type tests of the booking flow: the machine's states carry what their step needs, the
// callbacks are typed with slots, bookings and errors, and onSubmit may change or cancel.
import type { ComponentProps } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import type { Booking, CreateBookingInput, Slot } from '../../src/client'
import type { BookingFlow } from '../../src/components'
import {
  bookingFlowReducer,
  useBookingFlowState,
  type BookingFlowMachineState,
  type BookingFlowState,
  type BookingFlowStep,
  type BookingFormValues,
} from '../../src/components'

describe('the machine', () => {
  it('each step holds what it needs', () => {
    const state = {} as BookingFlowMachineState
    if (state.step === 'choosing') expectTypeOf(state.slot).toEqualTypeOf<Slot | null>()
    if (state.step === 'details') expectTypeOf(state.slot).toEqualTypeOf<Slot>()
    if (state.step === 'confirmed' || state.step === 'pending') expectTypeOf(state.booking).toEqualTypeOf<Booking>()
    if (state.step === 'slotTaken' || state.step === 'error') expectTypeOf(state.error).toEqualTypeOf<Error>()
    expectTypeOf<BookingFlowStep>().toEqualTypeOf<'choosing' | 'details' | 'submitting' | 'confirmed' | 'pending' | 'slotTaken' | 'error'>()
    expectTypeOf(bookingFlowReducer).returns.toEqualTypeOf<BookingFlowMachineState>()
    // @ts-expect-error an event needs its payload
    bookingFlowReducer(state, { type: 'choose' })
    // @ts-expect-error no such event
    bookingFlowReducer(state, { type: 'cancel' })
  })
})

describe('the flow', () => {
  it('the state hook', () => {
    const flow = useBookingFlowState({ search: { mode: 'roundrobin_random', resources: ['r'], length: '1 hour' } })
    expectTypeOf(flow).toEqualTypeOf<BookingFlowState>()
    expectTypeOf(flow.book).toEqualTypeOf<(values: BookingFormValues) => Promise<Booking | undefined>>()
  })

  it('callbacks', () => {
    type Props = ComponentProps<typeof BookingFlow.Root>
    expectTypeOf<NonNullable<Props['onStepChange']>>().parameter(0).toEqualTypeOf<BookingFlowStep>()
    expectTypeOf<NonNullable<Props['onSlotSelect']>>().parameter(0).toEqualTypeOf<{
      slot: Slot
      book: (values: BookingFormValues) => Promise<Booking | undefined>
    }>()
    expectTypeOf<NonNullable<Props['onBooked']>>().parameter(0).toEqualTypeOf<Booking>()
    expectTypeOf<NonNullable<Props['onSlotTaken']>>().parameter(0).toEqualTypeOf<{ slot: Slot; error: Error }>()
    expectTypeOf<NonNullable<Props['onSubmit']>>().returns.toEqualTypeOf<
      CreateBookingInput | false | void | Promise<CreateBookingInput | false | void>
    >()
    expectTypeOf<Props['hostSubmits']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf<Extract<Props['className'], (s: never) => unknown>>().parameter(0).toEqualTypeOf<BookingFlowState>()
  })
})
