import { defaultBookingStateName } from './bookingStateMessages.js'
import type { TimeMessageArgs } from './rescheduleFlowMessages.js'

/** Every visible or spoken string of {@link CancelBooking}, in English by default. */
export interface CancelBookingMessages {
  loadingTitle: string
  /** Announced while the booking loads. */
  loading: string
  /** Heading of the confirmation. */
  confirmTitle: string
  /** The booking being cancelled: its time and who it is with. */
  summary: (args: TimeMessageArgs & { resources: string[] }) => string
  /** Label of the optional message. */
  messageLabel: string
  /** Hint under the message field. */
  messageHint: string
  /** The button that cancels. */
  confirm: string
  /** The same button while sending. */
  submitting: string
  doneTitle: string
  /** The booking is cancelled. */
  done: (args: TimeMessageArgs) => string
  refusedTitle: string
  /** The booking's state does not allow a cancel (at load, or a 422 on send). */
  refused: (args: { state: string; stateName: string }) => string
  /** A state as words, for `refused`. */
  stateName: (state: string) => string
  errorTitle: string
  /** A 429, with the time to retry at when the server said. */
  rateLimited: (args: { retryAt: string | undefined }) => string
  /** The booking could not be loaded. */
  loadError: (args: { message: string }) => string
  /** The cancel failed for a reason that is not the customer's. */
  error: (args: { message: string }) => string
  retry: string
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)
const at = ({ day, time, timeZone }: TimeMessageArgs) => `${day}, ${time} (${timeZone})`

export const defaultCancelBookingMessages: CancelBookingMessages = {
  loadingTitle: 'Your booking',
  loading: 'Loading your booking…',
  confirmTitle: 'Cancel this booking?',
  summary: ({ resources, ...time }) => `${at(time)}${resources.length ? ` with ${resources.join(' and ')}` : ''}`,
  messageLabel: 'Reason for cancelling (optional)',
  messageHint: 'The host will see this message.',
  confirm: 'Cancel booking',
  submitting: 'Cancelling…',
  doneTitle: 'Booking cancelled',
  done: (time) => `Your booking on ${at(time)} is cancelled.`,
  refusedTitle: "Can't cancel",
  refused: ({ state, stateName }) =>
    state.startsWith('cancelled') ? 'This booking is already cancelled.' : `This booking is ${stateName} and can't be cancelled.`,
  stateName: defaultBookingStateName,
  errorTitle: 'Something went wrong',
  rateLimited: ({ retryAt }) =>
    `Too many attempts. Please try again ${retryAt ? `at ${retryAt}` : 'in a moment'}. It is still booked.`,
  loadError: ({ message }) => `We couldn't load this booking: ${sentence(message)}`,
  error: ({ message }) => `The booking was not cancelled: ${sentence(message)} It is still booked.`,
  retry: 'Try again',
}
