import { dehydrate, QueryClient } from '@tanstack/react-query'
import { cookies, headers } from 'next/headers'
import { connection } from 'next/server'
import { Suspense } from 'react'
import { createBookingClient, prefetchAvailability, timeZoneFromRequest } from 'react-booking-kit'
import { instantToZonedWallTime } from 'react-booking-kit/time'
import { DAYS, SEARCH } from '@/lib/booking'
import { proxy } from '@/lib/proxy'
import { BookingWidget } from './BookingWidget'

export default function Page() {
  return (
    <main>
      <h1>Book a session</h1>
      {/* Request data (the clock, the zone cookie) is read inside <Suspense>, as cacheComponents requires. */}
      <Suspense fallback={<p>Loading free times…</p>}>
        <Booking />
      </Suspense>
    </main>
  )
}

async function Booking() {
  // Per request: the clock and the customer's zone from the cookie the provider writes.
  await connection()
  const now = Date.now()
  const timeZone = timeZoneFromRequest(await cookies())
  const requestHeaders = await headers()
  const origin = `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('host')}`
  // The browser's client and the server's share one base URL, so the
  // prefetched query's key is the one the browser looks for. On the server
  // the requests go through the proxy in-process, not over the network.
  const baseUrl = `${origin}/api/booking`
  const client = createBookingClient({ baseUrl, fetch: (input, init) => proxy(new Request(input, init)) })
  const queryClient = new QueryClient()
  const start = instantToZonedWallTime(new Date(now).toISOString(), timeZone ?? 'UTC').dayKey
  await prefetchAvailability(queryClient, client, { ...SEARCH, window: { start, days: DAYS } })
  return <BookingWidget baseUrl={baseUrl} timeZone={timeZone} initialNow={now} dehydratedState={dehydrate(queryClient)} />
}
