// useAvailableDates: a month's days with a free slot, in the customer's zone. Unlike slots,
// days only exist in a zone, so here a zone change does refetch (by design).
import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { NetworkError, ValidationError } from '../../src/client'
import { DEMO_IDS } from '../../src/mock'
import { useAvailableDates, useBookingKit } from '../../src/query'
import { COPENHAGEN_SEARCH, createKit, renderHookWithKit } from './support/renderWithKit'

describe('useAvailableDates', () => {
  it("is pending, then gives the month's weekdays from today on", async () => {
    const { result, kit } = renderHookWithKit(() => useAvailableDates({ ...COPENHAGEN_SEARCH, month: '2026-03' }))
    expect(result.current.isPending).toBe(true)
    expect(result.current.dates).toEqual([])
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.dates).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-30', '2026-03-31'])
    expect(result.current.data?.[0]?.resources).toEqual([{ id: DEMO_IDS.copenhagen }])
    // The month is the customer's (Copenhagen) month: midnight to midnight there.
    expect(kit.requests[0]?.body).toMatchObject({
      output_timezone: 'Europe/Copenhagen',
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
    })
  })

  it('keeps the last month with isPlaceholderData while the next loads, and refetches on a zone change', async () => {
    const kit = createKit({ backendOptions: { latency: 30 } })
    const { result, rerender } = renderHook(
      (month: string) => ({ dates: useAvailableDates({ ...COPENHAGEN_SEARCH, month }), kit: useBookingKit() }),
      { wrapper: kit.Provider, initialProps: '2026-03' },
    )
    await waitFor(() => expect(result.current.dates.status).toBe('success'))
    rerender('2026-04')
    expect(result.current.dates.isPlaceholderData).toBe(true)
    expect(result.current.dates.dates[0]).toBe('2026-03-23')
    await waitFor(() => expect(result.current.dates.isPlaceholderData).toBe(false))
    expect(result.current.dates.dates[0]).toBe('2026-04-01')
    expect(result.current.dates.dates).not.toContain('2026-04-04') // a Saturday

    const before = kit.count('POST', '/availability/dates')
    act(() => result.current.kit.setTimeZone('Pacific/Auckland'))
    await waitFor(() => expect(result.current.dates.isPlaceholderData).toBe(false))
    expect(kit.count('POST', '/availability/dates')).toBe(before + 1)
    expect(kit.requests.at(-1)?.body).toMatchObject({ output_timezone: 'Pacific/Auckland' })
  })

  it.each([
    ['ValidationError for an unknown resource', { resources: ['nope'] }, undefined, ValidationError],
    ['NetworkError when fetch rejects', {}, () => () => Promise.reject(new TypeError('Failed to fetch')), NetworkError],
  ] as const)('fails with %s', async (_name, search, wrapFetch, ErrorClass) => {
    const { result } = renderHookWithKit(
      () => useAvailableDates({ ...COPENHAGEN_SEARCH, ...search, month: '2026-03' }),
      wrapFetch ? { wrapFetch } : {},
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(ErrorClass)
    expect(result.current.error?.message).toMatch(/^POST \/availability\/dates: /)
  })
})
