// useAvailability as a TanStack Query user expects it: query options as the last argument
// (`select`, `enabled`, `staleTime`), nothing sent for a search that cannot run, the first
// window from the provider's clock, and the window state's fields on the result.
import { act, waitFor } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import type { Slot } from '../../src/client'
import { BookingKitProvider, useAvailability, useAvailableDates, type UseAvailabilityOptions } from '../../src/query'
import { BASE_URL, COPENHAGEN_SEARCH, createKit, renderHookWithKit, THIS_WEEK } from './support/renderWithKit'

// Slots before 09:00 UTC: in this week (before Copenhagen's DST change) the 09:00 Copenhagen slot.
const morning = (slots: Slot[]) => slots.filter((slot) => Number(slot.start.slice(11, 13)) < 9)

describe('useAvailability: a search that cannot run sends nothing', () => {
  it('waits with 0 requests while resources load, then sends one', async () => {
    const consoleError = vi.spyOn(console, 'error')
    const { result, kit, rerender } = renderHookWithKit(
      (props: UseAvailabilityOptions) => useAvailability(props, { retry: false }),
      { initialProps: { ...COPENHAGEN_SEARCH, resources: [], prefetchNext: false } as UseAvailabilityOptions },
    )
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
    })
    expect(kit.requests).toHaveLength(0)
    expect(result.current.isPending).toBe(true)
    expect(result.current.isFetching).toBe(false)
    expect(result.current.isError).toBe(false)
    // The grid can still draw its empty week.
    expect(result.current.days.map((d) => d.dayKey)[0]).toBe('2026-03-23')

    rerender({ ...COPENHAGEN_SEARCH, prefetchNext: false })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(kit.count('POST', '/availability')).toBe(1)
    expect(consoleError).not.toHaveBeenCalled()
    consoleError.mockRestore()
  })

  it('sends nothing for useAvailableDates with an empty list either', async () => {
    const { result, kit } = renderHookWithKit(() =>
      useAvailableDates({ mode: 'roundrobin_random', resources: [], month: '2026-03' }),
    )
    await act(async () => {})
    expect(kit.requests).toHaveLength(0)
    expect(result.current.isFetching).toBe(false)
  })
})

describe('useAvailability: query options as the last argument', () => {
  it('select filters the slots before they are grouped, with no extra request', async () => {
    const { result, kit } = renderHookWithKit(() =>
      useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK, prefetchNext: false }, { select: morning }),
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.days.map((d) => d.slots.length)).toEqual([1, 1, 1, 1, 1, 0, 0])
    expect(result.current.slots).toHaveLength(5)
    expect(result.current.data?.every((slot) => slot.start.slice(11, 13) < '09')).toBe(true)
    expect(kit.count('POST', '/availability')).toBe(1)
    // The cache keeps the whole answer; select only shapes what this hook shows.
    const cached = kit.queryClient.getQueriesData<Slot[]>({ queryKey: ['react-booking-kit'] })[0]![1]
    expect(cached!.length).toBeGreaterThan(5)
  })

  it('enabled: false in the query options sends nothing, like the option of the same name', async () => {
    const { result, kit } = renderHookWithKit(() =>
      useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK }, { enabled: false }),
    )
    await act(async () => {})
    expect(kit.requests).toHaveLength(0)
    expect(result.current.isFetching).toBe(false)
  })

  it('staleTime: 0 makes a shown window refetch on mount; the default 30 s does not', async () => {
    const kit = createKit()
    const mount = (staleTime?: number) =>
      renderHookWithKit(
        () =>
          useAvailability(
            { ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK, prefetchNext: false },
            staleTime === undefined ? {} : { staleTime },
          ),
        { queryClient: kit.queryClient, backend: kit.backend },
      )
    const first = mount()
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true))
    const second = mount()
    await act(async () => {})
    expect(second.kit.count('POST', '/availability')).toBe(0)
    const third = mount(0)
    await waitFor(() => expect(third.kit.count('POST', '/availability')).toBe(1))
  })
})

describe("useAvailability: the window from the provider's clock", () => {
  it("starts on the provider's today and carries the window state", async () => {
    // The test's real clock is far from 2026-03-23: only the provider's `now` can give this week.
    const { result } = renderHookWithKit(() => useAvailability({ ...COPENHAGEN_SEARCH, horizon: 13 }))
    expect(result.current.today).toBe('2026-03-23')
    expect(result.current.window).toMatchObject({ start: '2026-03-23', days: 7 })
    expect(result.current.dayKeys[6]).toBe('2026-03-29')
    expect(result.current.lastDay).toBe('2026-04-05')
    expect(result.current.canPrevious).toBe(false)
    act(() => result.current.previous())
    expect(result.current.window?.start).toBe('2026-03-23')
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    act(() => result.current.next())
    expect(result.current.canNext).toBe(false)
    expect(result.current.isDayInRange('2026-04-06')).toBe(false)
  })

  it('does not prefetch a window past the horizon', async () => {
    const { result, kit } = renderHookWithKit(() => useAvailability({ ...COPENHAGEN_SEARCH, horizon: 6 }))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
    })
    expect(kit.count('POST', '/availability')).toBe(1)
  })

  it('renders on a server without `now` with no window, no days and no request', () => {
    const requests: string[] = []
    const fetch: typeof globalThis.fetch = async (input) => {
      requests.push(String(input))
      return new Response('[]')
    }
    let seen: ReturnType<typeof useAvailability> | undefined
    function Probe() {
      seen = useAvailability(COPENHAGEN_SEARCH)
      return null
    }
    renderToString(
      <BookingKitProvider baseUrl={BASE_URL} fetch={fetch} timeZone="Europe/Copenhagen">
        <Probe />
      </BookingKitProvider>,
    )
    expect(seen?.window).toBeUndefined()
    expect(seen?.today).toBeUndefined()
    expect(seen?.days).toEqual([])
    expect(seen?.isFetching).toBe(false)
    expect(requests).toEqual([])
  })
})
