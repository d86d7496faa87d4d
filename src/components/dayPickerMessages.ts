/** Why a day cannot be chosen, or that it can. */
export type DayAvailability = 'available' | 'none' | 'unavailable' | 'loading'

/** Every visible or spoken string of {@link DayPicker}, in English by default. */
export interface DayPickerMessages {
  /**
   * Accessible name of a day button: its full date, whether it is the chosen one (focus sits on the
   * button, and not every screen reader reads the cell's `aria-selected`), then whether it has free times.
   * `availability`: `'available'` (free times), `'none'` (no free times), `'unavailable'`
   * (past, beyond the horizon or disabled), `'loading'` (the month is still loading).
   */
  dayLabel: (args: { date: string; isToday: boolean; isSelected: boolean; availability: DayAvailability }) => string
  /** The previous/next month buttons. */
  previousMonth: string
  nextMonth: string
  /** Announced politely when a day is chosen. */
  daySelected: (args: { date: string }) => string
  /** Announced politely when a loaded month has no day with free times. */
  emptyMonth: (args: { month: string }) => string
  /** Announced politely when the month's free days could not be loaded. */
  loadError: string
}

const availabilityText: Record<DayAvailability, string> = {
  available: 'free times available',
  none: 'no free times',
  unavailable: 'unavailable',
  loading: 'checking free times',
}

export const defaultDayPickerMessages: DayPickerMessages = {
  dayLabel: ({ date, isToday, isSelected, availability }) =>
    `${isToday ? 'Today, ' : ''}${date}${isSelected ? ', selected' : ''}, ${availabilityText[availability]}`,
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  daySelected: ({ date }) => `${date} selected`,
  emptyMonth: ({ month }) => `No free times in ${month}.`,
  loadError: 'Free days could not be loaded. Please try again.',
}
