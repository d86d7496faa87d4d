// Type tests of the SlotPicker: prop getters, state callbacks and the parts' props.
import type { ComponentProps } from 'react'
import { describe, expectTypeOf, test } from 'vitest'
import type { Slot } from '../../src/client'
import {
  SlotPicker,
  useSlotPicker,
  useSlotPickerState,
  type NextAvailableState,
  type SlotActivation,
  type SlotPickerAria,
  type SlotPickerDay,
  type SlotPickerRootProps,
  type SlotPickerState,
  type SlotRenderState,
  type WindowButtonState,
} from '../../src/components'

type ClassNameArg<P> = P extends { className?: infer C } ? (C extends (state: infer S) => unknown ? S : never) : never
type StyleArg<P> = P extends { style?: infer C } ? (C extends (state: infer S) => unknown ? S : never) : never

describe('prop getters', () => {
  test('getSlotProps needs a slot; the day getters need a day; all return props', () => {
    const aria = {} as SlotPickerAria
    const slot = {} as Slot
    const day = {} as SlotPickerDay
    expectTypeOf(aria.getSlotProps({ slot, className: 'x' })).toEqualTypeOf<Record<string, unknown>>()
    // @ts-expect-error slot is required
    aria.getSlotProps({ className: 'x' })
    // @ts-expect-error day is required
    aria.getDayProps({})
    // @ts-expect-error day is required
    aria.getSlotGroupProps({ role: 'list' })
    // @ts-expect-error day is required
    aria.getDayHeadingProps({})
    expectTypeOf(aria.getDayProps({ day })).toEqualTypeOf<Record<string, unknown>>()
    expectTypeOf(aria.getRootProps()).toEqualTypeOf<Record<string, unknown>>()
    expectTypeOf(aria.getPreviousWindowProps).parameter(0).toEqualTypeOf<Record<string, unknown> | undefined>()
    expectTypeOf(aria.getSlotState).parameters.toEqualTypeOf<[Slot]>()
    expectTypeOf(aria.getSlotState).returns.toEqualTypeOf<SlotRenderState>()
    expectTypeOf(aria.dayKeyOf).returns.toBeString()
    expectTypeOf(aria.dir).toEqualTypeOf<'ltr' | 'rtl'>()
  })

  test('the hook tiers: state from availability, ARIA from state', () => {
    expectTypeOf(useSlotPickerState).returns.toEqualTypeOf<SlotPickerState>()
    expectTypeOf(useSlotPicker).parameters.toEqualTypeOf<[SlotPickerState, ({ dir?: 'ltr' | 'rtl' } | undefined)?]>()
    expectTypeOf<SlotPickerState['select']>().toEqualTypeOf<(slot: Slot | null) => void>()
    expectTypeOf<SlotPickerState['value']>().toEqualTypeOf<Slot | null>()
    expectTypeOf<SlotPickerState['activation']>().toEqualTypeOf<SlotActivation>()
    expectTypeOf<SlotActivation>().toEqualTypeOf<'select' | 'immediate'>()
  })
})

describe('state callbacks', () => {
  test('value, onValueChange, onSlotActivate, isSlotDisabled', () => {
    expectTypeOf<SlotPickerRootProps['value']>().toEqualTypeOf<Slot | null | undefined>()
    expectTypeOf<SlotPickerRootProps['onValueChange']>().toEqualTypeOf<((slot: Slot | null) => void) | undefined>()
    expectTypeOf<SlotPickerRootProps['onSlotActivate']>().toEqualTypeOf<((slot: Slot) => void) | undefined>()
    expectTypeOf<SlotPickerRootProps['isSlotDisabled']>().toEqualTypeOf<((slot: Slot) => boolean) | undefined>()
    expectTypeOf<SlotPickerRootProps['activation']>().toEqualTypeOf<SlotActivation | undefined>()
    // search is required.
    expectTypeOf<SlotPickerRootProps>().toHaveProperty('search')
    // @ts-expect-error search is required
    const missing: SlotPickerRootProps = {}
    void missing
  })

  test('className and style functions get each part its own state', () => {
    expectTypeOf<ClassNameArg<SlotPickerRootProps>>().toEqualTypeOf<SlotPickerState>()
    expectTypeOf<ClassNameArg<ComponentProps<typeof SlotPicker.Day>>>().toEqualTypeOf<SlotPickerDay>()
    expectTypeOf<ClassNameArg<ComponentProps<typeof SlotPicker.DayHeading>>>().toEqualTypeOf<SlotPickerDay>()
    expectTypeOf<ClassNameArg<ComponentProps<typeof SlotPicker.Slots>>>().toEqualTypeOf<SlotPickerDay>()
    expectTypeOf<ClassNameArg<ComponentProps<typeof SlotPicker.Slot>>>().toEqualTypeOf<SlotRenderState>()
    expectTypeOf<StyleArg<ComponentProps<typeof SlotPicker.Slot>>>().toEqualTypeOf<SlotRenderState>()
    expectTypeOf<ClassNameArg<ComponentProps<typeof SlotPicker.NextWindow>>>().toEqualTypeOf<WindowButtonState>()
    expectTypeOf<ClassNameArg<ComponentProps<typeof SlotPicker.NextAvailable>>>().toEqualTypeOf<NextAvailableState>()
    expectTypeOf<ClassNameArg<ComponentProps<typeof SlotPicker.WindowLabel>>>().toEqualTypeOf<SlotPickerState>()
  })

  test('render-function children', () => {
    expectTypeOf<ComponentProps<typeof SlotPicker.Slots>['children']>().toEqualTypeOf<((slot: Slot) => React.ReactNode) | React.ReactElement | undefined>()
    expectTypeOf<ComponentProps<typeof SlotPicker.Days>['children']>().toEqualTypeOf<((day: SlotPickerDay) => React.ReactNode) | undefined>()
    expectTypeOf<SlotRenderState>().toHaveProperty('isTabStop').toBeBoolean()
    expectTypeOf<SlotPickerDay>().toHaveProperty('dayKey').toBeString()
    // @ts-expect-error Slot needs its slot
    SlotPicker.Slot({})
  })
})
