// Booking a slot: one request per submit however often it is clicked, the slot leaving cached
// availability before the server answers and coming back when the write fails, and two
// customers racing for one slot on one backend.
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import {
  createBookingClient,
  ServerError,
  SlotTakenError,
  ValidationError,
  type CreateBookingInput,
} from '../../src/client'
import { DEMO_IDS } from '../../src/mock'
import { useAvailability, useCreateBooking, useSlotAlternatives } from '../../src/query'
import {
  BASE_URL,
  COPENHAGEN_SEARCH,
  createKit,
  createTestBackend,
  holdRequests,
  renderHookWithKit,
  THIS_WEEK,
  type KitOptions,
} from './support/renderWithKit'
import { Week } from './support/Week'

/** Thursday 2026-03-26, 09:00–10:00 in Copenhagen. */
const THURSDAY_9 = { start: '2026-03-26T08:00:00+00:00', end: '2026-03-26T09:00:00+00:00' }
const INPUT: CreateBookingInput = {
  resource_id: DEMO_IDS.copenhagen,
  ...THURSDAY_9,
  what: 'Design review',
  customer: { name: 'Ida Berg', email: 'ida@example.com', timezone: 'Europe/Copenhagen' },
}

const thursday = () =>
  within(screen.getByRole('list', { name: '2026-03-26' }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent)

function BookButton({ input = INPUT }: { input?: CreateBookingInput }) {
  const booking = useCreateBooking()
  return (
    <>
      <button type="button" onClick={() => booking.mutate(input)}>
        Book
      </button>
      <output aria-label="Booking status" data-error={booking.error?.name}>
        {booking.status}
      </output>
    </>
  )
}

function renderPage(options: KitOptions = {}, input?: CreateBookingInput) {
  const kit = createKit(options)
  render(
    <kit.Provider>
      <Week {...COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK} prefetchNext={false} />
      <BookButton input={input} />
    </kit.Provider>,
  )
  return kit
}

const bookingsAt = (kit: ReturnType<typeof createKit>, start: string) =>
  kit.backend.snapshot().bookings.filter((b) => Date.parse(b.start) === Date.parse(start))

describe('useCreateBooking: one submit, one request', () => {
  it('sends exactly one POST /bookings on a double click', async () => {
    const user = userEvent.setup()
    const kit = renderPage({ backendOptions: { latency: 20 } })
    await waitFor(() => expect(thursday()).toHaveLength(8))

    await user.dblClick(screen.getByRole('button', { name: 'Book' }))
    await waitFor(() => expect(screen.getByRole('status', { name: 'Booking status' }).textContent).toBe('success'))
    expect(kit.count('POST', '/bookings')).toBe(1)
    expect(bookingsAt(kit, THURSDAY_9.start)).toHaveLength(1)
    expect(kit.requests.find((r) => r.method === 'POST' && r.path === '/bookings')?.body).toEqual({
      ...INPUT,
      graph: 'instant',
    })
  })

  it('sends one request for two synchronous mutate calls, and mutateAsync shares the call in flight', async () => {
    const { result, kit } = renderHookWithKit(() => useCreateBooking())
    let first!: Promise<unknown>
    let second!: Promise<unknown>
    act(() => {
      result.current.mutate(INPUT)
      result.current.mutate(INPUT)
      first = result.current.mutateAsync(INPUT)
      second = result.current.mutateAsync({ ...INPUT, customer: { name: 'Someone else', email: 'x@example.com' } })
    })
    expect(first).toBe(second)
    await act(async () => {
      await first
    })
    expect(kit.count('POST', '/bookings')).toBe(1)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toMatchObject({ state: 'confirmed', graph: 'instant' })
    expect(bookingsAt(kit, THURSDAY_9.start)).toHaveLength(1)

    // Once settled, the next submit goes out.
    await act(async () => {
      await expect(result.current.mutateAsync(INPUT)).rejects.toBeInstanceOf(SlotTakenError)
    })
    expect(kit.count('POST', '/bookings')).toBe(2)
  })

  it('lets a submit through after reset(), even while the detached write is still in flight', async () => {
    const hold = holdRequests((method, path) => method === 'POST' && path === '/bookings')
    const { result, kit } = renderHookWithKit(() => useCreateBooking(), { wrapFetch: hold.wrapFetch })
    act(() => result.current.mutate(INPUT))
    await waitFor(() => expect(kit.count('POST', '/bookings')).toBe(1))
    act(() => result.current.reset())
    await waitFor(() => expect(result.current.isIdle).toBe(true))
    act(() => result.current.mutate({ ...INPUT, customer: { ...INPUT.customer, name: 'Second try' } }))
    await waitFor(() => expect(kit.count('POST', '/bookings')).toBe(2))
    hold.release()
    await waitFor(() => expect(result.current.isPending).toBe(false))
  })

  it('is pending while the write is in flight', async () => {
    const hold = holdRequests((method, path) => method === 'POST' && path === '/bookings')
    const { result, kit } = renderHookWithKit(() => useCreateBooking(), { wrapFetch: hold.wrapFetch })
    act(() => result.current.mutate(INPUT))
    await waitFor(() => expect(kit.count('POST', '/bookings')).toBe(1))
    expect(result.current.isPending).toBe(true)
    expect(result.current.status).toBe('pending')
    hold.release()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.attributes?.event_info).toMatchObject({ ...THURSDAY_9, what: 'Design review' })
  })
})

