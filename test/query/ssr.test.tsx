// A server render hydrated in the browser: the server prefetches the window into a
// QueryClient and dehydrates it; the browser hydrates with a new QueryClient and must render
// the same labels, with no hydration warning and no request.
import { dehydrate, HydrationBoundary, type DehydratedState, type QueryClient } from '@tanstack/react-query'
import { act } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBookingClient } from '../../src/client'
import { BookingKitProvider, prefetchAvailability } from '../../src/query'
import {
  BASE_URL,
  COPENHAGEN_SEARCH,
  createKit,
  createTestBackend,
  createTestQueryClient,
  NEXT_WEEK,
  THIS_WEEK,
} from './support/renderWithKit'
import { Week } from './support/Week'

function Page({ queryClient, state, fetch }: { queryClient: QueryClient; state: DehydratedState; fetch: typeof globalThis.fetch }) {
  return (
    <BookingKitProvider baseUrl={BASE_URL} fetch={fetch} queryClient={queryClient} timeZone="Europe/Copenhagen" locale="en-US">
      <HydrationBoundary state={state}>
        <Week {...COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK} />
      </HydrationBoundary>
    </BookingKitProvider>
  )
}

const labels = (root: ParentNode) =>
  [...root.querySelectorAll('ul')].map((list) => `${list.getAttribute('aria-label')}: ${[...list.querySelectorAll('li')].map((li) => li.textContent).join(', ')}`)

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('server render and hydration', () => {
  it('hydrates the prefetched window with the same labels, no warning and no request', async () => {
    // Server: prefetch what the page shows, and the window it prefetches next.
    const backend = createTestBackend()
    const serverQueryClient = createTestQueryClient()
    const serverClient = createBookingClient({ baseUrl: BASE_URL, fetch: backend.fetch })
    await prefetchAvailability(serverQueryClient, serverClient, { ...COPENHAGEN_SEARCH, window: THIS_WEEK })
    await prefetchAvailability(serverQueryClient, serverClient, { ...COPENHAGEN_SEARCH, window: NEXT_WEEK })
    // Through JSON, as the state travels in the page.
    const state = JSON.parse(JSON.stringify(dehydrate(serverQueryClient))) as DehydratedState
    const html = renderToString(<Page queryClient={serverQueryClient} state={state} fetch={backend.fetch} />)

    const container = document.createElement('div')
    container.innerHTML = html
    document.body.appendChild(container)
    const serverLabels = labels(container)
    expect(serverLabels[0]).toBe('2026-03-23: 9:00 AM, 10:00 AM, 11:00 AM, 12:00 PM, 1:00 PM, 2:00 PM, 3:00 PM, 4:00 PM')
    expect(serverLabels).toHaveLength(7)

    // Browser: a new QueryClient, the same backend behind a counting fetch.
    const kit = createKit({ backend })
    const consoleError = vi.spyOn(console, 'error')
    const recoverable: unknown[] = []
    await act(async () => {
      root = hydrateRoot(container, <Page queryClient={kit.queryClient} state={state} fetch={kit.fetch} />, {
        onRecoverableError: (error) => recoverable.push(error),
      })
    })
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })

    expect(consoleError).not.toHaveBeenCalled()
    expect(recoverable).toEqual([])
    expect(kit.requests).toEqual([])
    expect(kit.queryClient.isFetching()).toBe(0)
    expect(labels(container)).toEqual(serverLabels)
    expect(container.querySelector('section')?.dataset.status).toBe('success')
  })
})
