/** Every visible or spoken string of {@link SlotPicker}, in English by default. */
export interface SlotPickerMessages {
  /** Accessible name of a slot: starts with its visible text (WCAG 2.5.3), then the full spoken label. */
  slotLabel: (args: { time: string; label: string; resources: string[] }) => string
  /** Live announcement when the chosen slot is gone (taken, or passed while the page sat idle). */
  slotGone: (args: { label: string }) => string
  /** The empty day. */
  emptyDay: string
  /** The empty window. */
  emptyWindow: string
  /** The offer of the next day with free slots. */
  nextAvailable: (args: { day: string }) => string
  /** Previous/next window buttons. */
  previousWindow: (args: { days: number }) => string
  nextWindow: (args: { days: number }) => string
  /** The button back to today's window. */
  today: string
  /** The notice of an offset change inside the shown window. */
  offsetChange: (args: { day: string; direction: 'forward' | 'back'; abbreviation: string }) => string
  /** Announced while slots load. */
  loading: string
  /** The alert when the free times could not be loaded. */
  loadError: string
  /** The button that loads them again. */
  retryLoad: string
}

const list = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`)

export const defaultSlotPickerMessages: SlotPickerMessages = {
  slotLabel: ({ time, label, resources }) => `${time}, ${label}${resources.length ? `, with ${list(resources)}` : ''}`,
  slotGone: ({ label }) => `The time you chose, ${label}, is no longer available. Please choose another.`,
  emptyDay: 'No free times',
  emptyWindow: 'No free times in these days.',
  nextAvailable: ({ day }) => `Next available: ${day}`,
  previousWindow: ({ days }) => (days === 7 ? 'Previous week' : `Previous ${days} days`),
  nextWindow: ({ days }) => (days === 7 ? 'Next week' : `Next ${days} days`),
  today: 'Today',
  offsetChange: ({ day, direction, abbreviation }) =>
    `Clocks go ${direction} on ${day}; times from then on are in ${abbreviation}.`,
  loading: 'Loading free times…',
  loadError: 'The free times could not be loaded.',
  retryLoad: 'Try again',
}
