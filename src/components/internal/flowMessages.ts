import { defaultBookingStateName } from '../bookingStateMessages.js'

/** A time as the messages receive it: day, time range and zone name, already in the customer's zone. */
export interface TimeMessageArgs {
  /** `Tuesday, March 24, 2026` */
  day: string
  /** `10:00 – 11:00 AM` */
  time: string
  /** `Central European Standard Time` */
  timeZone: string
}

/** A message ends as a sentence, whether or not the server's did. */
export const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)
/** A time as one phrase: `Tuesday, March 24, 2026, 10:00 – 11:00 AM (Central European Standard Time)`. */
export const at = ({ day, time, timeZone }: TimeMessageArgs) => `${day}, ${time} (${timeZone})`

/** The strings a booking-link flow (reschedule, cancel) words the same way. */
export const defaultFlowMessages = {
  loadingTitle: 'Your booking',
  loading: 'Loading your booking…',
  stateName: defaultBookingStateName,
  errorTitle: 'Something went wrong',
  loadError: ({ message }: { message: string; error: Error }) => `We couldn't load this booking: ${sentence(message)}`,
  retry: 'Try again',
}

/** After a 429, in a flow's words for what stays as it was. */
export const rateLimited =
  (unchanged: string) =>
  ({ retryAt }: { retryAt: string | undefined }) =>
    `Too many attempts. Please try again ${retryAt ? `at ${retryAt}` : 'in a moment'}. ${unchanged}`

/** The strings every booking-link flow (reschedule, cancel) has, each in its own words. */
export interface FlowMessages {
  loadingTitle: string
  /** Announced while the booking loads. */
  loading: string
  /** Heading of the confirmation. */
  confirmTitle: string
  /** Label of the message to the host. */
  messageLabel: string
  /** Hint under the message field. */
  messageHint: string
  /** The send button while sending. */
  submitting: string
  doneTitle: string
  refusedTitle: string
  /** The booking's state does not allow the action (at load, or a 422 on send). */
  refused: (args: { state: string; stateName: string }) => string
  /** A state as words, for `refused`. */
  stateName: (state: string) => string
  errorTitle: string
  /** A 429, with the time to retry at when the server said. */
  rateLimited: (args: { retryAt: string | undefined }) => string
  /** The booking could not be loaded. */
  loadError: (args: { message: string; error: Error }) => string
  /** The send failed for a reason that is not the customer's. */
  error: (args: { message: string; error: Error }) => string
  retry: string
}
