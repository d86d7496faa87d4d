/** English names of the booking states the kit knows, for sentences like "This booking is cancelled". */
const STATE_NAMES: Record<string, string> = {
  initialized: 'not yet booked',
  tentative: 'waiting for the host to confirm',
  confirmed: 'confirmed',
  declined: 'declined',
  cancelled: 'cancelled',
  cancelled_by_customer: 'cancelled',
  completed: 'completed',
  rescheduled_by_customer: 'already rescheduled',
}

/**
 * A booking state as words: the known ones by name, any other state the API
 * adds with its underscores as spaces (`group_full` → `group full`).
 */
export function defaultBookingStateName(state: string): string {
  return STATE_NAMES[state] ?? state.replaceAll('_', ' ')
}
