// Type tests of the hook options and results: the last argument takes TanStack's options
// (typed `select` changes `data`), single-flight results narrow on status, and the window
// state's fields ride on useAvailability's result.
import { describe, expectTypeOf, it } from 'vitest'
import type { Booking, CreateBookingInput, ListResult, Resource, Slot } from '../../src/client'
import {
  timeZoneFromRequest,
  useAvailability,
  useAvailabilityWindow,
  useAvailableDates,
  useBooking,
  useCreateBooking,
  useNow,
  useResources,
  useSlotAlternatives,
  useToday,
  type AvailabilityWindow,
  type AvailabilityWindowState,
  type UseAvailabilityResult,
  type UseCreateBookingResult,
} from '../../src/query'

describe('single-flight mutation results', () => {
  it('narrow data after isSuccess, error after isError', () => {
    const booking = useCreateBooking()
    expectTypeOf(booking).toEqualTypeOf<UseCreateBookingResult>()
    expectTypeOf(booking.data).toEqualTypeOf<Booking | undefined>()
    if (booking.isSuccess) {
      expectTypeOf(booking.data).toEqualTypeOf<Booking>()
      expectTypeOf(booking.variables).toEqualTypeOf<CreateBookingInput>()
    }
    if (booking.isError) expectTypeOf(booking.error).toEqualTypeOf<Error>()
    if (booking.isIdle) expectTypeOf(booking.data).toEqualTypeOf<undefined>()
    expectTypeOf(booking.mutate).toEqualTypeOf<(variables: CreateBookingInput) => void>()
    expectTypeOf(booking.reset).toEqualTypeOf<() => void>()
  })

  it('take mutation callbacks typed with their data and variables', () => {
    useCreateBooking({
      onSuccess: (data, variables) => {
        expectTypeOf(data).toEqualTypeOf<Booking>()
        expectTypeOf(variables).toEqualTypeOf<CreateBookingInput>()
      },
      onError: (error) => expectTypeOf(error).toEqualTypeOf<Error>(),
    })
    // @ts-expect-error: the kit owns the mutation function
    useCreateBooking({ mutationFn: async () => ({}) as Booking })
  })
})

describe('query hooks take query options last', () => {
  it('select changes the data type', () => {
    expectTypeOf(useResources().data).toEqualTypeOf<ListResult<Resource> | undefined>()
    const names = useResources({}, { select: (list) => list.items.map((r) => r.name) })
    expectTypeOf(names.data).toEqualTypeOf<string[] | undefined>()
    expectTypeOf(useBooking('id', {}, { select: (b) => b.state }).data).toEqualTypeOf<Booking['state'] | undefined>()
    useResources({}, { staleTime: 5_000, throwOnError: true, enabled: (query) => query.state.data === undefined })
    // @ts-expect-error: the key is the kit's
    useResources({}, { queryKey: ['mine'] })
  })

  it("useAvailability's select keeps slots (they are grouped into days)", () => {
    const result = useAvailability({ mode: 'mutual', resources: ['r'] }, { select: (slots) => slots.slice(0, 3) })
    expectTypeOf(result.data).toEqualTypeOf<Slot[] | undefined>()
    // @ts-expect-error: a select that leaves slots behind cannot be grouped
    useAvailability({ mode: 'mutual', resources: ['r'] }, { select: (slots) => slots.length })
    // @ts-expect-error: placeholderData is the hook's own
    useAvailability({ mode: 'mutual' }, { placeholderData: [] })
  })

  it('useAvailableDates and useSlotAlternatives', () => {
    const dates = useAvailableDates({ mode: 'mutual', month: '2026-03' }, { staleTime: 0 })
    expectTypeOf(dates.isPlaceholderData).toEqualTypeOf<boolean>()
    const taken = { start: 'a', end: 'b', resource_id: 'r' }
    expectTypeOf(useSlotAlternatives(taken).data).toEqualTypeOf<Slot[] | undefined>()
    expectTypeOf(useSlotAlternatives(undefined, {}, { select: (s) => s.length }).data).toEqualTypeOf<number | undefined>()
  })
})

describe('window state and clock', () => {
  it('useAvailability carries every field of the window state', () => {
    const result = useAvailability({ mode: 'mutual', resources: ['r'], horizon: 30 })
    expectTypeOf(result).toExtend<Omit<AvailabilityWindowState, 'window'>>()
    expectTypeOf(result.window).toEqualTypeOf<(Required<AvailabilityWindow> & { from: string; to: string }) | undefined>()
    expectTypeOf(result.isPlaceholderData).toEqualTypeOf<boolean>()
    expectTypeOf(result).not.toHaveProperty('isPreviousData')
    expectTypeOf(result).toEqualTypeOf<UseAvailabilityResult>()
  })

  it('useAvailabilityWindow, useNow, useToday, timeZoneFromRequest', () => {
    const state = useAvailabilityWindow({ horizon: '2026-06-30', onWindowChange: (w) => expectTypeOf(w.days).toBeNumber() })
    expectTypeOf(state.window).toEqualTypeOf<Required<AvailabilityWindow> | undefined>()
    expectTypeOf(state.goTo).toEqualTypeOf<(dayKey: string) => void>()
    expectTypeOf(useNow()).toEqualTypeOf<number | undefined>()
    expectTypeOf(useToday()).toEqualTypeOf<string | undefined>()
    expectTypeOf(timeZoneFromRequest(new Headers())).toEqualTypeOf<string | undefined>()
    expectTypeOf(timeZoneFromRequest('rbk-tz=UTC')).toEqualTypeOf<string | undefined>()
  })
})
