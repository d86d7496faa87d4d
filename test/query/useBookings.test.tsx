// Bookings: list and detail queries, state-machine actions and reschedules, checked against
// the backend's state afterwards and against the availability the page shows.
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  createBookingClient,
  NetworkError,
  NotFoundError,
  ResponseShapeError,
  SlotTakenError,
  ValidationError,
} from '../../src/client'
import { DEMO_IDS } from '../../src/mock'
import {
  useAvailability,
  useBooking,
  useBookingAction,
  useBookings,
  useRescheduleBooking,
  useSlotAlternatives,
} from '../../src/query'
import { BASE_URL, COPENHAGEN_SEARCH, holdRequests, renderHookWithKit, THIS_WEEK } from './support/renderWithKit'

const BOOKING = {
  /** Astrid, Tuesday 2026-03-24 10:00–11:00 Copenhagen, instant graph, confirmed. */
  confirmed: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb01',
  /** Astrid, Wednesday 2026-03-25 14:00–15:00 Copenhagen, confirm_decline graph, tentative. */
  tentative: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb02',
}
const TUESDAY_10 = '2026-03-24T09:00:00+00:00'
const THURSDAY_11 = { start: '2026-03-26T10:00:00+00:00', end: '2026-03-26T11:00:00+00:00' }

const stateOf = (snapshot: { bookings: Array<{ id: string; state: string }> }, id: string) =>
  snapshot.bookings.find((b) => b.id === id)?.state

