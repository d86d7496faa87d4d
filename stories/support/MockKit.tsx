import { QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { BookingKitProvider } from '../../src'
import { createDemoSeed, createMockBackend, type MockBackend, type MockBackendOptions } from '../../src/mock'

/** Props of {@link MockKit}: the mock backend's options and the provider's zone. */
export interface MockKitProps extends Omit<MockBackendOptions, 'resources' | 'bookings'> {
  /** The customer's zone; the browser's when omitted. */
  timeZone?: string
  locale?: string
  /** A backend made by the story (to act on it from demo controls); one is made from the options otherwise. */
  backend?: MockBackend
  children: ReactNode
}

/**
 * The kit wired to the built-in mock backend running in the page: the same
 * engine the tests use, reached through the client's `fetch`, so a story
 * needs no server and no network.
 */
export function MockKit({ timeZone, locale, children, backend: givenBackend, ...backendOptions }: MockKitProps) {
  const [backend] = useState(() => {
    if (givenBackend) return givenBackend
    const now = typeof backendOptions.now === 'function' ? backendOptions.now() : backendOptions.now
    return createMockBackend({ ...createDemoSeed(now ?? Date.now()), ...backendOptions })
  })
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }))
  return (
    <BookingKitProvider
      baseUrl="https://mock.local/v2"
      fetch={backend.fetch}
      queryClient={queryClient}
      timeZone={timeZone}
      locale={locale}
    >
      {children}
    </BookingKitProvider>
  )
}
