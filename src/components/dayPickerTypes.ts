// The day picker's value types, apart from the hook (as React Stately keeps
// its calendar types in types.ts): options, days, weekdays and the state.
import type { AvailabilitySearch } from '../query/availabilityWindow.js'
import type { UseAvailableDatesQueryOptions, UseAvailableDatesResult } from '../query/useAvailableDates.js'
import type { DayAvailability, DayPickerMessages } from './dayPickerMessages.js'
import type { IsoWeekday } from './internal/monthGrid.js'

/** Options of `useDayPickerState`. */
export interface UseDayPickerStateOptions {
  /** What to search: mode, resources, length, constraints… (the month comes from the month props). */
  search: AvailabilitySearch
  /** The month shown, `yyyy-MM`, controlled. */
  month?: string
  /** The first month shown, uncontrolled. @default the month of `value`, else today's month */
  defaultMonth?: string
  /** Called when the customer moves to another month (buttons, or the keyboard crossing a month's edge). */
  onMonthChange?: (month: string) => void
  /** The chosen day, `yyyy-MM-dd`, controlled (`null` for none). */
  value?: string | null
  /** The first chosen day, uncontrolled. @default null */
  defaultValue?: string | null
  /** Called when the customer chooses a day. */
  onValueChange?: (day: string | null) => void
  /** First day of the week as an ISO weekday: 1 = Monday … 7 = Sunday. @default the locale's (`Intl.Locale` week info), else Monday */
  weekStartsOn?: IsoWeekday
  /** Always show six weeks, so the grid keeps its height from month to month. @default false */
  fixedWeeks?: boolean
  /** Days to show but refuse (`aria-disabled`), on top of days without free times. Keep its identity stable. */
  isDayDisabled?: (day: string) => boolean
  /** The last day that may be chosen: a `yyyy-MM-dd` day, or a number of days after today. @default none */
  horizon?: string | number
  /** `false` sends nothing (every day then shows as loading). @default true */
  enabled?: boolean
  /** TanStack Query options of the `/availability/dates` query (`staleTime`, `select`, …). */
  queryOptions?: UseAvailableDatesQueryOptions
  /** Strings to replace, English by default. Keep its identity stable (a module constant or `useMemo`). */
  messages?: Partial<DayPickerMessages>
}

/** One cell of the month grid. */
export interface DayPickerDay {
  /** `yyyy-MM-dd`, a civil date in the customer's calendar. */
  dayKey: string
  /** The visible day of the month in the locale (`24`). */
  text: string
  /** The full date in the locale (`Tuesday, March 24, 2026`). */
  date: string
  /** The day button's spoken name: full date and availability. */
  label: string
  availability: DayAvailability
  /** In the week rows but in the previous or next month. */
  isOutsideMonth: boolean
  isToday: boolean
  isPast: boolean
  isWeekend: boolean
  isSelected: boolean
  /** Cannot be chosen: no free times, past, beyond the horizon, disabled, or still loading. */
  isUnavailable: boolean
  /** The month has loaded and this day has no free time. */
  isEmpty: boolean
  /** The month's free days are still loading (or another month's are shown meanwhile). */
  isPending: boolean
  /** The grid's one tab stop. */
  isFocused: boolean
}

/** A column of the grid: a weekday. */
export interface DayPickerWeekday {
  weekday: IsoWeekday
  /** Short name in the locale (`Mon`): the header cell's text. */
  short: string
  /** Full name in the locale (`Monday`): the header cell's `abbr`. */
  long: string
  isWeekend: boolean
}

/** What `useDayPickerState` returns: read-only state and commands, no DOM. */
export interface DayPickerState {
  /** The customer's zone: the days with free times are that zone's calendar days. */
  timeZone: string
  locale: string
  /** The month shown, `yyyy-MM`; `undefined` only while today is unknown (hydrating without `now`). */
  month: string | undefined
  /** The month in the locale (`March 2026`). */
  monthLabel: string
  weekStartsOn: IsoWeekday
  weekdays: DayPickerWeekday[]
  /** The grid's rows, seven days each. */
  weeks: DayPickerDay[][]
  today: string | undefined
  /** The last day that may be chosen, from `horizon`. */
  lastDay: string | undefined
  /** The chosen day, or null. */
  value: string | null
  /** The day that takes Tab inside the grid. */
  focusedDay: string | undefined
  /** The `/availability/dates` query behind the grid. */
  dates: UseAvailableDatesResult
  /** The shown month's free days are not known yet. */
  isPending: boolean
  /** The shown month has loaded and has no day to choose. */
  isEmptyMonth: boolean
  canPreviousMonth: boolean
  canNextMonth: boolean
  /** The polite announcement of the moment (a chosen day, an empty month, a failed load), or ''. */
  announcement: string
  messages: DayPickerMessages
  /** Whether a day cannot be chosen (no free times, past, beyond the horizon, disabled, loading). */
  isUnavailable(dayKey: string): boolean
  isSelected(dayKey: string): boolean
  /** Choose a day (or clear with null). Ignores unavailable days. */
  select(dayKey: string | null): void
  /** Moves the tab stop to a day, clamped into [today, lastDay], showing its month. Returns the day focused. */
  focusDay(dayKey: string): string | undefined
  focusNextDay(): string | undefined
  focusPreviousDay(): string | undefined
  focusNextWeek(): string | undefined
  focusPreviousWeek(): string | undefined
  focusStartOfWeek(): string | undefined
  focusEndOfWeek(): string | undefined
  /** The same day next month (clamped to its last day). */
  focusNextPage(): string | undefined
  focusPreviousPage(): string | undefined
  /** The same day next year. */
  focusNextYear(): string | undefined
  focusPreviousYear(): string | undefined
  nextMonth(): void
  previousMonth(): void
  /** Shows a month, `yyyy-MM`. */
  goToMonth(month: string): void
}
