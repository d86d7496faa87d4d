// useAvailability through the provider and the mock backend: states, errors, the customer's
// zone as a render concern (zero requests), prefetched `next()`, and previous data on screen.
import { act, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  AuthError,
  NetworkError,
  ResponseParseError,
  ResponseShapeError,
  ValidationError,
} from '../../src/client'
import {
  bookingKeys,
  shiftWindow,
  useAvailability,
  useBookingKit,
  windowToParams,
  type UseAvailabilityResult,
} from '../../src/query'
import {
  BASE_URL,
  COPENHAGEN_SEARCH,
  createKit,
  NEXT_WEEK,
  NIGHT_SEARCH,
  renderHookWithKit,
  THIS_WEEK,
} from './support/renderWithKit'
import { isLoadingRender, Week, type RenderRecord } from './support/Week'

const times = (dayKey: string) =>
  within(screen.getByRole('list', { name: dayKey }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent)

describe('useAvailability: states', () => {
  it('is pending first, then gives the window as seven days of slots', async () => {
    const { result, kit } = renderHookWithKit(() =>
      useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK, prefetchNext: false }),
    )
    expect(result.current.isPending).toBe(true)
    expect(result.current.isLoading).toBe(true)
    expect(result.current.slots).toEqual([])
    // The days exist before the data does, so a grid can render its skeleton.
    expect(result.current.days.map((d) => d.dayKey)).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ])

    await waitFor(() => expect(result.current.status).toBe('success'))
    const { days } = result.current
    // 09:00–17:00 Copenhagen on weekdays: 8 hourly slots, less the seeded bookings
    // (confirmed on Tuesday 10:00, tentative on Wednesday 14:00: both hold their slot).
    expect(days.map((d) => d.slots.length)).toEqual([8, 7, 7, 8, 8, 0, 0])
    expect(days[0]!.slots[0]).toMatchObject({ start: '2026-03-23T08:00:00+00:00', end: '2026-03-23T09:00:00+00:00' })
    expect(result.current.window).toEqual({
      start: '2026-03-23',
      days: 7,
      from: '2026-03-22T10:00:00.000Z',
      to: '2026-03-30T12:00:00.000Z',
    })
    expect(kit.requests).toEqual([
      { method: 'POST', path: '/availability', body: windowToParams(COPENHAGEN_SEARCH, THIS_WEEK), status: 200 },
    ])
  })

  it('labels the DST week in the resource zone: 9:00 before and after Copenhagen springs forward', async () => {
    render(<Week {...COPENHAGEN_SEARCH} defaultWindow={{ start: '2026-03-27', days: 4 }} prefetchNext={false} />, {
      wrapper: createKit({ provider: { timeZone: 'Europe/Copenhagen' } }).Provider,
    })
    await waitFor(() => expect(times('2026-03-27')).toHaveLength(8))
    expect(times('2026-03-27')[0]).toBe('9:00 AM')
    expect(times('2026-03-28')).toEqual([])
    expect(times('2026-03-29')).toEqual([])
    expect(times('2026-03-30')[0]).toBe('9:00 AM')
    expect(times('2026-03-30').at(-1)).toBe('4:00 PM')
  })

  it.each([
    ['422 (unknown resource)', {}, { resources: ['no-such-resource'] }, ValidationError],
    ['401 (wrong app key)', { appKey: 'test_widget_key_right' }, {}, AuthError],
  ] as const)('fails with the client error class on a %s', async (_name, backendOptions, search, ErrorClass) => {
    const { result } = renderHookWithKit(
      () => useAvailability({ ...COPENHAGEN_SEARCH, ...search, defaultWindow: THIS_WEEK }),
      { backendOptions, provider: { appKey: 'test_widget_key_wrong' } },
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(ErrorClass)
    expect(result.current.error?.message).toMatch(/^POST \/availability: (401|422)/)
    if (result.current.error instanceof ValidationError) {
      expect(result.current.error.fieldErrors).toHaveProperty(['resources.0'])
    }
    expect(result.current.slots).toEqual([])
  })

  it.each([
    // The fault picks the broken payload from `random`: 0.3 → a cut-off JSON body, 0.6 → `{result, items}`.
    [0.3, ResponseParseError],
    [0.6, ResponseShapeError],
  ] as const)('fails with the parse/shape error on a malformed payload (random %s)', async (r, ErrorClass) => {
    const { result } = renderHookWithKit(() => useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK }), {
      backendOptions: { faults: { malformed: true }, random: () => r },
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(ErrorClass)
  })

  it('fails with NetworkError when fetch rejects', async () => {
    const { result } = renderHookWithKit(() => useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK }), {
      wrapFetch: () => () => Promise.reject(new TypeError('Failed to fetch')),
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(NetworkError)
    expect(result.current.error?.message).toBe('POST /availability: network failure (Failed to fetch)')
  })

  it('sends nothing while disabled', async () => {
    const { result, kit } = renderHookWithKit(() =>
      useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK, enabled: false }),
    )
    await act(async () => {})
    expect(result.current.isPending).toBe(true)
    expect(result.current.isFetching).toBe(false)
    expect(kit.requests).toHaveLength(0)
  })
})