describe('useCreateBooking: optimistic availability', () => {
  it('takes the slot out of cached availability before the server answers, and keeps it out', async () => {
    const hold = holdRequests((method, path) => method === 'POST' && path === '/bookings')
    const kit = renderPage({ wrapFetch: hold.wrapFetch })
    await waitFor(() => expect(thursday()).toHaveLength(8))
    expect(thursday()[0]).toBe('9:00 AM')

    await userEvent.click(screen.getByRole('button', { name: 'Book' }))
    await waitFor(() => expect(thursday()).not.toContain('9:00 AM'))
    const post = kit.requests.find((r) => r.method === 'POST' && r.path === '/bookings')
    expect(post).toBeDefined()
    expect(post?.status).toBeUndefined() // not answered yet
    expect(thursday()).toHaveLength(7)

    hold.release()
    await waitFor(() => expect(screen.getByRole('status', { name: 'Booking status' }).textContent).toBe('success'))
    await waitFor(() => expect(kit.queryClient.isFetching()).toBe(0))
    expect(thursday()).toHaveLength(7)
    expect(thursday()).not.toContain('9:00 AM')
  })

  it('puts the slot back as soon as the write fails with a 500, before any refetch', async () => {
    // POST /bookings is held, then answered 500 without reaching the backend (nothing is
    // booked); once the page has loaded, availability refetches are held too, so the slot
    // can only come back from the optimistic snapshot.
    const post = holdRequests((method, path) => method === 'POST' && path === '/bookings')
    let holdRefetch = false
    const refetch = holdRequests((method, path) => holdRefetch && method === 'POST' && path === '/availability')
    const fail =
      (next: typeof fetch): typeof fetch =>
      async (input, init) =>
        init?.method === 'POST' && new URL(String(input)).pathname === '/v2/bookings'
          ? new Response(JSON.stringify({ error: 'Database unavailable' }), { status: 500 })
          : next(input, init)
    const kit = renderPage({ wrapFetch: (next) => post.wrapFetch(refetch.wrapFetch(fail(next))) })
    await waitFor(() => expect(thursday()).toHaveLength(8))
    holdRefetch = true

    await userEvent.click(screen.getByRole('button', { name: 'Book' }))
    await waitFor(() => expect(thursday()).toHaveLength(7))
    post.release()
    await waitFor(() => expect(thursday()).toHaveLength(8))
    expect(thursday()[0]).toBe('9:00 AM')
    const availabilityRequests = kit.requests.filter((r) => r.path === '/availability')
    expect(availabilityRequests.map((r) => r.status)).toEqual([200, undefined]) // the refetch is still held

    refetch.release()
    await waitFor(() => expect(screen.getByRole('status', { name: 'Booking status' }).dataset.error).toBe('ServerError'))
    expect(thursday()).toHaveLength(8)
    expect(bookingsAt(kit, THURSDAY_9.start)).toHaveLength(0)
  })

  it('does not bring back a stale snapshot over availability refetched while the write was in flight', async () => {
    // While POST /bookings is held, another customer books Thursday 10:00 and the page
    // refetches (a window focus, say): the cache now has the server's truth. The write
    // then fails with a 500. Restoring the snapshot taken before the write would put
    // 10:00 back on screen (a slot that 409s when picked) until the next refetch lands.
    const post = holdRequests((method, path) => method === 'POST' && path === '/bookings')
    let holdRefetch = false
    const refetch = holdRequests((method, path) => holdRefetch && method === 'POST' && path === '/availability')
    const fail =
      (next: typeof fetch): typeof fetch =>
      async (input, init) =>
        init?.method === 'POST' && new URL(String(input)).pathname === '/v2/bookings'
          ? new Response(JSON.stringify({ error: 'Database unavailable' }), { status: 500 })
          : next(input, init)
    const kit = renderPage({ wrapFetch: (next) => post.wrapFetch(refetch.wrapFetch(fail(next))) })
    await waitFor(() => expect(thursday()).toHaveLength(8))

    await userEvent.click(screen.getByRole('button', { name: 'Book' }))
    await waitFor(() => expect(thursday()).toHaveLength(7))
    const other = createBookingClient({ baseUrl: BASE_URL, fetch: kit.backend.fetch })
    await other.bookings.create({
      ...INPUT,
      start: '2026-03-26T09:00:00+00:00',
      end: '2026-03-26T10:00:00+00:00',
      customer: { name: 'Other', email: 'other@example.com' },
    })
    await act(() => kit.queryClient.refetchQueries({ type: 'active' }))
    expect(thursday()).not.toContain('10:00 AM')

    holdRefetch = true
    post.release()
    await waitFor(() => expect(screen.getByRole('status', { name: 'Booking status' }).dataset.error).toBe('ServerError'))
    // The settle refetch is still held: what is on screen is what the write's failure left.
    expect(kit.requests.filter((r) => r.path === '/availability').at(-1)?.status).toBeUndefined()
    expect(thursday()).not.toContain('10:00 AM')
    expect(thursday()[0]).toBe('9:00 AM')
    refetch.release()
    await waitFor(() => expect(kit.queryClient.isFetching()).toBe(0))
  })

  it.each([
    ['an invalid customer email', { name: 'Ida', email: 'not-an-email' }, 'customer.email'],
    ['an invalid customer timezone', { name: 'Ida', email: 'ida@example.com', timezone: 'Mars/Olympus' }, 'customer.timezone'],
  ])('puts the slot back and gives ValidationError.fieldErrors for %s', async (_name, customer, field) => {
    const hold = holdRequests((method, path) => method === 'POST' && path === '/bookings')
    const input = { ...INPUT, customer }
    const { result, kit } = renderHookWithKit(
      () => ({
        availability: useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK, prefetchNext: false }),
        booking: useCreateBooking(),
      }),
      { wrapFetch: hold.wrapFetch },
    )
    const has9 = () => result.current.availability.slots.some((s) => Date.parse(s.start) === Date.parse(THURSDAY_9.start))
    await waitFor(() => expect(has9()).toBe(true))

    act(() => result.current.booking.mutate(input))
    await waitFor(() => expect(has9()).toBe(false))
    hold.release()
    await waitFor(() => expect(result.current.booking.isError).toBe(true))
    const error = result.current.booking.error
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).status).toBe(422)
    expect((error as ValidationError).fieldErrors).toEqual({ [field]: [expect.any(String)] })
    expect(error?.message).toMatch(/^POST \/bookings: 422 /)
    expect(has9()).toBe(true)
    expect(bookingsAt(kit, THURSDAY_9.start)).toHaveLength(0)
  })

  it('rejects mutateAsync with ServerError as well as setting error', async () => {
    const { result } = renderHookWithKit(() => useCreateBooking(), {
      backendOptions: { faults: { errorRate: 1, status: 503 } },
    })
    await act(async () => {
      await expect(result.current.mutateAsync(INPUT)).rejects.toBeInstanceOf(ServerError)
    })
    await waitFor(() => expect(result.current.error).toBeInstanceOf(ServerError))
  })
})

