'use client'
import { createContext, useContext, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { createPartContext } from '../react/createPartContext.js'
import { mergeProps } from '../react/mergeProps.js'
import { visuallyHidden } from '../react/visuallyHidden.js'
import { resolveStyling, type PartProps } from '../react/partProps.js'
import { parseLabelText } from './bookingFormMessages.js'
import { useBookingKit } from '../query/BookingKitContext.js'
import { localeDirection } from './internal/civilDay.js'
import { splitProps } from '../react/splitProps.js'
import { Part, renderPart } from './internal/Part.js'
import type { Children } from './internal/renderChildren.js'
import { useBookingForm, type BookingFormAria } from './useBookingForm.js'
import { useBookingFormState, type BookingFormField, type BookingFormState, type UseBookingFormStateOptions } from './useBookingFormState.js'

type Without<T extends keyof React.JSX.IntrinsicElements> = Omit<ComponentPropsWithoutRef<T>, 'className' | 'style' | 'children'>

interface FormContextValue {
  state: BookingFormState
  aria: BookingFormAria
}
const [FormContext, useFormContext] = createPartContext<FormContextValue>('BookingForm.Root')
const FieldContext = createContext<BookingFormField | null>(null)

export { useFormContext as useBookingFormContext }

/** The form's context and the surrounding field, for a part of a field. */
function useField(part: string): FormContextValue & { field: BookingFormField } {
  const context = useFormContext(part)
  const field = useContext(FieldContext)
  if (!field) {
    throw new Error(process.env.NODE_ENV !== 'production' ? `<${part}> must be used within <BookingForm.Field> (or be given a \`field\`).` : `${part}: no field`)
  }
  return { ...context, field }
}

/** Props of a part of one field, whose styling and content functions get the field. */
type FieldPartProps<T extends keyof React.JSX.IntrinsicElements> = PartProps<BookingFormField> & Without<T> & { children?: Children<BookingFormField> }

/** Props of {@link BookingForm.Root}. */
export interface BookingFormRootProps extends UseBookingFormStateOptions, PartProps<BookingFormState>, Omit<Without<'form'>, 'onSubmit' | 'defaultValue'> {
  /** @default the fields, the summary and the submit button */
  children?: Children<BookingFormState>
}

// Every option of the state hook; the other props go to the form element.
const OPTIONS: Record<keyof UseBookingFormStateOptions, 1> = {
  fields: 1, values: 1, defaultValues: 1, onValuesChange: 1, onSubmit: 1, persist: 1, persistKey: 1, externalErrors: 1, messages: 1,
}

function Root(props: BookingFormRootProps) {
  const [options, rest] = splitProps(props, OPTIONS)
  const state = useBookingFormState(options)
  const aria = useBookingForm(state)
  const { locale } = useBookingKit()
  return (
    <FormContext.Provider value={{ state, aria }}>
      {renderPart('form', rest, state, (p) => aria.getFormProps({ dir: localeDirection(locale), ...p }), (
        <>
          <Fields />
          <Summary />
          <Submit />
        </>
      ))}
    </FormContext.Provider>
  )
}

/** Renders every visible field (hidden fields are sent, not shown). */
function Fields({ children }: { children?: (field: BookingFormField) => ReactNode }) {
  const { state } = useFormContext('BookingForm.Fields')
  return (
    <>
      {state.fields
        .filter((field) => !field.hidden)
        .map((field) => (
          <FieldContext.Provider key={field.key} value={field}>
            {children ? children(field) : <Field field={field} />}
          </FieldContext.Provider>
        ))}
    </>
  )
}

/** Props of {@link BookingForm.Field}. */
export interface BookingFormFieldProps extends PartProps<BookingFormField>, Without<'div'> {
  /** @default the field of the surrounding `BookingForm.Fields` */
  field?: BookingFormField
  children?: Children<BookingFormField>
}

/** One field: a `<div>` (a `<fieldset>` for a group of checkboxes) with label, control, description and error. */
function Field({ field: given, ...props }: BookingFormFieldProps) {
  const { state, aria } = useFormContext('BookingForm.Field')
  const contextField = useContext(FieldContext)
  const key = (given ?? contextField)?.key
  // The newest value and error of the field, whichever object was passed.
  const field = state.fields.find((f) => f.key === key) ?? given
  if (!field) {
    throw new Error(process.env.NODE_ENV !== 'production' ? '<BookingForm.Field> needs a `field` prop or a surrounding <BookingForm.Fields>.' : 'BookingForm.Field: no field')
  }
  const fallback =
    field.format === 'label' ? (
      <LabelText />
    ) : (
      <>
        <Label />
        <Control />
        <Description />
        <ErrorMessage />
      </>
    )
  return (
    <FieldContext.Provider value={field}>
      {renderPart(field.format === 'checkbox' && field.options ? 'fieldset' : 'div', props, field, (p) => aria.getFieldProps({ field, ...p }), fallback)}
    </FieldContext.Provider>
  )
}

/** The field's label (`<label>`, or a `<legend>` for a group of checkboxes), marked when required. */
function Label(props: FieldPartProps<'label'>) {
  const { state, aria, field } = useField('BookingForm.Label')
  const isGroup = field.format === 'checkbox' && !!field.options
  return renderPart(isGroup ? 'legend' : 'label', props, field, (p) => aria.getLabelProps({ field, ...p }), (
    <>
      {field.title}
      {field.required && <span aria-hidden="true"> {state.messages.requiredMark}</span>}
      {/* A group of checkboxes has no `required` of its own to announce: its legend says it. */}
      {field.required && isGroup && <span style={visuallyHidden}> {state.messages.requiredGroup}</span>}
    </>
  ))
}

/**
 * The field's control: `<input>` of the field's type, `<textarea>`, `<select>`
 * with its options, a checkbox, or one labelled checkbox per option.
 */
function Control({ className, style, asChild, ...rest }: PartProps<BookingFormField> & Omit<ComponentPropsWithoutRef<'input'>, 'className' | 'style'>) {
  const { aria, field } = useField('BookingForm.Control')
  const styling = resolveStyling({ className, style }, field)
  if (field.format === 'checkbox' && field.options) {
    return (
      <>
        {field.options.map((option) => (
          <label key={option}>
            <input {...aria.getOptionProps({ field, option, ...styling })} /> {option}
          </label>
        ))}
      </>
    )
  }
  const props = aria.getControlProps({ field, ...rest, ...styling })
  if (field.format === 'textarea') return <Part as="textarea" asChild={asChild} props={props} />
  if (field.format === 'select') {
    return (
      <Part as="select" asChild={asChild} props={props}>
        <option value="">{field.placeholder ?? ''}</option>
        {field.options?.map((option) => <option key={option} value={option}>{option}</option>)}
      </Part>
    )
  }
  return <Part as="input" asChild={asChild} props={props} />
}

/** The field's help text; nothing when it has none. */
function Description(props: FieldPartProps<'p'>) {
  const { aria, field } = useField('BookingForm.Description')
  if (!field.description && props.children === undefined) return null
  return renderPart('p', props, field, (p) => aria.getDescriptionProps({ field, ...p }), field.description)
}

/** The field's error; nothing while it is valid. */
function ErrorMessage(props: FieldPartProps<'p'>) {
  const { aria, field } = useField('BookingForm.Error')
  if (!field.isInvalid) return null
  return renderPart('p', props, field, (p) => aria.getErrorProps({ field, ...p }), field.error)
}

/** A `format: 'label'` field: static text whose `((text, url))` links render as `<a>` elements. */
function LabelText(props: PartProps<BookingFormField> & Without<'p'>) {
  const { field } = useField('BookingForm.LabelText')
  return renderPart(
    'p',
    // The text is the part's own: children given anyway are not rendered.
    { ...props, children: undefined },
    field,
    (p) => mergeProps({ 'data-field': field.key, 'data-format': 'label' }, p),
    parseLabelText(field.text ?? field.title).map((segment, i) =>
      segment.type === 'link' ? <a key={i} href={segment.href} target="_blank" rel="noopener noreferrer">{segment.text}</a> : segment.text,
    ),
  )
}

/** The submit button; `aria-disabled` and `data-pending` while sending (a second press sends nothing). */
function Submit(props: PartProps<BookingFormState> & Without<'button'> & { children?: Children<BookingFormState> }) {
  const { state, aria } = useFormContext('BookingForm.Submit')
  return renderPart('button', props, state, aria.getSubmitProps, state.isSubmitting ? state.messages.submitting : state.messages.submit)
}

/** The summary after a failed submit, an alert; an empty alert region before. */
function Summary(props: PartProps<BookingFormState> & Without<'div'> & { children?: Children<BookingFormState> }) {
  const { state, aria } = useFormContext('BookingForm.Summary')
  return renderPart('div', props, state, aria.getSummaryProps, state.summary)
}

/**
 * Headless booking form: the customer's fields (booking-js's
 * `customer_fields` through `fromBookingJsFields`), checks, the server's field
 * errors, and a summary; the input survives every failure.
 */
export const BookingForm = { Root, Fields, Field, Label, Control, Description, Error: ErrorMessage, LabelText, Submit, Summary }
