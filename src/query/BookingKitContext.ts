'use client'
import { createContext, useContext } from 'react'
import type { BookingClient } from '../client/index.js'

/** What {@link useBookingKit} returns. */
export interface BookingKitContextValue {
  /** The client every hook of the kit uses. */
  client: BookingClient
  /** The customer's IANA time zone: every label and day is shown in it. */
  timeZone: string
  /**
   * Changes the customer's zone (a time zone picker calls this). Labels and
   * days re-render; nothing is refetched.
   * @throws {InvalidTimeZoneError} for a name that is not an IANA zone.
   */
  setTimeZone: (timeZone: string) => void
  /** BCP 47 locale of labels, e.g. `da-DK`. */
  locale: string
}

export const BookingKitContext = createContext<BookingKitContextValue | null>(null)

/**
 * The kit's client, the customer's zone and locale.
 * @throws when called outside `<BookingKitProvider>`.
 */
export function useBookingKit(): BookingKitContextValue {
  const value = useContext(BookingKitContext)
  if (value === null) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? 'useBookingKit: no <BookingKitProvider> above this component. Wrap your booking UI in ' +
            '<BookingKitProvider baseUrl="…"> (or pass it a `client`).'
        : 'useBookingKit: no <BookingKitProvider>',
    )
  }
  return value
}
