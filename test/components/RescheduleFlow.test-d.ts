import type { ComponentProps } from 'react'
import { describe, expectTypeOf, test } from 'vitest'
import type { Booking, Slot } from '../../src/client'
import {
  type RescheduleFlow,
  defaultRescheduleFlowMessages,
  rescheduleFlowReducer,
  useRescheduleFlowState,
  useRescheduleFlow,
  readBookingLink,
  type BookingLink,
  type RescheduleFlowAria,
  type RescheduleFlowMachineState,
  type RescheduleFlowMessages,
  type RescheduleFlowRootProps,
  type RescheduleFlowState,
  type RescheduleFlowStep,
} from '../../src/index'

describe('RescheduleFlow types', () => {
  test('the steps are a closed union', () => {
    expectTypeOf<RescheduleFlowStep>().toEqualTypeOf<
      'loading' | 'choosing' | 'confirming' | 'submitting' | 'done' | 'slotTaken' | 'refused' | 'error'
    >()
  })

  test('each step holds what it needs: no slot before choosing, a booking after loading', () => {
    type Confirming = Extract<RescheduleFlowMachineState, { step: 'confirming' | 'submitting' }>
    expectTypeOf<Confirming['slot']>().toEqualTypeOf<Slot>()
    expectTypeOf<Confirming['booking']>().toEqualTypeOf<Booking>()
    type Refused = Extract<RescheduleFlowMachineState, { step: 'refused' }>
    expectTypeOf<Refused['state']>().toEqualTypeOf<string>()
    expectTypeOf<Extract<RescheduleFlowMachineState, { step: 'loading' }>>().toEqualTypeOf<{ step: 'loading' }>()
    expectTypeOf(rescheduleFlowReducer).returns.toEqualTypeOf<RescheduleFlowMachineState>()
  })

  test('the root requires a booking id; callbacks are typed', () => {
    expectTypeOf<RescheduleFlowRootProps['bookingId']>().toEqualTypeOf<string>()
    expectTypeOf<RescheduleFlowRootProps['onRescheduled']>().toEqualTypeOf<((booking: Booking) => void) | undefined>()
    expectTypeOf<RescheduleFlowRootProps['onStepChange']>().toEqualTypeOf<((step: RescheduleFlowStep) => void) | undefined>()
    expectTypeOf<RescheduleFlowRootProps['onError']>().toEqualTypeOf<((error: Error) => void) | undefined>()
    expectTypeOf<RescheduleFlowRootProps['messages']>().toEqualTypeOf<Partial<RescheduleFlowMessages> | undefined>()
    expectTypeOf<ComponentProps<typeof RescheduleFlow.Root>>().toEqualTypeOf<RescheduleFlowRootProps>()
  })

  test('className/style take a function of the state; messages are functions where they take values', () => {
    expectTypeOf<ComponentProps<typeof RescheduleFlow.Submit>['className']>().toEqualTypeOf<
      string | undefined | ((state: RescheduleFlowState) => string | undefined)
    >()
    expectTypeOf(defaultRescheduleFlowMessages.refused).parameter(0).toEqualTypeOf<{ state: string; stateName: string }>()
    expectTypeOf(useRescheduleFlowState).returns.toEqualTypeOf<RescheduleFlowState>()
    expectTypeOf<RescheduleFlowState['submit']>().returns.toEqualTypeOf<Promise<Booking | undefined>>()
  })

  test('the React entry exports the ARIA hook and the link reader', () => {
    expectTypeOf(useRescheduleFlow).parameter(0).toEqualTypeOf<RescheduleFlowState>()
    expectTypeOf(useRescheduleFlow).returns.toEqualTypeOf<RescheduleFlowAria>()
    expectTypeOf(readBookingLink).returns.toEqualTypeOf<BookingLink | undefined>()
    expectTypeOf<BookingLink['action']>().toEqualTypeOf<'reschedule' | 'cancel'>()
  })
})
