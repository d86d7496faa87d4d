import { defaultBookingStateName } from './bookingStateMessages.js'

/** A time as the messages receive it: day, time range and zone name, already in the customer's zone. */
export interface TimeMessageArgs {
  /** `Tuesday, March 24, 2026` */
  day: string
  /** `10:00 – 11:00 AM` */
  time: string
  /** `Central European Standard Time` */
  timeZone: string
}

/** Every visible or spoken string of {@link RescheduleFlow}, in English by default. */
export interface RescheduleFlowMessages {
  loadingTitle: string
  /** Announced while the booking loads. */
  loading: string
  /** Heading of the slot step. */
  chooseTitle: string
  /** Heading of the confirmation step. */
  confirmTitle: string
  /** The booking's current time. */
  oldTime: (args: TimeMessageArgs) => string
  /** The chosen new time. */
  newTime: (args: TimeMessageArgs) => string
  /** Label of the message to the host. */
  messageLabel: string
  /** Hint under the message field. */
  messageHint: string
  /** The button that sends the reschedule. */
  submit: string
  /** The same button while sending. */
  submitting: string
  /** Back to the slots. */
  back: string
  doneTitle: string
  /** The booking moved. */
  done: (args: { from: TimeMessageArgs; to: TimeMessageArgs }) => string
  slotTakenTitle: string
  /** A 409: someone else took the new time meanwhile. */
  slotTaken: (args: { time: string }) => string
  /** The offer of alternatives (the list's name). */
  alternatives: string
  /** Announced while the alternatives load. */
  loadingAlternatives: string
  noAlternatives: string
  /** Back to the slots after a 409. */
  chooseAnother: string
  refusedTitle: string
  /** The booking's state does not allow a move (at load, or a 422 on send). */
  refused: (args: { state: string; stateName: string }) => string
  /** A state as words, for `refused`. */
  stateName: (state: string) => string
  errorTitle: string
  /** A 429, with the time to retry at when the server said. */
  rateLimited: (args: { retryAt: string | undefined }) => string
  /** The booking could not be loaded. */
  loadError: (args: { message: string }) => string
  /** The reschedule failed for a reason that is not the customer's. */
  error: (args: { message: string }) => string
  retry: string
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)
const at = ({ day, time, timeZone }: TimeMessageArgs) => `${day}, ${time} (${timeZone})`

export const defaultRescheduleFlowMessages: RescheduleFlowMessages = {
  loadingTitle: 'Your booking',
  loading: 'Loading your booking…',
  chooseTitle: 'Choose a new time',
  confirmTitle: 'Confirm the new time',
  oldTime: (args) => `Current time: ${at(args)}`,
  newTime: (args) => `New time: ${at(args)}`,
  messageLabel: 'Message to the host (optional)',
  messageHint: 'Tell the host why you are moving the booking.',
  submit: 'Reschedule',
  submitting: 'Rescheduling…',
  back: 'Back to all times',
  doneTitle: 'Rescheduled',
  done: ({ from, to }) => `Your booking moved from ${at(from)} to ${at(to)}.`,
  slotTakenTitle: 'Just taken',
  slotTaken: ({ time }) => `Someone booked ${time} a moment ago. Your booking keeps its current time: pick another.`,
  alternatives: 'Free times nearby',
  loadingAlternatives: 'Looking for free times nearby…',
  noAlternatives: 'No free times nearby. Choose another time from the calendar.',
  chooseAnother: 'Choose another time',
  refusedTitle: "Can't reschedule",
  refused: ({ stateName }) => `This booking is ${stateName} and can't be moved.`,
  stateName: defaultBookingStateName,
  errorTitle: 'Something went wrong',
  rateLimited: ({ retryAt }) =>
    `Too many attempts. Please try again ${retryAt ? `at ${retryAt}` : 'in a moment'}. Your booking keeps its current time.`,
  loadError: ({ message }) => `We couldn't load this booking: ${sentence(message)}`,
  error: ({ message }) => `The booking was not moved: ${sentence(message)} It keeps its current time.`,
  retry: 'Try again',
}
