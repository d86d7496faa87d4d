// Type tests of the booking form: booking-js configs are checked as configs, values are the
// three value kinds, prop getters demand their `field`, and the parts take styling functions
// of their own state.
import type { ComponentProps } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import type { CreateBookingInput } from '../../src/client'
import type { BookingForm } from '../../src/components'
import {
  buildBookingPayload,
  fromBookingJsFields,
  mapServerFieldErrors,
  prefillFromSearchParams,
  useBookingForm,
  useBookingFormState,
  type BookingField,
  type BookingFieldFormat,
  type BookingFieldValue,
  type BookingFormField,
  type BookingFormState,
  type BookingJsFields,
} from '../../src/components'

describe('fields', () => {
  it('fromBookingJsFields takes booking-js customer_fields and gives the kit’s fields', () => {
    expectTypeOf(fromBookingJsFields).parameter(0).toEqualTypeOf<BookingJsFields | undefined>()
    expectTypeOf(fromBookingJsFields({ name: { split_name: true }, dept: { type: 'string', format: 'select', enum: ['a'] } })).toEqualTypeOf<BookingField[]>()
    // @ts-expect-error not a booking-js format
    fromBookingJsFields({ x: { format: 'radio' } })
    // @ts-expect-error enum is a list of strings
    fromBookingJsFields({ x: { format: 'select', enum: 'a,b' } })
  })

  it('formats and values', () => {
    expectTypeOf<BookingFieldFormat>().toEqualTypeOf<'text' | 'email' | 'tel' | 'number' | 'textarea' | 'select' | 'checkbox' | 'label'>()
    expectTypeOf<BookingFieldValue>().toEqualTypeOf<string | boolean | string[]>()
    expectTypeOf(prefillFromSearchParams('', [])).toEqualTypeOf<{ values: Record<string, BookingFieldValue>; fields: BookingField[] }>()
    expectTypeOf(mapServerFieldErrors({}, [])).toEqualTypeOf<{ errors: Record<string, string>; rest: string[] }>()
  })

  it('buildBookingPayload gives the create-booking input', () => {
    expectTypeOf(buildBookingPayload).returns.toEqualTypeOf<CreateBookingInput>()
  })
})

describe('hooks and parts', () => {
  it('the state hook and the ARIA hook', () => {
    const state = useBookingFormState({ fields: [] })
    expectTypeOf(state).toEqualTypeOf<BookingFormState>()
    expectTypeOf(state.submit).toEqualTypeOf<() => Promise<boolean>>()
    expectTypeOf(state.fields).toEqualTypeOf<BookingFormField[]>()
    const aria = useBookingForm(state)
    const field = state.fields[0]!
    aria.getControlProps({ field, className: 'x' })
    aria.getOptionProps({ field, option: 'a' })
    // @ts-expect-error getControlProps needs its field
    aria.getControlProps({ className: 'x' })
    // @ts-expect-error getOptionProps needs its option
    aria.getOptionProps({ field })
  })

  it('Root takes the state options and form props; styling functions get the state', () => {
    type RootProps = ComponentProps<typeof BookingForm.Root>
    expectTypeOf<RootProps['fields']>().toEqualTypeOf<readonly BookingField[]>()
    expectTypeOf<RootProps['persist']>().toEqualTypeOf<'session' | false | undefined>()
    expectTypeOf<RootProps['onSubmit']>().toEqualTypeOf<((values: Record<string, BookingFieldValue>) => unknown) | undefined>()
    expectTypeOf<Extract<RootProps['className'], (s: never) => unknown>>().parameter(0).toEqualTypeOf<BookingFormState>()
    type FieldProps = ComponentProps<typeof BookingForm.Field>
    expectTypeOf<Extract<FieldProps['className'], (s: never) => unknown>>().parameter(0).toEqualTypeOf<BookingFormField>()
  })
})
