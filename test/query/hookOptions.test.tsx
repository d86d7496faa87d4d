// Every hook takes its TanStack options last: `select` and `enabled` on the queries, callbacks
// on the writes (the kit's own run first, so the cache is already right when yours run).
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SlotTakenError, type Booking, type CreateBookingInput, type ListResult, type Resource, type Slot } from '../../src/client'
import { DEMO_IDS } from '../../src/mock'
import {
  bookingKeys,
  useAvailability,
  useBooking,
  useBookings,
  useCreateBooking,
  useResource,
  useResources,
} from '../../src/query'
import { BASE_URL, COPENHAGEN_SEARCH, renderHookWithKit, THIS_WEEK } from './support/renderWithKit'

const INPUT: CreateBookingInput = {
  resource_id: DEMO_IDS.copenhagen,
  start: '2026-03-26T08:00:00+00:00',
  end: '2026-03-26T09:00:00+00:00',
  customer: { name: 'Ida Berg', email: 'ida@example.com' },
}

describe('query hooks: select and enabled', () => {
  it('useResources selects names; the cache keeps the whole list', async () => {
    const { result, kit } = renderHookWithKit(() =>
      useResources({}, { select: (list) => list.items.map((resource) => resource.name) }),
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toContain('Night desk')
    expect(result.current.data!.every((name) => typeof name === 'string')).toBe(true)
    const cached = kit.queryClient.getQueryData<ListResult<Resource>>(bookingKeys.resourceList({ baseUrl: BASE_URL }))
    expect(cached?.items[0]).toHaveProperty('id')
  })

  it('enabled: false in the options sends nothing for useResources, useResource, useBookings, useBooking', async () => {
    const { result, kit } = renderHookWithKit(() => [
      useResources({}, { enabled: false }),
      useResource(DEMO_IDS.copenhagen, { enabled: false }),
      useBookings({}, { enabled: false }),
      useBooking('some-id', {}, { enabled: false }),
    ])
    await act(async () => {})
    expect(kit.requests).toEqual([])
    expect(result.current.map((q) => q.fetchStatus)).toEqual(['idle', 'idle', 'idle', 'idle'])
  })

  it('the hook keeps its own condition: an undefined id stays idle whatever the options say', async () => {
    const { kit } = renderHookWithKit(() => useBooking(undefined, {}, { enabled: true }))
    await act(async () => {})
    expect(kit.requests).toEqual([])
  })
})

describe('mutation hooks: callbacks as the last argument', () => {
  it("runs the caller's onSuccess (the slot already out of the cache) and onSettled", async () => {
    const calls: string[] = []
    const { result, kit } = renderHookWithKit(() => {
      const availability = useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK, prefetchNext: false })
      const booking = useCreateBooking({
        onSuccess: (created: Booking, variables) => {
          // The slot left the cached window before this runs.
          const cached = kit.queryClient.getQueriesData<Slot[]>({
            queryKey: bookingKeys.availabilityWindows({ baseUrl: BASE_URL }),
          })
          const shown = cached.some(([, slots]) => slots?.some((s) => Date.parse(s.start) === Date.parse(variables.start)))
          calls.push(`success ${created.state} ${shown ? 'shown' : 'gone'}`)
        },
        onSettled: (_data, error) => {
          calls.push(`settled ${error === null ? 'ok' : error.name}`)
        },
      })
      return { availability, booking }
    })
    await waitFor(() => expect(result.current.availability.isSuccess).toBe(true))
    await act(async () => {
      await result.current.booking.mutateAsync(INPUT)
    })
    expect(calls).toEqual(['success confirmed gone', 'settled ok'])
  })

  it("runs the caller's onError with the SlotTakenError", async () => {
    const errors: unknown[] = []
    const { result } = renderHookWithKit(() => useCreateBooking({ onError: (error) => errors.push(error) }))
    await act(async () => {
      await result.current.mutateAsync(INPUT)
    })
    act(() => result.current.reset())
    await act(async () => {
      await expect(result.current.mutateAsync(INPUT)).rejects.toBeInstanceOf(SlotTakenError)
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toBeInstanceOf(SlotTakenError)
  })
})
