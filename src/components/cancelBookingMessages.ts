import { at, defaultFlowMessages, rateLimited, sentence, type FlowMessages, type TimeMessageArgs } from './internal/flowMessages.js'

/** Every visible or spoken string of {@link CancelBooking}, in English by default. */
export interface CancelBookingMessages extends FlowMessages {
  /** The booking being cancelled: its time and who it is with. */
  summary: (args: TimeMessageArgs & { resources: string[] }) => string
  /** The button that cancels. */
  confirm: string
  /** The booking is cancelled. */
  done: (args: TimeMessageArgs) => string
}

export const defaultCancelBookingMessages: CancelBookingMessages = {
  ...defaultFlowMessages,
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
  rateLimited: rateLimited('It is still booked.'),
  error: ({ message }) => `The booking was not cancelled: ${sentence(message)} It is still booked.`,
}
