'use client'
import { useCallback, useEffect, useId, useRef, type ChangeEvent, type FormEvent } from 'react'
import { dataAttributes } from '../react/partProps.js'
import { mergeProps } from '../react/mergeProps.js'
import { useElementsByKey } from '../react/useElementsByKey.js'
import type { BookingFormField, BookingFormState } from './useBookingFormState.js'

type Props = Record<string, unknown>

const AUTOCOMPLETE: Record<string, string> = {
  name: 'name',
  first_name: 'given-name',
  last_name: 'family-name',
  email: 'email',
  phone: 'tel',
  location: 'street-address',
}

/** What {@link useBookingForm} returns: prop getters (the caller's props merged, last). */
export interface BookingFormAria {
  getFormProps<P extends Props>(props?: P): Props
  getFieldProps<P extends Props>(props: P & { field: BookingFormField }): Props
  getLabelProps<P extends Props>(props: P & { field: BookingFormField }): Props
  /** An `<input>`, `<textarea>` or `<select>` for the field (a single checkbox included). */
  getControlProps<P extends Props>(props: P & { field: BookingFormField }): Props
  /** One checkbox of a multi-checkbox field (`format: 'checkbox'` with `options`). */
  getOptionProps<P extends Props>(props: P & { field: BookingFormField; option: string }): Props
  getDescriptionProps<P extends Props>(props: P & { field: BookingFormField }): Props
  getErrorProps<P extends Props>(props: P & { field: BookingFormField }): Props
  getSubmitProps<P extends Props>(props?: P): Props
  getSummaryProps<P extends Props>(props?: P): Props
  /** The id of a field's control (for a caller's own `<label htmlFor>`). */
  controlId(key: string): string
}

function requireField(getter: string, field: unknown) {
  if (!field) throw new Error(`useBookingForm: pass \`field\` to ${getter}({ field, ...props }).`)
}

/**
 * The ARIA half of the booking form: labelled controls with `aria-invalid`
 * and `aria-describedby` (description and error), a summary announced as an
 * alert after a failed submit, and focus moved to the first invalid field.
 */
export function useBookingForm(state: BookingFormState): BookingFormAria {
  const id = useId()
  const controlId = useCallback((key: string) => `${id}-${key}`, [id])
  const { elements, refFor } = useElementsByKey()

  // Focus goes to the first invalid field after a failed submit: its label and
  // error are read, and the customer can fix it at once.
  const { focusRequest, fields } = state
  const latestFields = useRef(fields)
  useEffect(() => {
    latestFields.current = fields
  })
  useEffect(() => {
    if (focusRequest === 0) return
    const first = latestFields.current.find((field) => field.isInvalid && !field.hidden && elements.has(field.key))
    if (first) elements.get(first.key)?.focus()
  }, [focusRequest, elements])

  const describedBy = (field: BookingFormField) =>
    [field.description ? `${controlId(field.key)}-description` : '', field.isInvalid ? `${controlId(field.key)}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined

  const fieldData = (field: BookingFormField) =>
    dataAttributes({
      field: field.key,
      format: field.format,
      invalid: field.isInvalid,
      required: !!field.required,
      readonly: !!field.readonly,
      disabled: state.isSubmitting,
    })

  return {
    controlId,
    getFormProps: (props = {} as never) =>
      mergeProps(
        {
          noValidate: true,
          'aria-busy': state.isSubmitting || undefined,
          ...dataAttributes({ pending: state.isSubmitting, invalid: Object.keys(state.errors).length > 0 }),
          onSubmit: (event: FormEvent) => {
            event.preventDefault()
            void state.submit()
          },
        },
        props,
      ),
    getFieldProps: ({ field, ...props }) => {
      requireField('getFieldProps', field)
      return mergeProps(fieldData(field), props)
    },
    getLabelProps: ({ field, ...props }) => {
      requireField('getLabelProps', field)
      const isGroup = field.format === 'checkbox' && !!field.options
      return mergeProps({ id: `${controlId(field.key)}-label`, htmlFor: isGroup ? undefined : controlId(field.key), ...fieldData(field) }, props)
    },
    getControlProps: ({ field, ...props }) => {
      requireField('getControlProps', field)
      const common: Props = {
        id: controlId(field.key),
        name: field.key,
        ref: refFor(field.key),
        required: field.required || undefined,
        readOnly: field.readonly || undefined,
        'aria-invalid': field.isInvalid || undefined,
        'aria-describedby': describedBy(field),
        ...fieldData(field),
      }
      if (field.format === 'checkbox') {
        return mergeProps(
          {
            ...common,
            type: 'checkbox',
            checked: field.value === true,
            // A read-only checkbox: HTML has no readonly for checkboxes.
            onChange: (event: ChangeEvent<HTMLInputElement>) => {
              if (!field.readonly) state.setValue(field.key, event.currentTarget.checked)
            },
          },
          props,
        )
      }
      const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
        state.setValue(field.key, event.currentTarget.value)
      const text = typeof field.value === 'string' ? field.value : ''
      if (field.format === 'textarea' || field.format === 'select') {
        return mergeProps({ ...common, value: text, onChange, placeholder: field.placeholder, disabled: field.format === 'select' && field.readonly ? true : undefined }, props)
      }
      return mergeProps(
        {
          ...common,
          type: field.hidden ? 'hidden' : field.format === 'label' ? 'text' : field.format,
          value: text,
          onChange,
          placeholder: field.placeholder,
          autoComplete: AUTOCOMPLETE[field.key],
          inputMode: field.format === 'number' ? 'decimal' : undefined,
        },
        props,
      )
    },
    getOptionProps: ({ field, option, ...props }) => {
      requireField('getOptionProps', field)
      const chosen = Array.isArray(field.value) ? field.value : []
      const isChecked = chosen.includes(option)
      return mergeProps(
        {
          type: 'checkbox',
          name: field.key,
          value: option,
          checked: isChecked,
          // One box holds the field's ref (the first chosen, else the first): with
          // several, the last to mount would win and focus would land on it.
          ref: option === (chosen.find((o) => field.options?.includes(o)) ?? field.options?.[0]) ? refFor(field.key) : undefined,
          'aria-invalid': field.isInvalid || undefined,
          'aria-describedby': describedBy(field),
          ...dataAttributes({ selected: isChecked, readonly: !!field.readonly }),
          onChange: () => {
            if (field.readonly) return
            state.setValue(field.key, isChecked ? chosen.filter((o) => o !== option) : [...chosen, option])
          },
        },
        props,
      )
    },
    getDescriptionProps: ({ field, ...props }) => mergeProps({ id: `${controlId(field.key)}-description` }, props),
    getErrorProps: ({ field, ...props }) => mergeProps({ id: `${controlId(field.key)}-error`, ...fieldData(field) }, props),
    getSubmitProps: (props = {} as never) =>
      mergeProps(
        {
          type: 'submit',
          // Stays focusable and in place while sending; a second press is ignored by submit().
          'aria-disabled': state.isSubmitting || undefined,
          ...dataAttributes({ pending: state.isSubmitting }),
        },
        props,
      ),
    getSummaryProps: (props = {} as never) => mergeProps({ role: 'alert', ...dataAttributes({ empty: !state.summary }) }, props),
  }
}