describe('useAvailability: the customer zone is a render concern', () => {
  it('moves the 23:30 UTC slot to the next day in Auckland and Kolkata with zero requests (controlled prop)', async () => {
    const kit = createKit()
    const page = (timeZone: string) => (
      <kit.Provider timeZone={timeZone}>
        <Week {...NIGHT_SEARCH} defaultWindow={THIS_WEEK} prefetchNext={false} />
      </kit.Provider>
    )
    const { rerender } = render(page('UTC'))
    await waitFor(() => expect(times('2026-03-23')).toEqual(['11:00 PM', '11:30 PM']))
    expect(times('2026-03-29')).toEqual(['11:00 PM', '11:30 PM'])
    const sent = kit.requests.length
    expect(sent).toBe(1)

    rerender(page('Pacific/Auckland'))
    // 23:00 and 23:30 UTC on the 23rd are 12:00 and 12:30 on the 24th in Auckland (UTC+13);
    // the 22nd's late slots, which would land on the 23rd, are in the past.
    expect(times('2026-03-23')).toEqual([])
    expect(times('2026-03-24')).toEqual(['12:00 PM', '12:30 PM'])

    rerender(page('Asia/Kolkata'))
    expect(times('2026-03-23')).toEqual([])
    expect(times('2026-03-24')).toEqual(['4:30 AM', '5:00 AM'])

    rerender(page('UTC'))
    expect(times('2026-03-23')).toEqual(['11:00 PM', '11:30 PM'])

    await act(async () => {})
    expect(kit.requests.length - sent).toBe(0)
    expect(kit.queryClient.isFetching()).toBe(0)
  })

  it('re-groups after setTimeZone with zero requests', async () => {
    const kit = createKit({ provider: { defaultTimeZone: 'UTC' } })
    const kitRef: { current: ReturnType<typeof useBookingKit> | null } = { current: null }
    function ZoneHandle() {
      kitRef.current = useBookingKit()
      return null
    }
    render(
      <kit.Provider>
        <ZoneHandle />
        <Week {...NIGHT_SEARCH} defaultWindow={THIS_WEEK} />
      </kit.Provider>,
    )
    await waitFor(() => expect(times('2026-03-23')).toEqual(['11:00 PM', '11:30 PM']))
    await waitFor(() => expect(kit.queryClient.isFetching()).toBe(0))
    const sent = kit.requests.length

    act(() => kitRef.current!.setTimeZone('Asia/Kolkata'))
    expect(kitRef.current!.timeZone).toBe('Asia/Kolkata')
    expect(times('2026-03-23')).toEqual([])
    expect(times('2026-03-24')).toEqual(['4:30 AM', '5:00 AM'])

    await act(async () => {})
    expect(kit.requests.length - sent).toBe(0)
  })
})

