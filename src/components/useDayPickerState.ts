'use client'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useBookingKit } from '../query/BookingKitContext.js'
import { useAvailableDates } from '../query/useAvailableDates.js'
import { useToday } from '../query/useToday.js'
import { useControllableState } from '../react/useControllableState.js'
import { getDateTimeFormat } from '../time/internal/formatterCache.js'
import { shiftDayKey } from '../time/shiftDayKey.js'
import { dayKeyToUtcNoon, localeWeekInfo } from './internal/civilDay.js'
import { formatFullDay } from './internal/formatDays.js'
import {
  endOfWeek,
  isDayKey,
  isMonthKey,
  monthOf,
  monthWeeks,
  shiftDayByMonths,
  shiftMonth,
  startOfWeek,
  weekdayOf,
  weekdayOrder,
  type IsoWeekday,
} from './internal/monthGrid.js'
import { defaultDayPickerMessages, type DayAvailability } from './dayPickerMessages.js'
import type { DayPickerDay, DayPickerState, DayPickerWeekday, UseDayPickerStateOptions } from './dayPickerTypes.js'

export type { DayPickerDay, DayPickerState, DayPickerWeekday, UseDayPickerStateOptions } from './dayPickerTypes.js'

/**
 * A prop or a call wired wrongly (a developer error): the full sentence in
 * development, only the name and the value given in production.
 */
function check(ok: boolean, name: string, given: unknown, sentence: string | false) {
  if (!ok) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? `DayPicker: ${sentence}, got ${JSON.stringify(given)}.`
        : `DayPicker: ${name} ${JSON.stringify(given)}`,
    )
  }
}

function validate(options: UseDayPickerStateOptions) {
  const { month, defaultMonth, value, defaultValue, weekStartsOn, horizon } = options
  for (const [name, given] of [['month', month], ['defaultMonth', defaultMonth]] as const) {
    check(given === undefined || isMonthKey(given), name, given, process.env.NODE_ENV !== 'production' && `\`${name}\` must be a yyyy-MM month`)
  }
  for (const [name, given] of [['value', value], ['defaultValue', defaultValue]] as const) {
    check(given == null || isDayKey(given), name, given, process.env.NODE_ENV !== 'production' && `\`${name}\` must be a yyyy-MM-dd day or null`)
  }
  check(
    weekStartsOn === undefined || (Number.isInteger(weekStartsOn) && weekStartsOn >= 1 && weekStartsOn <= 7),
    'weekStartsOn',
    weekStartsOn,
    process.env.NODE_ENV !== 'production' && '`weekStartsOn` must be an ISO weekday from 1 (Monday) to 7 (Sunday)',
  )
  check(
    horizon === undefined || typeof horizon === 'number' || isDayKey(horizon),
    'horizon',
    horizon,
    process.env.NODE_ENV !== 'production' && '`horizon` must be a yyyy-MM-dd day or a number of days',
  )
}

/**
 * The state of a month calendar with no DOM: the weeks of the shown month,
 * which days have free times (`/availability/dates`, in the customer's zone),
 * the chosen day (`value` / `defaultValue` / `onValueChange`), the day that
 * takes Tab, and the commands of the APG date grid. Past days, days beyond
 * the horizon and days without free times cannot be chosen; the keyboard
 * never moves before today nor past the horizon.
 */
