import { at, defaultFlowMessages, rateLimited, sentence, type FlowMessages, type TimeMessageArgs } from './internal/flowMessages.js'

export type { TimeMessageArgs } from './internal/flowMessages.js'

/** Every visible or spoken string of {@link RescheduleFlow}, in English by default. */
export interface RescheduleFlowMessages extends FlowMessages {
  /** Heading of the slot step. */
  chooseTitle: string
  /** The booking's current time. */
  oldTime: (args: TimeMessageArgs) => string
  /** The chosen new time. */
  newTime: (args: TimeMessageArgs) => string
  /** The button that sends the reschedule. */
  submit: string
  /** Back to the slots. */
  back: string
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
}

export const defaultRescheduleFlowMessages: RescheduleFlowMessages = {
  ...defaultFlowMessages,
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
  rateLimited: rateLimited('Your booking keeps its current time.'),
  error: ({ message }) => `The booking was not moved: ${sentence(message)} It keeps its current time.`,
}