describe('useAvailability: windows', () => {
  it('shows the prefetched next window at once: no loading render, no request for it', async () => {
    const kit = createKit({ backendOptions: { latency: 300 } })
    const log: RenderRecord[] = []
    const api: { current: UseAvailabilityResult | null } = { current: null }
    render(
      <kit.Provider>
        <Week {...COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK} log={log} onResult={(r) => (api.current = r)} />
      </kit.Provider>,
    )
    await waitFor(() => expect(times('2026-03-23')).toHaveLength(8))
    const nextKey = bookingKeys.availabilitySlots({ baseUrl: BASE_URL }, windowToParams(COPENHAGEN_SEARCH, NEXT_WEEK))
    await waitFor(() => expect(kit.queryClient.getQueryState(nextKey)?.status).toBe('success'))
    await waitFor(() => expect(kit.queryClient.isFetching()).toBe(0))
    expect(kit.count('POST', '/availability')).toBe(2)
    const sentBefore = kit.requests.length
    const rendersBefore = log.length

    act(() => api.current!.next())

    // Synchronously after next(): the next week's slots, not a skeleton and not last week's.
    expect(times('2026-03-30')).toHaveLength(8)
    expect(api.current!.window?.start).toBe('2026-03-30')
    // The prefetch of the week after settles; the shown week is not asked again.
    const afterKey = bookingKeys.availabilitySlots(
      { baseUrl: BASE_URL },
      windowToParams(COPENHAGEN_SEARCH, shiftWindow(NEXT_WEEK, 1)),
    )
    await waitFor(() => expect(kit.queryClient.getQueryState(afterKey)?.status).toBe('success'))
    await waitFor(() => expect(kit.queryClient.isFetching()).toBe(0))

    const after = log.slice(rendersBefore)
    const newRequests = kit.requests.slice(sentBefore)
    expect(after.filter(isLoadingRender)).toEqual([])
    expect(after.every((r) => r.window === '2026-03-30' && r.slotCount === 40)).toBe(true)
    expect(newRequests).toHaveLength(1)
    expect(newRequests[0]!.body).toMatchObject(windowToParams(COPENHAGEN_SEARCH, shiftWindow(NEXT_WEEK, 1)))
  })

  it('keeps the last window on screen with isPlaceholderData while a far window loads', async () => {
    const kit = createKit({ backendOptions: { latency: 50 } })
    const log: RenderRecord[] = []
    const api: { current: UseAvailabilityResult | null } = { current: null }
    render(
      <kit.Provider>
        <Week {...COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK} log={log} onResult={(r) => (api.current = r)} />
      </kit.Provider>,
    )
    await waitFor(() => expect(times('2026-03-23')).toHaveLength(8))

    act(() => api.current!.goTo('2026-05-04'))
    expect(api.current!.window?.start).toBe('2026-05-04')
    expect(api.current!.isPlaceholderData).toBe(true)
    expect(api.current!.isPending).toBe(false)
    // The days are still last window's, so slots and their day headings agree.
    expect(api.current!.days[0]!.dayKey).toBe('2026-03-23')
    expect(times('2026-03-23')).toHaveLength(8)
    expect(screen.getByRole('region', { name: 'Available times' }).dataset.previous).toBe('true')

    await waitFor(() => expect(api.current!.isPlaceholderData).toBe(false))
    expect(api.current!.days[0]!.dayKey).toBe('2026-05-04')
    expect(times('2026-05-04')).toHaveLength(8)
    expect(screen.getByRole('region', { name: 'Available times' }).dataset.previous).toBeUndefined()
    // No render showed a window's slots under another window's days.
    expect(log.every((r) => r.isPending || r.firstDay === r.window || r.isPlaceholderData)).toBe(true)
  })

  it('calls onWindowChange and follows a controlled window', async () => {
    const kit = createKit()
    const changes: string[] = []
    const api: { current: UseAvailabilityResult | null } = { current: null }
    const page = (start: string) => (
      <kit.Provider>
        <Week {...COPENHAGEN_SEARCH} window={{ start }} onWindowChange={(w) => changes.push(w.start)} onResult={(r) => (api.current = r)} prefetchNext={false} />
      </kit.Provider>
    )
    const { rerender } = render(page('2026-03-23'))
    await waitFor(() => expect(times('2026-03-23')).toHaveLength(8))
    act(() => api.current!.next())
    expect(changes).toEqual(['2026-03-30'])
    // Controlled: nothing moves until the parent passes the new window.
    expect(api.current!.window?.start).toBe('2026-03-23')
    rerender(page('2026-03-30'))
    await waitFor(() => expect(times('2026-03-30')).toHaveLength(8))
    act(() => api.current!.previous())
    expect(changes).toEqual(['2026-03-30', '2026-03-23'])
    expect(kit.count('POST', '/availability')).toBe(2)
  })
})

describe('useAvailability: a window that fails or has nothing to show', () => {
  it("shows the asked window's days, not the last loaded window's, when the new window fails", async () => {
    const far = windowToParams(COPENHAGEN_SEARCH, { start: '2026-05-04', days: 7 })
    const { result } = renderHookWithKit(
      () => useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK, prefetchNext: false }),
      {
        wrapFetch: (next) => async (input, init) => {
          const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { from?: string }) : {}
          if (body.from === far.from) return new Response('{"error":"boom"}', { status: 500 })
          return next(input, init)
        },
      },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.days[0]!.dayKey).toBe('2026-03-23')

    act(() => result.current.goTo('2026-05-04'))
    await waitFor(() => expect(result.current.isError).toBe(true))
    // No data is shown, so nothing ties the page to last week any more: the days
    // (and a skeleton or an error over them) are those of the window asked for.
    expect(result.current.isPlaceholderData).toBe(false)
    expect(result.current.days.map((d) => d.dayKey)[0]).toBe('2026-05-04')
    expect(result.current.slots).toEqual([])
  })
})
