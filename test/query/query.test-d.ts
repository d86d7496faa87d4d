// Type tests of the query layer: the option factories carry their data type into the cache,
// and the hooks return what their docs promise.
import { QueryClient, type QueryKey } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import {
  createBookingClient,
  type AvailabilityParams,
  type AvailableDate,
  type Booking,
  type ListResult,
  type Resource,
  type Slot,
} from '../../src/client'
import {
  availabilityQueryOptions,
  availableDatesQueryOptions,
  bookingKeys,
  bookingQueryOptions,
  bookingsQueryOptions,
  resourcesQueryOptions,
  useAvailability,
  useAvailableDates,
  useBooking,
  useBookingAction,
  useBookingKit,
  useBookings,
  useCreateBooking,
  useRescheduleBooking,
  useResource,
  useResources,
  type AvailabilityDay,
  type UseAvailabilityResult,
} from '../../src/query'

const client = createBookingClient({ baseUrl: 'http://mock.local/v2' })
const queryClient = new QueryClient()
const params: AvailabilityParams = { mode: 'roundrobin_random', resources: ['r'] }

describe('option factories', () => {
  it('type the cache through their query keys', () => {
    expectTypeOf(queryClient.getQueryData(availabilityQueryOptions(client, params).queryKey)).toEqualTypeOf<
      Slot[] | undefined
    >()
    expectTypeOf(queryClient.getQueryData(availableDatesQueryOptions(client, params).queryKey)).toEqualTypeOf<
      AvailableDate[] | undefined
    >()
    expectTypeOf(queryClient.getQueryData(bookingQueryOptions(client, 'id').queryKey)).toEqualTypeOf<
      Booking | undefined
    >()
    expectTypeOf(queryClient.getQueryData(bookingsQueryOptions(client).queryKey)).toEqualTypeOf<
      ListResult<Booking> | undefined
    >()
    expectTypeOf(queryClient.getQueryData(resourcesQueryOptions(client).queryKey)).toEqualTypeOf<
      ListResult<Resource> | undefined
    >()
  })

  it('builds keys from a base URL alone', () => {
    expectTypeOf(bookingKeys.availabilitySlots({ baseUrl: 'x' }, params)).toExtend<QueryKey>()
    // @ts-expect-error: a key needs the availability params
    bookingKeys.availabilitySlots({ baseUrl: 'x' })
  })
})

describe('hooks', () => {
  it('useAvailability gives days, slots and window commands', () => {
    const result = useAvailability({ mode: 'mutual', resources: ['r'], defaultWindow: { start: '2026-03-23' } })
    expectTypeOf(result).toEqualTypeOf<UseAvailabilityResult>()
    expectTypeOf(result.days).toEqualTypeOf<AvailabilityDay[]>()
    expectTypeOf(result.slots).toEqualTypeOf<Slot[]>()
    expectTypeOf(result.isPlaceholderData).toEqualTypeOf<boolean>()
    expectTypeOf(result.next).toEqualTypeOf<() => void>()
    expectTypeOf(result.goTo).parameter(0).toEqualTypeOf<string>()
    expectTypeOf(result.error).toEqualTypeOf<Error | null>()
    // @ts-expect-error: mode is required
    useAvailability({ resources: ['r'] })
  })

  it('useCreateBooking returns a Booking and takes a CreateBookingInput', () => {
    const create = useCreateBooking()
    expectTypeOf(create.mutateAsync).returns.toEqualTypeOf<Promise<Booking>>()
    expectTypeOf(create.mutate).returns.toEqualTypeOf<void>()
    expectTypeOf(create.data).toEqualTypeOf<Booking | undefined>()
    // @ts-expect-error: customer is required
    create.mutate({ resource_id: 'r', start: 'a', end: 'b' })
  })

  it('the other hooks', () => {
    expectTypeOf(useAvailableDates({ mode: 'mutual', month: '2026-03' }).dates).toEqualTypeOf<string[]>()
    expectTypeOf(useBookings().data).toEqualTypeOf<ListResult<Booking> | undefined>()
    expectTypeOf(useBooking(undefined).data).toEqualTypeOf<Booking | undefined>()
    expectTypeOf(useResources().data).toEqualTypeOf<ListResult<Resource> | undefined>()
    expectTypeOf(useResource('id').data).toEqualTypeOf<Resource | undefined>()
    expectTypeOf(useBookingAction().mutateAsync).returns.toEqualTypeOf<Promise<Booking>>()
    expectTypeOf(useRescheduleBooking().mutateAsync).parameter(0).toHaveProperty('id').toEqualTypeOf<string>()
    expectTypeOf(useBookingKit().setTimeZone).toEqualTypeOf<(timeZone: string) => void>()
  })
})
