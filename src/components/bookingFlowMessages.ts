/** Every visible or spoken string of {@link BookingFlow}, in English by default. */
export interface BookingFlowMessages {
  /** Heading of the slot step. */
  chooseTitle: string
  /** Heading of the details step. */
  detailsTitle: string
  /** The chosen time, on the details step. */
  chosenSlot: (args: { day: string; time: string; timeZone: string; resources: string[] }) => string
  /** The button back to the slots. */
  back: string
  confirmedTitle: string
  /** Instant booking done; `email` is where the confirmation goes. */
  confirmed: (args: { day: string; time: string; timeZone: string; email: string; resources: string[] }) => string
  pendingTitle: string
  /** confirm_decline: waiting for the host. */
  pending: (args: { day: string; time: string; timeZone: string; email: string; resources: string[] }) => string
  slotTakenTitle: string
  /** A 409: someone else took the time meanwhile; the typed input is kept. */
  slotTaken: (args: { time: string }) => string
  /** The offer of alternatives. */
  alternatives: string
  /** No alternative found. */
  noAlternatives: string
  /** Picking another time from the calendar. */
  chooseAnother: string
  errorTitle: string
  /** A failure that is not the customer's: network, timeout, 5xx. `message` is the failure in words; `error` is the typed error. */
  error: (args: { message: string; error: Error }) => string
  /** A 429, with the time to retry at when the server said. */
  rateLimited: (args: { retryAt: string | undefined }) => string
  retry: string
  /** Start over after a booking. */
  bookAnother: string
}

const withWhom = (resources: string[]) => (resources.length ? ` with ${resources.join(' and ')}` : '')

export const defaultBookingFlowMessages: BookingFlowMessages = {
  chooseTitle: 'Choose a time',
  detailsTitle: 'Your details',
  chosenSlot: ({ day, time, timeZone, resources }) => `${day}, ${time} (${timeZone})${withWhom(resources)}`,
  back: 'Back to all times',
  confirmedTitle: 'Booked',
  confirmed: ({ day, time, timeZone, email, resources }) =>
    `You're booked for ${day}, ${time} (${timeZone})${withWhom(resources)}. A confirmation is on its way to ${email}.`,
  pendingTitle: 'Request sent',
  pending: ({ day, time, timeZone, email, resources }) =>
    `Your request for ${day}, ${time} (${timeZone})${withWhom(resources)} is waiting for the host to confirm. We'll write to ${email}.`,
  slotTakenTitle: 'Just taken',
  slotTaken: ({ time }) => `Someone booked ${time} a moment ago. Your details are kept: pick another time.`,
  alternatives: 'Free times nearby',
  noAlternatives: 'No free times nearby. Choose another time from the calendar.',
  chooseAnother: 'Choose another time',
  errorTitle: 'Booking failed',
  error: ({ message }) => `The booking did not go through: ${message} Your details are kept.`,
  rateLimited: ({ retryAt }) =>
    retryAt ? `Too many attempts. Please try again at ${retryAt}. Your details are kept.` : 'Too many attempts. Please try again in a moment. Your details are kept.',
  retry: 'Try again',
  bookAnother: 'Book another time',
}
