'use client'
import { HydrationBoundary, type DehydratedState } from '@tanstack/react-query'
import { BookingFlow, BookingKitProvider, TimeZoneSelect } from 'react-booking-kit'
import { DAYS, SEARCH } from '@/lib/booking'

interface BookingWidgetProps {
  baseUrl: string
  timeZone: string | undefined
  initialNow: number
  dehydratedState: DehydratedState
}

export function BookingWidget({ baseUrl, timeZone, initialNow, dehydratedState }: BookingWidgetProps) {
  return (
    // The zone from the cookie (when the server had it) renders the first week in the
    // customer's zone; without it the browser's zone takes over after hydration.
    <BookingKitProvider baseUrl={baseUrl} defaultTimeZone={timeZone} initialNow={initialNow} locale="en-US">
      {/* The server's prefetched week: the first render needs no request. */}
      <HydrationBoundary state={dehydratedState}>
        <TimeZoneSelect.Root className="zone" />
        <BookingFlow.Root search={SEARCH} className="flow" booking={{ what: 'Consultation' }} />
        <p className="days">{DAYS} days at a time</p>
      </HydrationBoundary>
    </BookingKitProvider>
  )
}
