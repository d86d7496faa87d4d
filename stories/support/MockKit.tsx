import { QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { BookingKitProvider } from '../../src'
import { createDemoSeed, createMockBackend, type MockBackend, type MockBackendOptions } from '../../src/mock'
import type { RequestLog } from './requestLog'

/** Props of {@link MockKit}: the mock backend's options and the provider's zone. */
export interface MockKitProps extends Omit<MockBackendOptions, 'resources' | 'bookings'> {
  /** The customer's zone, controlled; the browser's when neither this nor `defaultTimeZone` is given. */
  timeZone?: string
  /** The customer's starting zone, uncontrolled (a zone picker changes it). */
  defaultTimeZone?: string
  locale?: string
  /** A backend made by the story (to act on it from demo controls); one is made from the options otherwise. */
  backend?: MockBackend
  /** Records every request the kit sends, for the story to show. */
  requestLog?: RequestLog
  /**
   * Puts a fetch in front of the mock backend's (logged) one, to answer some
   * requests with what a real server or gateway sends: a 429 with
   * `Retry-After`, an HTML 503, a network error, a 401, a broken body, a 422.
   */
  wrapFetch?: (next: typeof fetch) => typeof fetch
  children: ReactNode
}

/**
 * The kit wired to the built-in mock backend running in the page: the same
 * engine the tests use, reached through the client's `fetch`, so a story
 * needs no server and no network. A fixed `now` fixes the provider's clock
 * too, so "today" and the first window are the same on every run.
 */
export function MockKit({ timeZone, defaultTimeZone, locale, children, backend: givenBackend, requestLog, wrapFetch, ...backendOptions }: MockKitProps) {
  const [backend] = useState(() => {
    if (givenBackend) return givenBackend
    const now = typeof backendOptions.now === 'function' ? backendOptions.now() : backendOptions.now
    return createMockBackend({ ...createDemoSeed(now ?? Date.now()), ...backendOptions })
  })
  const [fetchLogged] = useState(() => {
    const logged = (input: RequestInfo | URL, init?: RequestInit) => {
      requestLog?.record(input, init)
      return backend.fetch(input, init)
    }
    return wrapFetch ? wrapFetch(logged as typeof fetch) : logged
  })
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }))
  const fixedNow = typeof backendOptions.now === 'function' ? undefined : backendOptions.now
  return (
    <BookingKitProvider
      baseUrl="https://mock.local/v2"
      fetch={fetchLogged}
      queryClient={queryClient}
      timeZone={timeZone}
      defaultTimeZone={defaultTimeZone}
      locale={locale}
      now={fixedNow}
      timeZoneCookie={false}
    >
      {children}
    </BookingKitProvider>
  )
}
