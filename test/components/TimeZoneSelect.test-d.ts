// Type tests of the TimeZoneSelect: the state hook's options and callbacks, the prop getters
// (required `zone`, caller's props accepted), and the parts' state functions and children.
import type { ComponentProps, CSSProperties, ReactNode } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import {
  useTimeZoneSelect,
  useTimeZoneSelectState,
  type TimeZoneOptionState,
  type TimeZoneSelectAria,
  type TimeZoneSelectMessages,
  type TimeZoneSelectState,
  type UseTimeZoneSelectStateOptions,
} from '../../src'
import type { TimeZoneInfo, TimeZoneSelect } from '../../src'

describe('useTimeZoneSelectState', () => {
  it('takes zone names and an instant, and calls back with a zone name', () => {
    expectTypeOf<UseTimeZoneSelectStateOptions['value']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<UseTimeZoneSelectStateOptions['timeZones']>().toEqualTypeOf<readonly string[] | undefined>()
    expectTypeOf<UseTimeZoneSelectStateOptions['at']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<NonNullable<UseTimeZoneSelectStateOptions['onValueChange']>>().parameters.toEqualTypeOf<[timeZone: string]>()
    expectTypeOf<NonNullable<UseTimeZoneSelectStateOptions['isZoneDisabled']>>().parameter(0).toEqualTypeOf<TimeZoneInfo>()
    expectTypeOf<UseTimeZoneSelectStateOptions['messages']>().toEqualTypeOf<Partial<TimeZoneSelectMessages> | undefined>()
    expectTypeOf(useTimeZoneSelectState).parameter(0).toEqualTypeOf<UseTimeZoneSelectStateOptions | undefined>()
  })

  it('returns read-only facts and commands', () => {
    const state = useTimeZoneSelectState()
    expectTypeOf(state).toEqualTypeOf<TimeZoneSelectState>()
    expectTypeOf(state.value).toEqualTypeOf<string>()
    expectTypeOf(state.selectedZone).toEqualTypeOf<TimeZoneInfo | undefined>()
    expectTypeOf(state.options).toEqualTypeOf<readonly TimeZoneInfo[]>()
    expectTypeOf(state.activeId).toEqualTypeOf<string | null>()
    expectTypeOf(state.query).toEqualTypeOf<string | null>()
    expectTypeOf(state.select).parameters.toEqualTypeOf<[timeZone: string]>()
    expectTypeOf(state.moveActive).parameter(0).toEqualTypeOf<1 | -1>()
    expectTypeOf(state.selectActive).returns.toEqualTypeOf<boolean>()
    // @ts-expect-error: a step of two is not a move the combobox makes
    state.moveActive(2)
  })
})

describe('useTimeZoneSelect prop getters', () => {
  it('getOptionProps needs a zone and merges the caller props', () => {
    const aria = useTimeZoneSelect(useTimeZoneSelectState())
    expectTypeOf(aria).toEqualTypeOf<TimeZoneSelectAria>()
    const zone = {} as TimeZoneInfo
    expectTypeOf(aria.getOptionProps({ zone, className: 'x', onClick: () => {} })).toEqualTypeOf<Record<string, unknown>>()
    // @ts-expect-error: `zone` is required
    aria.getOptionProps({ className: 'x' })
    // @ts-expect-error: a zone is a TimeZoneInfo, not its id
    aria.getOptionProps({ zone: 'Europe/Copenhagen' })
    expectTypeOf(aria.getOptionState).parameter(0).toEqualTypeOf<TimeZoneInfo>()
    expectTypeOf(aria.getOptionState(zone)).toEqualTypeOf<TimeZoneOptionState>()
    expectTypeOf(aria.getInputProps).toBeCallableWith()
    expectTypeOf(aria.getInputProps).toBeCallableWith({ 'aria-describedby': 'hint' })
    expectTypeOf(aria.optionId).parameters.toEqualTypeOf<[zoneId: string]>()
  })
})

describe('TimeZoneSelect parts', () => {
  type RootProps = ComponentProps<typeof TimeZoneSelect.Root>
  type OptionProps = ComponentProps<typeof TimeZoneSelect.Option>

  it('the root takes the state options, state functions and function children', () => {
    expectTypeOf<RootProps>().toHaveProperty('onValueChange')
    expectTypeOf<Extract<RootProps['className'], (state: never) => unknown>>().parameter(0).toEqualTypeOf<TimeZoneSelectState>()
    expectTypeOf<Extract<RootProps['style'], (state: never) => unknown>>().returns.toEqualTypeOf<CSSProperties | undefined>()
    expectTypeOf<Extract<RootProps['children'], (state: never) => unknown>>().parameter(0).toEqualTypeOf<TimeZoneSelectState>()
    // @ts-expect-error: an input's onChange is not the root's; choosing is onValueChange
    const bad: RootProps = { onChange: () => {} }
    void bad
  })

  it('an option needs its zone; its children and styling functions get the option state', () => {
    expectTypeOf<OptionProps['zone']>().toEqualTypeOf<TimeZoneInfo>()
    type OptionChildren = Extract<OptionProps['children'], (state: never) => unknown>
    expectTypeOf<OptionChildren>().parameter(0).toEqualTypeOf<TimeZoneOptionState>()
    expectTypeOf<OptionChildren>().returns.toEqualTypeOf<ReactNode>()
    expectTypeOf<TimeZoneOptionState>().toMatchTypeOf<{ zone: TimeZoneInfo; isSelected: boolean; isActive: boolean }>()
    expectTypeOf<Extract<OptionProps['className'], (state: never) => unknown>>().parameter(0).toEqualTypeOf<TimeZoneOptionState>()
    // @ts-expect-error: `zone` is required
    const missing: OptionProps = {}
    void missing
  })

  it('the listbox renders each zone through a function', () => {
    type ListboxChildren = ComponentProps<typeof TimeZoneSelect.Listbox>['children']
    expectTypeOf<NonNullable<ListboxChildren>>().parameter(0).toEqualTypeOf<TimeZoneInfo>()
  })
})