describe('useBookings', () => {
  it('is pending, then lists bookings filtered by search', async () => {
    const { result, kit } = renderHookWithKit(() =>
      useBookings({ search: { 'resource.id': DEMO_IDS.copenhagen }, include: ['attributes'] }),
    )
    expect(result.current.isPending).toBe(true)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.items.map((b) => b.id).sort()).toEqual([BOOKING.confirmed, BOOKING.tentative])
    expect(result.current.data?.items.find((b) => b.id === BOOKING.confirmed)?.attributes?.event_info?.start).toBe(
      TUESDAY_10,
    )
    expect(kit.requests).toHaveLength(1)
    expect(kit.requests[0]).toMatchObject({ method: 'GET', path: '/bookings' })
  })

  it('fails with ValidationError for an unknown search key, ResponseShapeError on a malformed body', async () => {
    const invalid = renderHookWithKit(() => useBookings({ search: { colour: 'red' } }))
    await waitFor(() => expect(invalid.result.current.isError).toBe(true))
    expect(invalid.result.current.error).toBeInstanceOf(ValidationError)

    const malformed = renderHookWithKit(() => useBookings(), {
      backendOptions: { faults: { malformed: true }, random: () => 0.9 },
    })
    await waitFor(() => expect(malformed.result.current.isError).toBe(true))
    expect(malformed.result.current.error).toBeInstanceOf(ResponseShapeError)
  })

  it('fails with NetworkError when fetch rejects', async () => {
    const { result } = renderHookWithKit(() => useBookings(), {
      wrapFetch: () => () => Promise.reject(new TypeError('Failed to fetch')),
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(NetworkError)
    expect(result.current.error?.message).toMatch(/^GET \/bookings: network failure/)
  })
})

describe('useBooking', () => {
  it('is idle without an id, then loads the booking', async () => {
    const { result, rerender, kit } = renderHookWithKit((id: string | undefined) => useBooking(id), {
      initialProps: undefined,
    })
    await act(async () => {})
    expect(result.current.fetchStatus).toBe('idle')
    expect(kit.requests).toHaveLength(0)
    rerender(BOOKING.tentative)
    expect(result.current.isLoading).toBe(true)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toMatchObject({ id: BOOKING.tentative, state: 'tentative', graph: 'confirm_decline' })
    expect(result.current.data?.possible_actions.sort()).toEqual(['confirm', 'decline'])
  })

  it('fails with NotFoundError for an unknown id', async () => {
    const { result } = renderHookWithKit(() => useBooking('no-such-booking'))
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(NotFoundError)
    expect((result.current.error as NotFoundError).model).toBe('Booking')
  })
})

describe('useBookingAction', () => {
  it('confirm: pending while in flight, then the booking, the detail query and the backend are confirmed', async () => {
    const hold = holdRequests((method) => method === 'PUT')
    const { result, kit } = renderHookWithKit(
      () => ({ detail: useBooking(BOOKING.tentative), action: useBookingAction() }),
      { wrapFetch: hold.wrapFetch },
    )
    await waitFor(() => expect(result.current.detail.data?.state).toBe('tentative'))
    act(() => result.current.action.mutate({ id: BOOKING.tentative, action: 'confirm' }))
    await waitFor(() => expect(kit.count('PUT')).toBe(1))
    expect(result.current.action.isPending).toBe(true)
    hold.release()
    await waitFor(() => expect(result.current.action.isSuccess).toBe(true))
    expect(result.current.action.data).toMatchObject({ id: BOOKING.tentative, state: 'confirmed' })
    expect(result.current.detail.data?.state).toBe('confirmed')
    expect(stateOf(kit.backend.snapshot(), BOOKING.tentative)).toBe('confirmed')
    expect(kit.requests.find((r) => r.method === 'PUT')).toMatchObject({
      path: `/bookings/${BOOKING.tentative}/confirm`,
      body: {},
    })
  })

  it('decline with a message: the backend holds a declined booking', async () => {
    const { result, kit } = renderHookWithKit(() => useBookingAction())
    const setup = createBookingClient({ baseUrl: BASE_URL, fetch: kit.backend.fetch })
    const tentative = await setup.bookings.create({
      resource_id: DEMO_IDS.kolkata,
      graph: 'confirm_decline',
      start: '2026-03-26T04:30:00+00:00',
      end: '2026-03-26T05:30:00+00:00',
      customer: { name: 'Nils', email: 'nils@example.com' },
    })
    expect(tentative.state).toBe('tentative')

    await act(async () => {
      await result.current.mutateAsync({ id: tentative.id, action: 'decline', message: 'Fully booked that day' })
    })
    expect(stateOf(kit.backend.snapshot(), tentative.id)).toBe('declined')
    expect(kit.requests.find((r) => r.method === 'PUT')).toMatchObject({
      path: `/bookings/${tentative.id}/decline`,
      body: { decline: { message: 'Fully booked that day' } },
    })
  })

  it('cancel with a message: the backend holds a cancelled booking and the freed slot is offered again', async () => {
    const { result, kit } = renderHookWithKit(() => ({
      availability: useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK, prefetchNext: false }),
      list: useBookings({ search: { state: 'confirmed' } }),
      action: useBookingAction(),
    }))
    const offersTuesday10 = () =>
      result.current.availability.slots.some((s) => Date.parse(s.start) === Date.parse(TUESDAY_10))
    await waitFor(() => expect(result.current.availability.status === 'success' && result.current.list.isSuccess).toBe(true))
    expect(offersTuesday10()).toBe(false)
    expect(result.current.list.data?.items.map((b) => b.id)).toContain(BOOKING.confirmed)

    await act(async () => {
      await result.current.action.mutateAsync({ id: BOOKING.confirmed, action: 'cancel', message: 'Sorry, I am ill' })
    })
    expect(stateOf(kit.backend.snapshot(), BOOKING.confirmed)).toBe('cancelled')
    expect(kit.requests.find((r) => r.method === 'PUT')).toMatchObject({
      path: `/bookings/${BOOKING.confirmed}/cancel`,
      body: { cancel: { message: 'Sorry, I am ill' } },
    })
    await waitFor(() => expect(offersTuesday10()).toBe(true))
    await waitFor(() => expect(result.current.list.data?.items.map((b) => b.id)).not.toContain(BOOKING.confirmed))
  })

  it('fails with ValidationError for an action the state does not allow, NotFoundError for an unknown booking', async () => {
    const { result, kit } = renderHookWithKit(() => useBookingAction())
    await act(async () => {
      await expect(result.current.mutateAsync({ id: BOOKING.confirmed, action: 'confirm' })).rejects.toBeInstanceOf(
        ValidationError,
      )
    })
    await waitFor(() => expect(result.current.error?.message).toMatch(/Cannot apply action 'confirm'/))
    expect(stateOf(kit.backend.snapshot(), BOOKING.confirmed)).toBe('confirmed')

    await act(async () => {
      await expect(result.current.mutateAsync({ id: 'gone', action: 'cancel' })).rejects.toBeInstanceOf(NotFoundError)
    })
  })
})