export function useDayPickerState(options: UseDayPickerStateOptions): DayPickerState {
  validate(options)
  const { search, isDayDisabled, horizon, fixedWeeks = false, enabled = true, queryOptions } = options
  const { timeZone, locale } = useBookingKit()
  const today = useToday()
  const messages = useMemo(() => ({ ...defaultDayPickerMessages, ...options.messages }), [options.messages])
  const weekInfo = localeWeekInfo(locale)
  const weekStartsOn = options.weekStartsOn ?? (weekInfo.firstDay as IsoWeekday)

  const [value, setValue] = useControllableState<string | null>({
    prop: options.value,
    defaultProp: options.defaultValue ?? null,
    onChange: options.onValueChange,
    caller: 'DayPicker (value)',
  })
  // `undefined` inside means "not moved yet": the month then follows the
  // chosen day, else today (unknown while hydrating, and it moves at midnight).
  const [chosenMonth, setMonth] = useControllableState<string | undefined>({
    prop: options.month,
    defaultProp: options.defaultMonth,
    onChange: options.onMonthChange as ((month: string | undefined) => void) | undefined,
    caller: 'DayPicker (month)',
  })
  const month = chosenMonth ?? (value ? monthOf(value) : today ? monthOf(today) : undefined)

  // A chosen day set from outside (a slot picker's window moving) brings its
  // month into view, as a calendar follows its value.
  const seenValue = useRef(value)
  useEffect(() => {
    if (seenValue.current === value) return
    seenValue.current = value
    if (value && month !== undefined && monthOf(value) !== month) setMonth(monthOf(value))
  }, [value, month, setMonth])

  const dates = useAvailableDates({ ...search, month: month ?? '1970-01', enabled: enabled && month !== undefined }, queryOptions)
  const isPending = dates.isPending || dates.isPlaceholderData
  const available = useMemo(() => new Set(dates.dates), [dates.dates])

  const lastDay = typeof horizon === 'string' ? horizon : horizon !== undefined && today !== undefined ? shiftDayKey(today, horizon) : undefined
  const outOfRange = useCallback(
    (dayKey: string) => (today !== undefined && dayKey < today) || (lastDay !== undefined && dayKey > lastDay) || !!isDayDisabled?.(dayKey),
    [today, lastDay, isDayDisabled],
  )
  const availabilityOf = useCallback(
    (dayKey: string): DayAvailability => {
      if (outOfRange(dayKey) || month === undefined || monthOf(dayKey) !== month) return 'unavailable'
      if (isPending) return 'loading'
      if (dates.isError) return 'unavailable'
      return available.has(dayKey) ? 'available' : 'none'
    },
    [outOfRange, month, isPending, dates.isError, available],
  )
  const isUnavailable = useCallback((dayKey: string) => availabilityOf(dayKey) !== 'available', [availabilityOf])

  const clamp = useCallback(
    (dayKey: string) => {
      let out = dayKey
      if (lastDay !== undefined && out > lastDay) out = lastDay
      if (today !== undefined && out < today) out = today
      return out
    },
    [today, lastDay],
  )

  const [focusTarget, setFocusTarget] = useState<string | undefined>(undefined)
  const inMonth = (dayKey: string | null | undefined): dayKey is string => !!dayKey && month !== undefined && monthOf(dayKey) === month
  const firstAvailable = month === undefined ? undefined : dates.dates.find((d) => inMonth(d) && !isUnavailable(d))
  // The tab stop, derived so it is always a day of the shown month: the day
  // last moved to, else the chosen day, today, the first free day, the 1st.
  const focusedDay =
    month === undefined
      ? undefined
      : inMonth(focusTarget)
        ? focusTarget
        : inMonth(value)
          ? value
          : inMonth(today)
            ? today
            : (firstAvailable ?? (inMonth(clamp(`${month}-01`)) ? clamp(`${month}-01`) : `${month}-01`))

  const [announced, setAnnounced] = useState('')
  const showMonth = useCallback(
    (next: string) => {
      if (next === month) return
      setAnnounced('')
      setMonth(next)
    },
    [month, setMonth],
  )
  const focusDay = useCallback(
    (dayKey: string) => {
      const target = clamp(dayKey)
      setFocusTarget(target)
      showMonth(monthOf(target))
      return target
    },
    [clamp, showMonth],
  )
  const from = (move: (day: string) => string) => () => (focusedDay === undefined ? undefined : focusDay(move(focusedDay)))

  const monthLabel = month === undefined ? '' : getDateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dayKeyToUtcNoon(`${month}-01`))
  const weekdays = useMemo<DayPickerWeekday[]>(
    () =>
      weekdayOrder(weekStartsOn).map((weekday) => {
        // 2024-01-01 was a Monday: day N of that week is ISO weekday N.
        const noon = dayKeyToUtcNoon(`2024-01-0${weekday}`)
        return {
          weekday,
          short: getDateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(noon),
          long: getDateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(noon),
          isWeekend: weekInfo.weekend.includes(weekday),
        }
      }),
    [weekStartsOn, locale, weekInfo],
  )

  const weeks = useMemo<DayPickerDay[][]>(() => {
    if (month === undefined) return []
    const dayFormat = getDateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' })
    return monthWeeks(month, weekStartsOn, fixedWeeks).map((week) =>
      week.map((dayKey) => {
        const availability = availabilityOf(dayKey)
        const isToday = dayKey === today
        const date = formatFullDay(dayKey, locale)
        const isOutsideMonth = monthOf(dayKey) !== month
        const isSelected = dayKey === value && !isOutsideMonth
        return {
          dayKey,
          text: dayFormat.format(dayKeyToUtcNoon(dayKey)),
          date,
          label: messages.dayLabel({ date, isToday, isSelected, availability }),
          availability,
          isOutsideMonth,
          isToday,
          isPast: today !== undefined && dayKey < today,
          isWeekend: weekInfo.weekend.includes(weekdayOf(dayKey)),
          isSelected,
          isUnavailable: availability !== 'available',
          isEmpty: availability === 'none',
          isPending: !isOutsideMonth && isPending,
          isFocused: dayKey === focusedDay,
        }
      }),
    )
  }, [month, locale, weekStartsOn, fixedWeeks, availabilityOf, today, messages, weekInfo, value, isPending, focusedDay])

  const select = useCallback(
    (dayKey: string | null) => {
      if (dayKey !== null && isUnavailable(dayKey)) return
      setValue(dayKey)
      if (dayKey === null) return setAnnounced('')
      setFocusTarget(dayKey)
      setAnnounced(messages.daySelected({ date: formatFullDay(dayKey, locale) }))
    },
    [isUnavailable, setValue, messages, locale],
  )

  const isEmptyMonth =
    month !== undefined && dates.isSuccess && !isPending && !weeks.some((week) => week.some((day) => !day.isUnavailable))
  const canPreviousMonth = month !== undefined && (today === undefined || month > monthOf(today))
  const canNextMonth = month !== undefined && (lastDay === undefined || month < monthOf(lastDay))

  return {
    timeZone,
    locale,
    month,
    monthLabel,
    weekStartsOn,
    weekdays,
    weeks,
    today,
    lastDay,
    value,
    focusedDay,
    dates,
    isPending,
    isEmptyMonth,
    canPreviousMonth,
    canNextMonth,
    announcement:
      announced || (dates.isError && !isPending ? messages.loadError : isEmptyMonth ? messages.emptyMonth({ month: monthLabel }) : ''),
    messages,
    isUnavailable,
    isSelected: (dayKey) => dayKey === value,
    select,
    focusDay,
    focusNextDay: from((d) => shiftDayKey(d, 1)),
    focusPreviousDay: from((d) => shiftDayKey(d, -1)),
    focusNextWeek: from((d) => shiftDayKey(d, 7)),
    focusPreviousWeek: from((d) => shiftDayKey(d, -7)),
    focusStartOfWeek: from((d) => startOfWeek(d, weekStartsOn)),
    focusEndOfWeek: from((d) => endOfWeek(d, weekStartsOn)),
    focusNextPage: from((d) => shiftDayByMonths(d, 1)),
    focusPreviousPage: from((d) => shiftDayByMonths(d, -1)),
    focusNextYear: from((d) => shiftDayByMonths(d, 12)),
    focusPreviousYear: from((d) => shiftDayByMonths(d, -12)),
    nextMonth: () => {
      if (canNextMonth && month) showMonth(shiftMonth(month, 1))
    },
    previousMonth: () => {
      if (canPreviousMonth && month) showMonth(shiftMonth(month, -1))
    },
    goToMonth: (next) => {
      check(isMonthKey(next), 'goToMonth', next, process.env.NODE_ENV !== 'production' && 'goToMonth needs a yyyy-MM month')
      showMonth(next)
    },
  }
}
