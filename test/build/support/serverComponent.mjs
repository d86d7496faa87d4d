// What a React Server Component may do with the built kit, run under
// `--conditions=react-server` with 'use client' modules swapped for client
// references (registerClientReferences.mjs). Prints one JSON report; the
// spec asserts on it.
import { QueryClient, dehydrate } from '@tanstack/react-query'
import * as kit from 'react-booking-kit'
import { createDemoSeed, createMockBackend, DEMO_IDS } from 'react-booking-kit/mock'

const CLIENT_REFERENCE = Symbol.for('react.client.reference')
const NOW = '2026-03-23T08:00:00Z'

const kinds = Object.fromEntries(
  Object.entries(kit).map(([name, value]) => [name, value?.$$typeof === CLIENT_REFERENCE ? 'client' : 'server']),
)

const backend = createMockBackend({ ...createDemoSeed(NOW), now: NOW })
const client = kit.createBookingClient({ baseUrl: 'http://mock.local/v2', fetch: backend.fetch })
const queryClient = new QueryClient()
const search = { mode: 'roundrobin_random', resources: [DEMO_IDS.copenhagen], length: '1 hour' }
const window = { start: '2026-03-23', days: 7 }
await kit.prefetchAvailability(queryClient, client, { ...search, window })
const params = kit.windowToParams(search, window)
const prefetched = queryClient.getQueryData(kit.availabilityQueryOptions(client, params).queryKey)

console.log(
  JSON.stringify({
    kinds,
    prefetchedSlots: Array.isArray(prefetched) ? prefetched.length : null,
    dehydratedQueries: dehydrate(queryClient).queries.length,
    availabilityKey: kit.bookingKeys.availability(client),
  }),
)
