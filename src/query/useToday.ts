'use client'
import { useMemo } from 'react'
import { instantToZonedWallTime } from '../time/instantToZonedWallTime.js'
import { useBookingKit } from './BookingKitContext.js'
import { useNow } from './useNow.js'

/**
 * The customer's today as `yyyy-MM-dd`, in the provider's zone; it follows
 * the clock across midnight and the zone when the customer changes it.
 * `undefined` only while hydrating a server render that had no `now`.
 */
export function useToday(): string | undefined {
  const now = useNow()
  const { timeZone } = useBookingKit()
  return useMemo(
    () => (now === undefined ? undefined : instantToZonedWallTime(new Date(now).toISOString(), timeZone).dayKey),
    [now, timeZone],
  )
}
