import { describe, expectTypeOf, it } from 'vitest'
import type { AvailabilityParams, CreateBookingInput, RescheduleInput } from '../../src/client'
import {
  AVAILABILITY_FIELDS,
  DEFAULT_BOOKING_FIELDS,
  RESCHEDULE_FIELDS,
  type availabilityFieldNames,
  type bookingFieldNames,
  type rescheduleFieldNames,
} from '../../src/server/policy'

// The proxy's field lists are written out (the server layer carries no zod); these pins make
// a field added to or renamed in a client request schema a type error until the list follows.
describe("the proxy's field lists are the request schemas' fields", () => {
  it('AVAILABILITY_FIELDS is every field of AvailabilityParams', () => {
    expectTypeOf<(typeof availabilityFieldNames)[number]>().toEqualTypeOf<keyof AvailabilityParams>()
  })

  it('DEFAULT_BOOKING_FIELDS is every field of CreateBookingInput but settings and participants', () => {
    expectTypeOf<(typeof bookingFieldNames)[number]>().toEqualTypeOf<
      Exclude<keyof CreateBookingInput, 'settings' | 'participants'>
    >()
  })

  it('RESCHEDULE_FIELDS is every field of RescheduleInput', () => {
    expectTypeOf<(typeof rescheduleFieldNames)[number]>().toEqualTypeOf<keyof RescheduleInput>()
  })

  it('the public lists stay plain string lists', () => {
    expectTypeOf(AVAILABILITY_FIELDS).toEqualTypeOf<readonly string[]>()
    expectTypeOf(DEFAULT_BOOKING_FIELDS).toEqualTypeOf<readonly string[]>()
    expectTypeOf(RESCHEDULE_FIELDS).toEqualTypeOf<readonly string[]>()
  })
})
