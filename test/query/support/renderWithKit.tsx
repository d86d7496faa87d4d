// One kit per test: a fresh QueryClient (no retries), the mock backend on a fixed clock with
// the demo seed, and a provider whose `fetch` records every request the kit sends.
import { QueryClient } from '@tanstack/react-query'
import { render, renderHook, type RenderHookOptions, type RenderOptions } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import {
  createDemoSeed,
  createMockBackend,
  DEMO_IDS,
  type MockBackend,
  type MockBackendOptions,
  type MockResourceSeed,
} from '../../../src/mock'
import { BookingKitProvider, type AvailabilitySearch, type BookingKitProviderProps } from '../../../src/query'

/** Monday 2026-03-23, 09:00 in Copenhagen; the week holds Copenhagen's spring-forward (Sunday 29th). */
export const NOW = '2026-03-23T08:00:00Z'
export const BASE_URL = 'http://mock.local/v2'
export const THIS_WEEK = { start: '2026-03-23', days: 7 } as const
export const NEXT_WEEK = { start: '2026-03-30', days: 7 } as const

/** A UTC resource that is free 23:00–24:00 UTC only: its 23:30 slot starts on the next day east of UTC. */
export const NIGHT_DESK_ID = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e0ff'
const NIGHT_DESK: MockResourceSeed = {
  id: NIGHT_DESK_ID,
  name: 'Night desk',
  timezone: 'UTC',
  availability_constraints: [{ allow_hours: { start: 23, end: 24 } }],
}

export const COPENHAGEN_SEARCH: AvailabilitySearch = {
  mode: 'roundrobin_random',
  resources: [DEMO_IDS.copenhagen],
  length: '1 hour',
}
export const NIGHT_SEARCH: AvailabilitySearch = {
  mode: 'roundrobin_random',
  resources: [NIGHT_DESK_ID],
  length: '30 minutes',
}

/** A small deterministic PRNG (mulberry32), so ids and round robin repeat run to run. */
export function seededRandom(seed = 1): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function createTestBackend(options: Partial<MockBackendOptions> = {}): MockBackend {
  const seed = createDemoSeed(NOW)
  return createMockBackend({
    ...seed,
    resources: [...seed.resources, NIGHT_DESK],
    now: NOW,
    random: seededRandom(),
    ...options,
  })
}

export interface RecordedRequest {
  method: string
  /** Path below the base URL, e.g. `/availability`. */
  path: string
  body: unknown
  /** The answer's status once it came, `'failed'` when fetch rejected; undefined while in flight. */
  status?: number | 'failed'
}

/** A fetch wrapper that holds matching requests until `release()`; the test sees the state in between. */
export function holdRequests(match: (method: string, path: string) => boolean) {
  let release!: () => void
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  const wrapFetch =
    (next: typeof fetch): typeof fetch =>
    async (input, init) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
      if (match((init?.method ?? 'GET').toUpperCase(), url.pathname.replace(/^\/v2/, ''))) await gate
      return next(input, init)
    }
  return { wrapFetch, release: () => release() }
}

export interface KitOptions {
  /** Share a backend between kits (two customers); default: a fresh one. */
  backend?: MockBackend
  /** Options of a fresh backend (latency, faults, appKey). */
  backendOptions?: Partial<MockBackendOptions>
  /** Sits between the counter and the backend: fail or delay chosen requests. */
  wrapFetch?: (next: typeof fetch) => typeof fetch
  queryClient?: QueryClient
  /** Provider props (`timeZone`, `defaultTimeZone`, `appKey`, `locale`, …). */
  provider?: Partial<BookingKitProviderProps>
}

export interface Kit {
  backend: MockBackend
  queryClient: QueryClient
  /** Every request sent, in order. */
  requests: RecordedRequest[]
  /** Requests matching `method` and, when given, `path`. */
  count: (method: string, path?: string) => number
  /** How many requests have been answered (or failed). */
  settled: () => number
  fetch: typeof fetch
  /** The provider with the test's defaults; props override them (a controlled `timeZone`). */
  Provider: (props: Partial<BookingKitProviderProps> & { children?: ReactNode }) => ReactElement
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
}

export function createKit(options: KitOptions = {}): Kit {
  const backend = options.backend ?? createTestBackend(options.backendOptions)
  const queryClient = options.queryClient ?? createTestQueryClient()
  const requests: RecordedRequest[] = []
  let settledCount = 0
  const inner = options.wrapFetch ? options.wrapFetch(backend.fetch) : backend.fetch
  const countingFetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
    const method = (init?.method ?? 'GET').toUpperCase()
    const path = url.pathname.replace(/^\/v2/, '')
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined
    const record: RecordedRequest = { method, path, body }
    requests.push(record)
    try {
      const response = await inner(input, init)
      record.status = response.status
      return response
    } catch (error) {
      record.status = 'failed'
      throw error
    } finally {
      settledCount++
    }
  }
  const defaults: Partial<BookingKitProviderProps> = {
    baseUrl: BASE_URL,
    fetch: countingFetch,
    queryClient,
    locale: 'en-US',
    defaultTimeZone: 'Europe/Copenhagen',
    // The provider's clock is the backend's: "today" is the seeded Monday.
    now: NOW,
    ...options.provider,
  }
  function Provider({ children, ...props }: Partial<BookingKitProviderProps> & { children?: ReactNode }) {
    return (
      <BookingKitProvider {...defaults} {...props}>
        {children}
      </BookingKitProvider>
    )
  }
  return {
    backend,
    queryClient,
    requests,
    count: (method, path) => requests.filter((r) => r.method === method && (path === undefined || r.path === path)).length,
    settled: () => settledCount,
    fetch: countingFetch,
    Provider,
  }
}

/** `render` inside a fresh kit's provider. */
export function renderWithKit(ui: ReactElement, options: KitOptions & Omit<RenderOptions, 'wrapper' | 'queries'> = {}) {
  const kit = createKit(options)
  const result = render(ui, { wrapper: ({ children }) => <kit.Provider>{children}</kit.Provider> })
  return { ...result, kit }
}

/** `renderHook` inside a fresh kit's provider. */
export function renderHookWithKit<TResult, TProps>(
  hook: (props: TProps) => TResult,
  options: KitOptions & Pick<RenderHookOptions<TProps>, 'initialProps'> = {},
) {
  const kit = createKit(options)
  const result = renderHook(hook, {
    initialProps: options.initialProps as TProps,
    wrapper: ({ children }) => <kit.Provider>{children}</kit.Provider>,
  })
  return { ...result, kit }
}