describe('useCreateBooking: two customers, one slot', () => {
  const usePage = () => {
    const booking = useCreateBooking()
    return {
      availability: useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK, prefetchNext: false }),
      booking,
      alternatives: useSlotAlternatives(booking.error instanceof SlotTakenError ? booking.variables : undefined),
    }
  }

  it('surfaces the 409 at once: no availability request stands between the answer and the error', async () => {
    const backend = createTestBackend()
    let holdAvailability = false
    const hold = holdRequests((method, path) => holdAvailability && method === 'POST' && path === '/availability')
    const b = renderHookWithKit(usePage, { backend, wrapFetch: hold.wrapFetch })
    await waitFor(() => expect(b.result.current.availability.isSuccess).toBe(true))
    await createBookingClient({ baseUrl: BASE_URL, fetch: backend.fetch }).bookings.create(INPUT)

    // Every availability request from now on hangs: the error may not wait for one.
    holdAvailability = true
    act(() => b.result.current.booking.mutate({ ...INPUT, customer: { name: 'Bo', email: 'bo@example.com' } }))
    await waitFor(() => expect(b.result.current.booking.isError).toBe(true))
    expect(b.result.current.booking.error).toBeInstanceOf(SlotTakenError)
    const answered = b.kit.requests.filter((r) => r.path === '/availability' && r.status !== undefined)
    expect(answered).toHaveLength(1) // the page's own load; nothing since
    // The taken slot stays out of the window meanwhile: the 409 is the truth.
    expect(b.result.current.availability.slots.some((s) => Date.parse(s.start) === Date.parse(THURSDAY_9.start))).toBe(false)
    // The alternatives are a query of their own, in flight (held) beside the error.
    expect(b.result.current.alternatives.isFetching).toBe(true)
    hold.release()
    await waitFor(() => expect(b.result.current.alternatives.isSuccess).toBe(true))
    expect(b.result.current.alternatives.data?.[0]?.start).toBe('2026-03-26T09:00:00+00:00')
    await waitFor(() => expect(b.kit.queryClient.isFetching()).toBe(0))
  })

  it('books for one; the other gets SlotTakenError with the nearest same-length alternatives', async () => {
    const backend = createTestBackend()
    const a = renderHookWithKit(usePage, { backend })
    const b = renderHookWithKit(usePage, { backend })
    const offers = (page: typeof a) =>
      page.result.current.availability.slots.some((s) => Date.parse(s.start) === Date.parse(THURSDAY_9.start))
    await waitFor(() => expect(offers(a) && offers(b)).toBe(true))
    expect(a.kit.queryClient).not.toBe(b.kit.queryClient)

    await act(async () => {
      await a.result.current.booking.mutateAsync(INPUT)
    })
    await waitFor(() => expect(a.result.current.booking.isSuccess).toBe(true))
    await waitFor(() => expect(offers(a)).toBe(false))

    // B still shows the slot: its cache knows nothing of A's booking.
    expect(offers(b)).toBe(true)
    await act(async () => {
      await expect(b.result.current.booking.mutateAsync({ ...INPUT, customer: { name: 'Bo', email: 'bo@example.com' } }))
        .rejects.toBeInstanceOf(SlotTakenError)
    })
    await waitFor(() => expect(b.result.current.booking.isError).toBe(true))
    const error = b.result.current.booking.error as SlotTakenError
    expect(error).toBeInstanceOf(SlotTakenError)
    expect(error.status).toBe(409)
    expect(error.message).toMatch(/^POST \/bookings: 409 /)
    await waitFor(() => expect(b.result.current.alternatives.isSuccess).toBe(true))
    const alternatives = b.result.current.alternatives.data!
    expect(alternatives.map((s) => s.start)).toEqual([
      '2026-03-26T09:00:00+00:00',
      '2026-03-26T10:00:00+00:00',
      '2026-03-26T11:00:00+00:00',
    ])
    for (const slot of alternatives) {
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(3_600_000)
      expect(slot.resources.map((r) => r.id)).toContain(DEMO_IDS.copenhagen)
    }
    const distances = alternatives.map((s) => Math.abs(Date.parse(s.start) - Date.parse(THURSDAY_9.start)))
    expect(distances).toEqual([...distances].sort((x, y) => x - y))

    await waitFor(() => expect(b.kit.queryClient.isFetching()).toBe(0))
    expect(offers(b)).toBe(false)
    expect(backend.snapshot().bookings.filter((r) => Date.parse(r.start) === Date.parse(THURSDAY_9.start))).toHaveLength(1)
    expect(a.kit.count('POST', '/bookings') + b.kit.count('POST', '/bookings')).toBe(2)
  })
})
