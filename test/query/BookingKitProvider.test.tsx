// The provider: a clear error outside it, whose QueryClient the hooks use, and zones.
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { act, render, renderHook } from '@testing-library/react'
import { useEffect, type ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BookingKitProvider, useBookingKit } from '../../src/query'
import { InvalidTimeZoneError } from '../../src/time'
import { BASE_URL, createKit, createTestBackend } from './support/renderWithKit'

afterEach(() => {
  vi.restoreAllMocks()
})

/** React logs errors thrown during render; the test asserts on the throw instead. */
const silenceRenderErrors = () => vi.spyOn(console, 'error').mockImplementation(() => {})

describe('useBookingKit', () => {
  it('throws a clear error outside <BookingKitProvider>', () => {
    silenceRenderErrors()
    expect(() => renderHook(() => useBookingKit())).toThrow(
      /useBookingKit: no <BookingKitProvider> above this component.*baseUrl/,
    )
  })

  it('gives the client, the zone and the locale', () => {
    const kit = createKit({ provider: { timeZone: 'Asia/Kolkata', locale: 'da-DK' } })
    const { result } = renderHook(() => useBookingKit(), { wrapper: kit.Provider })
    expect(result.current.timeZone).toBe('Asia/Kolkata')
    expect(result.current.locale).toBe('da-DK')
    expect(result.current.client.baseUrl).toBe(BASE_URL)
  })

  it('throws when the provider has neither client nor baseUrl', () => {
    silenceRenderErrors()
    expect(() => render(<BookingKitProvider>x</BookingKitProvider>)).toThrow(/pass a `client` or a `baseUrl`/)
  })
})

describe('BookingKitProvider: QueryClient', () => {
  const backend = createTestBackend()
  const useProbe = () => ({ queryClient: useQueryClient(), kit: useBookingKit() })

  it("uses the app's QueryClient when one is above it", () => {
    const app = new QueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={app}>
        <BookingKitProvider baseUrl={BASE_URL} fetch={backend.fetch}>
          {children}
        </BookingKitProvider>
      </QueryClientProvider>
    )
    const { result } = renderHook(useProbe, { wrapper })
    expect(result.current.queryClient).toBe(app)
  })

  it('creates one when there is none, and keeps it across renders', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BookingKitProvider baseUrl={BASE_URL} fetch={backend.fetch}>
        {children}
      </BookingKitProvider>
    )
    const { result, rerender } = renderHook(useProbe, { wrapper })
    const own = result.current.queryClient
    expect(own).toBeInstanceOf(QueryClient)
    rerender()
    expect(result.current.queryClient).toBe(own)
  })

  it('prefers the queryClient prop over the one above', () => {
    const app = new QueryClient()
    const given = new QueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={app}>
        <BookingKitProvider baseUrl={BASE_URL} fetch={backend.fetch} queryClient={given}>
          {children}
        </BookingKitProvider>
      </QueryClientProvider>
    )
    const { result } = renderHook(useProbe, { wrapper })
    expect(result.current.queryClient).toBe(given)
  })
})

describe('BookingKitProvider: zones', () => {
  it('setTimeZone changes the zone and calls onTimeZoneChange; an invalid name throws InvalidTimeZoneError', () => {
    const onTimeZoneChange = vi.fn()
    const kit = createKit({ provider: { defaultTimeZone: 'Europe/Copenhagen', onTimeZoneChange } })
    const { result } = renderHook(() => useBookingKit(), { wrapper: kit.Provider })
    expect(result.current.timeZone).toBe('Europe/Copenhagen')

    act(() => result.current.setTimeZone('America/New_York'))
    expect(result.current.timeZone).toBe('America/New_York')
    expect(onTimeZoneChange).toHaveBeenCalledWith('America/New_York')

    expect(() => result.current.setTimeZone('Not/AZone')).toThrow(InvalidTimeZoneError)
    expect(() => result.current.setTimeZone('Not/AZone')).toThrow(/Not\/AZone/)
    expect(result.current.timeZone).toBe('America/New_York')
    expect(onTimeZoneChange).toHaveBeenCalledTimes(1)
  })

  it('a controlled zone only changes through its prop', () => {
    const onTimeZoneChange = vi.fn()
    const kit = createKit()
    const { result } = renderHook(() => useBookingKit(), {
      wrapper: ({ children }) => (
        <kit.Provider timeZone="UTC" onTimeZoneChange={onTimeZoneChange}>
          {children}
        </kit.Provider>
      ),
    })
    act(() => result.current.setTimeZone('Asia/Kolkata'))
    expect(onTimeZoneChange).toHaveBeenCalledWith('Asia/Kolkata')
    expect(result.current.timeZone).toBe('UTC')
  })

  it('throws InvalidTimeZoneError for an invalid controlled zone', () => {
    silenceRenderErrors()
    const kit = createKit()
    expect(() => render(<kit.Provider timeZone="Not/AZone">x</kit.Provider>)).toThrow(InvalidTimeZoneError)
  })

  it("defaults to the browser's zone when none is given", () => {
    const backend = createTestBackend()
    const { result } = renderHook(() => useBookingKit(), {
      wrapper: ({ children }) => (
        <BookingKitProvider baseUrl={BASE_URL} fetch={backend.fetch}>
          {children}
        </BookingKitProvider>
      ),
    })
    // The dom project runs under TZ=Pacific/Auckland.
    expect(result.current.timeZone).toBe('Pacific/Auckland')
  })
})

describe('BookingKitProvider: the client', () => {
  it('keeps one client across renders with inline headers and fetch, and sends the latest headers', async () => {
    const backend = createTestBackend()
    const tenants: Array<string | null> = []
    const clients = new Set<unknown>()
    let effectRuns = 0
    function Consumer() {
      const { client } = useBookingKit()
      clients.add(client)
      // An app effect keyed on the client, as `useEffect(() => load(client), [client])` is.
      useEffect(() => {
        effectRuns++
      }, [client])
      return null
    }
    const page = (tenant: string) => (
      <BookingKitProvider
        baseUrl={BASE_URL}
        headers={() => ({ 'X-Tenant': tenant })}
        fetch={(input, init) => {
          tenants.push(new Headers(init?.headers).get('X-Tenant'))
          return backend.fetch(input, init)
        }}
      >
        <Consumer />
      </BookingKitProvider>
    )
    const { rerender } = render(page('a'))
    rerender(page('a'))
    rerender(page('b'))
    expect(clients.size).toBe(1)
    expect(effectRuns).toBe(1)

    const [client] = clients as Set<ReturnType<typeof useBookingKit>['client']>
    await client!.resources.list()
    expect(tenants).toEqual(['b'])
  })
})
