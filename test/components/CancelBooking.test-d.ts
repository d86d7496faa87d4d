import type { ComponentProps } from 'react'
import { describe, expectTypeOf, test } from 'vitest'
import type { Booking } from '../../src/client'
import {
  type CancelBooking,
  cancelActionFor,
  useCancelBookingState,
  useCancelBooking,
  type CancelBookingAria,
  type CancelAction,
  type CancelBookingMachineState,
  type CancelBookingRootProps,
  type CancelBookingState,
  type CancelBookingStep,
} from '../../src/index'

describe('CancelBooking types', () => {
  test('steps and actions are closed unions', () => {
    expectTypeOf<CancelBookingStep>().toEqualTypeOf<'loading' | 'confirming' | 'submitting' | 'done' | 'refused' | 'error'>()
    expectTypeOf<CancelAction>().toEqualTypeOf<'cancel' | 'cancel_by_customer'>()
    expectTypeOf(cancelActionFor).returns.toEqualTypeOf<CancelAction | undefined>()
  })

  test('a confirmation always has an action; a refusal names a state', () => {
    expectTypeOf<Extract<CancelBookingMachineState, { step: 'confirming' | 'submitting' }>['action']>().toEqualTypeOf<CancelAction>()
    expectTypeOf<Extract<CancelBookingMachineState, { step: 'refused' }>['state']>().toEqualTypeOf<string>()
  })

  test('root props', () => {
    expectTypeOf<CancelBookingRootProps['bookingId']>().toEqualTypeOf<string>()
    expectTypeOf<CancelBookingRootProps['action']>().toEqualTypeOf<CancelAction | undefined>()
    expectTypeOf<CancelBookingRootProps['onCancelled']>().toEqualTypeOf<((booking: Booking) => void) | undefined>()
    expectTypeOf<ComponentProps<typeof CancelBooking.Root>>().toEqualTypeOf<CancelBookingRootProps>()
    expectTypeOf(useCancelBookingState).returns.toEqualTypeOf<CancelBookingState>()
    expectTypeOf(useCancelBooking).parameter(0).toEqualTypeOf<CancelBookingState>()
    expectTypeOf(useCancelBooking).returns.toEqualTypeOf<CancelBookingAria>()
    expectTypeOf<CancelBookingState['confirm']>().returns.toEqualTypeOf<Promise<Booking | undefined>>()
  })
})
