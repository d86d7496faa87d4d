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

  // The ids of a field's control and of its label, description and error (`suffix`).
  const idOf = (field: BookingFormField, suffix = '') => `${controlId(field.key)}${suffix}`
  // A control's invalid state and the description and error that describe it.
  const invalidity = (field: BookingFormField) => ({
    'aria-invalid': field.isInvalid || undefined,
    'aria-describedby':
      [field.description ? idOf(field, '-description') : '', field.isInvalid ? idOf(field, '-error') : ''].filter(Boolean).join(' ') || undefined,
  })

  const fieldData = (field: BookingFormField) =>
    dataAttributes({
      field: field.key,
      format: field.format,
      invalid: field.isInvalid,
      required: !!field.required,
      readonly: !!field.readonly,
      disabled: state.isSubmitting,
    })

  // A getter of a field's element: the kit's props for the field, the caller's merged last.
  const fieldGetter =
    (getter: string, kit: (field: BookingFormField) => Props) =>
    ({ field, ...props }: Props & { field: BookingFormField }) => {
      if (!field) {
        throw new Error(process.env.NODE_ENV !== 'production' ? `useBookingForm: pass \`field\` to ${getter}({ field, ...props }).` : `${getter}: no field`)
      }
      return mergeProps(kit(field), props)
    }
  // A getter of a part of the whole form, the caller's props merged last.
  const formGetter =
    (kit: () => Props) =>
    (props = {}) =>
      mergeProps(kit(), props)

  return {
    controlId,
    getFormProps: formGetter(() => ({
      noValidate: true,
      'aria-busy': state.isSubmitting || undefined,
      ...dataAttributes({ pending: state.isSubmitting, invalid: Object.keys(state.errors).length > 0 }),
      onSubmit: (event: FormEvent) => {
        event.preventDefault()
        void state.submit()
      },
    })),
    getFieldProps: fieldGetter('getFieldProps', fieldData),
    getLabelProps: fieldGetter('getLabelProps', (field) => ({
      id: idOf(field, '-label'),
      htmlFor: field.format === 'checkbox' && field.options ? undefined : idOf(field),
      ...fieldData(field),
    })),
    getControlProps: fieldGetter('getControlProps', (field) => {
      const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
        state.setValue(field.key, event.currentTarget.value)
      const isList = field.format === 'textarea' || field.format === 'select'
      return {
        id: idOf(field),
        name: field.key,
        ref: refFor(field.key),
        required: field.required || undefined,
        readOnly: field.readonly || undefined,
        ...invalidity(field),
        ...fieldData(field),
        ...(field.format === 'checkbox'
          ? {
              type: 'checkbox',
              checked: field.value === true,
              // A read-only checkbox: HTML has no readonly for checkboxes.
              onChange: (event: ChangeEvent<HTMLInputElement>) => {
                if (!field.readonly) state.setValue(field.key, event.currentTarget.checked)
              },
            }
          : {
              // An <input>'s type; a <textarea> or <select> has none.
              type: isList ? undefined : field.hidden ? 'hidden' : field.format === 'label' ? 'text' : field.format,
              value: typeof field.value === 'string' ? field.value : '',
              onChange,
              placeholder: field.placeholder,
              ...(isList
                ? { disabled: field.format === 'select' && field.readonly ? true : undefined }
                : { autoComplete: AUTOCOMPLETE[field.key], inputMode: field.format === 'number' ? 'decimal' : undefined }),
            }),
      }
    }),
    getOptionProps: ({ option, ...props }) =>
      fieldGetter('getOptionProps', (field) => {
        const chosen = Array.isArray(field.value) ? field.value : []
        const isChecked = chosen.includes(option)
        return {
          type: 'checkbox',
          name: field.key,
          value: option,
          checked: isChecked,
          // One box holds the field's ref (the first chosen, else the first): with
          // several, the last to mount would win and focus would land on it.
          ref: option === (chosen.find((o) => field.options?.includes(o)) ?? field.options?.[0]) ? refFor(field.key) : undefined,
          ...invalidity(field),
          ...dataAttributes({ selected: isChecked, readonly: !!field.readonly }),
          onChange: () => {
            if (field.readonly) return
            state.setValue(field.key, isChecked ? chosen.filter((o) => o !== option) : [...chosen, option])
          },
        }
      })(props),
    getDescriptionProps: fieldGetter('getDescriptionProps', (field) => ({ id: idOf(field, '-description') })),
    getErrorProps: fieldGetter('getErrorProps', (field) => ({ id: idOf(field, '-error'), ...fieldData(field) })),
    getSubmitProps: formGetter(() => ({
      type: 'submit',
      // Stays focusable and in place while sending; a second press is ignored by submit().
      'aria-disabled': state.isSubmitting || undefined,
      ...dataAttributes({ pending: state.isSubmitting }),
    })),
    getSummaryProps: formGetter(() => ({ role: 'alert', ...dataAttributes({ empty: !state.summary }) })),
  }
}