describe('useRescheduleBooking', () => {
  const usePage = () => {
    const reschedule = useRescheduleBooking()
    return {
      availability: useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK, prefetchNext: false }),
      reschedule,
      alternatives: useSlotAlternatives(reschedule.error instanceof SlotTakenError ? reschedule.variables : undefined),
    }
  }
  const offers = (slots: Array<{ start: string }>, start: string) =>
    slots.some((s) => Date.parse(s.start) === Date.parse(start))

  it('moves the booking: the new slot leaves availability at once, the old one comes back', async () => {
    const hold = holdRequests((method, path) => method === 'POST' && path.endsWith('/reschedule'))
    const { result, kit } = renderHookWithKit(usePage, { wrapFetch: hold.wrapFetch })
    await waitFor(() => expect(result.current.availability.status === 'success').toBe(true))
    expect(offers(result.current.availability.slots, THURSDAY_11.start)).toBe(true)

    act(() =>
      result.current.reschedule.mutate({ id: BOOKING.confirmed, resource_id: DEMO_IDS.copenhagen, ...THURSDAY_11 }),
    )
    await waitFor(() => expect(offers(result.current.availability.slots, THURSDAY_11.start)).toBe(false))
    expect(result.current.reschedule.isPending).toBe(true)
    hold.release()

    await waitFor(() => expect(result.current.reschedule.isSuccess).toBe(true))
    expect(result.current.reschedule.data).toMatchObject({ id: BOOKING.confirmed })
    const stored = kit.backend.snapshot().bookings.find((b) => b.id === BOOKING.confirmed)
    expect(Date.parse(stored!.start)).toBe(Date.parse(THURSDAY_11.start))
    await waitFor(() => expect(offers(result.current.availability.slots, TUESDAY_10)).toBe(true))
    expect(offers(result.current.availability.slots, THURSDAY_11.start)).toBe(false)
    expect(kit.requests.find((r) => r.path.endsWith('/reschedule'))?.body).toEqual({
      resource_id: DEMO_IDS.copenhagen,
      ...THURSDAY_11,
    })
  })

  it('onto a taken slot: SlotTakenError with alternatives, and the booking stays where it was', async () => {
    const { result, kit } = renderHookWithKit(usePage)
    await waitFor(() => expect(result.current.availability.status === 'success').toBe(true))
    // Wednesday 14:00 Copenhagen holds the tentative booking.
    const wednesday14 = { start: '2026-03-25T13:00:00+00:00', end: '2026-03-25T14:00:00+00:00' }
    await act(async () => {
      await expect(
        result.current.reschedule.mutateAsync({ id: BOOKING.confirmed, resource_id: DEMO_IDS.copenhagen, ...wednesday14 }),
      ).rejects.toBeInstanceOf(SlotTakenError)
    })
    await waitFor(() => expect(result.current.reschedule.isError).toBe(true))
    const error = result.current.reschedule.error as SlotTakenError
    expect(error.message).toMatch(new RegExp(`^POST /bookings/${BOOKING.confirmed}/reschedule: 409`))
    await waitFor(() => expect(result.current.alternatives.isSuccess).toBe(true))
    expect(result.current.alternatives.data?.map((s) => s.start)).toEqual([
      '2026-03-25T12:00:00+00:00',
      '2026-03-25T14:00:00+00:00',
      '2026-03-25T11:00:00+00:00',
    ])
    const stored = kit.backend.snapshot().bookings.find((b) => b.id === BOOKING.confirmed)
    expect(Date.parse(stored!.start)).toBe(Date.parse(TUESDAY_10))
  })
})
