// Type tests of the DayPicker: the prop getters demand their item, the state callbacks get day keys
// and months, className/style functions see each part's own state, and weekStartsOn is an ISO weekday.
import type { ComponentProps } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import {
  defaultDayPickerMessages,
  useDayPicker,
  useDayPickerState,
  type DayAvailability,
  type DayPicker,
  type DayPickerAria,
  type DayPickerDay,
  type DayPickerRootProps,
  type DayPickerState,
  type DayPickerWeekday,
  type DayRenderState,
  type IsoWeekday,
  type MonthButtonState,
  type UseDayPickerStateOptions,
} from '../../src'

declare const day: DayPickerDay
declare const weekday: DayPickerWeekday

describe('useDayPickerState', () => {
  it('returns the state; its callbacks take day keys (or null) and months', () => {
    const state = useDayPickerState({ search: { mode: 'roundrobin_random', resources: ['r'], length: '1 hour' } })
    expectTypeOf(state).toEqualTypeOf<DayPickerState>()
    expectTypeOf(state.value).toEqualTypeOf<string | null>()
    expectTypeOf(state.month).toEqualTypeOf<string | undefined>()
    expectTypeOf(state.weeks).toEqualTypeOf<DayPickerDay[][]>()
    expectTypeOf(state.select).parameter(0).toEqualTypeOf<string | null>()
    expectTypeOf(state.focusNextDay).returns.toEqualTypeOf<string | undefined>()
    expectTypeOf<UseDayPickerStateOptions['onValueChange']>().toEqualTypeOf<((day: string | null) => void) | undefined>()
    expectTypeOf<UseDayPickerStateOptions['onMonthChange']>().toEqualTypeOf<((month: string) => void) | undefined>()
    expectTypeOf<UseDayPickerStateOptions['isDayDisabled']>().toEqualTypeOf<((day: string) => boolean) | undefined>()
    expectTypeOf<UseDayPickerStateOptions['weekStartsOn']>().toEqualTypeOf<IsoWeekday | undefined>()
    // @ts-expect-error search is required
    useDayPickerState({})
  })

  it('messages are typed: dayLabel gets the availability', () => {
    expectTypeOf(defaultDayPickerMessages.dayLabel).parameter(0).toEqualTypeOf<{
      date: string
      isToday: boolean
      isSelected: boolean
      availability: DayAvailability
    }>()
    expectTypeOf<DayAvailability>().toEqualTypeOf<'available' | 'none' | 'unavailable' | 'loading'>()
  })
})

describe('useDayPicker prop getters', () => {
  it('item getters demand their item and keep the caller props', () => {
    const aria = useDayPicker({} as DayPickerState, { dir: 'rtl' })
    expectTypeOf(aria).toEqualTypeOf<DayPickerAria>()
    aria.getDayButtonProps({ day, onClick: () => {}, className: 'x' })
    aria.getDayProps({ day })
    aria.getHeaderCellProps({ weekday })
    aria.getWeekProps({ week: [day] })
    aria.getGridProps()
    aria.getMonthHeadingProps({ id: 'mine' })
    // @ts-expect-error getDayButtonProps needs { day }
    aria.getDayButtonProps({ onClick: () => {} })
    // @ts-expect-error getDayProps needs { day }
    aria.getDayProps({})
    // @ts-expect-error getHeaderCellProps needs { weekday }
    aria.getHeaderCellProps({})
    // @ts-expect-error a week is an array of days
    aria.getWeekProps({ week: day })
    expectTypeOf(aria.getDayState(day)).toEqualTypeOf<DayRenderState>()
    expectTypeOf<DayRenderState['isFocusVisible']>().toEqualTypeOf<boolean>()
    // @ts-expect-error dir is ltr or rtl
    useDayPicker({} as DayPickerState, { dir: 'up' })
  })
})

describe('DayPicker parts', () => {
  it("Root's callbacks and className function see the picker's state", () => {
    expectTypeOf<DayPickerRootProps['onValueChange']>().toEqualTypeOf<((day: string | null) => void) | undefined>()
    expectTypeOf<DayPickerRootProps['search']>().toEqualTypeOf<UseDayPickerStateOptions['search'] | undefined>()
    expectTypeOf<Extract<DayPickerRootProps['className'], (s: never) => unknown>>().parameter(0).toEqualTypeOf<DayPickerState>()
    // @ts-expect-error weekStartsOn is an ISO weekday, 1–7 (no 0 for Sunday)
    const bad: DayPickerRootProps = { weekStartsOn: 0 }
    void bad
  })

  it('each part sees its own state in className, style and render children', () => {
    type DayProps = ComponentProps<typeof DayPicker.Day>
    type ButtonProps = ComponentProps<typeof DayPicker.DayButton>
    type MonthButtonProps = ComponentProps<typeof DayPicker.NextMonth>
    type HeaderCellProps = ComponentProps<typeof DayPicker.HeaderCell>
    type WeekProps = ComponentProps<typeof DayPicker.Week>
    expectTypeOf<Extract<DayProps['className'], (s: never) => unknown>>().parameter(0).toEqualTypeOf<DayRenderState>()
    expectTypeOf<Extract<ButtonProps['style'], (s: never) => unknown>>().parameter(0).toEqualTypeOf<DayRenderState>()
    expectTypeOf<Extract<ButtonProps['children'], (s: never) => unknown>>().parameter(0).toEqualTypeOf<DayRenderState>()
    expectTypeOf<Extract<MonthButtonProps['className'], (s: never) => unknown>>().parameter(0).toEqualTypeOf<MonthButtonState>()
    expectTypeOf<Extract<HeaderCellProps['className'], (s: never) => unknown>>().parameter(0).toEqualTypeOf<DayPickerWeekday>()
    expectTypeOf<Extract<WeekProps['children'], (s: never) => unknown>>().parameter(0).toEqualTypeOf<DayPickerDay>()
    expectTypeOf<HeaderCellProps['weekday']>().toEqualTypeOf<DayPickerWeekday>()
  })
})
