/** What a booking e-mail's link asks for: booking-js's hosted page links `?uuid=…&action=reschedule`. */
export interface BookingLink {
  /** The booking's id (`uuid` in the link). */
  bookingId: string
  action: 'reschedule' | 'cancel'
}

const ACTIONS: ReadonlySet<string> = new Set(['reschedule', 'cancel'])

/**
 * Reads `?uuid=…&action=reschedule|cancel` from a query string, `URLSearchParams`
 * or Next's `searchParams` object, so a page can mount `RescheduleFlow` or
 * `CancelBooking` for it. Undefined when the id is missing or empty, or the
 * action is not one the kit has a flow for.
 */
export function readBookingLink(
  params: string | URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>,
): BookingLink | undefined {
  const get = (name: string): string | undefined => {
    if (typeof params === 'string') return new URLSearchParams(params).get(name) ?? undefined
    if (params instanceof URLSearchParams) return params.get(name) ?? undefined
    const value = params[name]
    return typeof value === 'string' ? value : value?.[0]
  }
  const bookingId = get('uuid')?.trim()
  const action = get('action')
  if (!bookingId || action === undefined || !ACTIONS.has(action)) return undefined
  return { bookingId, action: action as BookingLink['action'] }
}
