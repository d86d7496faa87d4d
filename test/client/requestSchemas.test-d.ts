import type * as z from 'zod/mini'
import { describe, expectTypeOf, it } from 'vitest'
import type {
  AvailabilityConstraint,
  AvailabilityParams,
  BookingGraph,
  CreateBookingInput,
  CreateResourceInput,
  CustomerInput,
  KnownBookingGraph,
  UpdateResourceInput,
} from '../../src/client'
import type { CreateBookingInput as CreateBookingInputSchema } from '../../src/client/requestSchemas'
import type { KnownBookingState } from '../../src/client'
import type { MockBookingGraph, MockBookingState } from '../../src/mock'

// The input types are `z.input` of the request schemas; these pin what callers rely on.
describe('input types derived from the request schemas', () => {
  it('are the schemas’ input types', () => {
    expectTypeOf<CreateBookingInput>().toEqualTypeOf<z.input<typeof CreateBookingInputSchema>>()
  })

  it('keep mode required, take readonly lists and the constraint union', () => {
    expectTypeOf<{ resources: readonly string[] }>().not.toExtend<AvailabilityParams>()
    expectTypeOf<{ mode: 'mutual'; resources: readonly string[] }>().toExtend<AvailabilityParams>()
    expectTypeOf<{ allow_hours: { start: 9; end: 17 } }>().toExtend<AvailabilityConstraint>()
    expectTypeOf<{ allow_hours: { start: 9 } }>().not.toExtend<AvailabilityConstraint>()
    expectTypeOf<{ allow_day: { day: 'Funday' } }>().not.toExtend<AvailabilityConstraint>()
  })

  it('let a customer carry custom keys, and a graph be any string while naming the known ones', () => {
    expectTypeOf<{ name: string; email: string; loyalty_id: number }>().toExtend<CustomerInput>()
    expectTypeOf<{ name: string }>().not.toExtend<CustomerInput>()
    expectTypeOf<KnownBookingGraph>().toExtend<BookingGraph>()
    expectTypeOf<'some_future_graph'>().toExtend<BookingGraph>()
  })

  it('make every resource field optional on update', () => {
    expectTypeOf<UpdateResourceInput>().toEqualTypeOf<Partial<CreateResourceInput>>()
  })

  it("the mock's states and graphs come from the client's lists", () => {
    expectTypeOf<MockBookingState>().toEqualTypeOf<KnownBookingState>()
    expectTypeOf<MockBookingGraph>().toExtend<KnownBookingGraph>()
  })
})
