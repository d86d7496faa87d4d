'use client'
import { createContext, useContext, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { createPartContext } from '../react/createPartContext.js'
import { mergeProps } from '../react/mergeProps.js'
import { visuallyHidden } from '../react/visuallyHidden.js'
import { resolveStyling, type PartProps } from '../react/partProps.js'
import { parseLabelText } from './bookingFormMessages.js'
import { useBookingKit } from '../query/BookingKitContext.js'
import { localeDirection } from './internal/civilDay.js'
import { Part } from './internal/Part.js'
import { renderChildren as render, type Children } from './internal/renderChildren.js'
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

function useField(part: string, given?: BookingFormField): BookingFormField {
  const field = useContext(FieldContext) ?? given
  if (!field) throw new Error(`<${part}> must be used within <BookingForm.Field> (or be given a \`field\`).`)
  return field
}

/** Props of {@link BookingForm.Root}. */
export interface BookingFormRootProps extends UseBookingFormStateOptions, PartProps<BookingFormState>, Omit<Without<'form'>, 'onSubmit' | 'defaultValue'> {
  /** @default the fields, the summary and the submit button */
  children?: Children<BookingFormState>
}

function Root({
  fields, values, defaultValues, onValuesChange, onSubmit, persist, persistKey, externalErrors, messages,
  className, style, asChild, children, ...rest
}: BookingFormRootProps) {
  const state = useBookingFormState({ fields, values, defaultValues, onValuesChange, onSubmit, persist, persistKey, externalErrors, messages })
  const aria = useBookingForm(state)
  const { locale } = useBookingKit()
  return (
    <FormContext.Provider value={{ state, aria }}>
      <Part as="form" asChild={asChild} props={aria.getFormProps({ dir: localeDirection(locale), ...rest, ...resolveStyling({ className, style }, state) })}>
        {render(children, state, (
          <>
            <Fields />
            <Summary />
            <Submit />
          </>
        ))}
      </Part>
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
function Field({ field: given, className, style, asChild, children, ...rest }: BookingFormFieldProps) {
  const { state, aria } = useFormContext('BookingForm.Field')
  const contextField = useContext(FieldContext)
  const key = (given ?? contextField)?.key
  // The newest value and error of the field, whichever object was passed.
  const field = state.fields.find((f) => f.key === key) ?? given
  if (!field) throw new Error('<BookingForm.Field> needs a `field` prop or a surrounding <BookingForm.Fields>.')
  const isGroup = field.format === 'checkbox' && !!field.options
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
      <Part
        as={isGroup ? 'fieldset' : 'div'}
        asChild={asChild}
        props={aria.getFieldProps({ field, ...(isGroup ? { 'aria-describedby': undefined } : {}), ...rest, ...resolveStyling({ className, style }, field) })}
      >
        {render(children, field, fallback)}
      </Part>
    </FieldContext.Provider>
  )
}

/** The field's label (`<label>`, or a `<legend>` for a group of checkboxes), marked when required. */
function Label({ className, style, asChild, children, ...rest }: PartProps<BookingFormField> & Without<'label'> & { children?: Children<BookingFormField> }) {
  const { state, aria } = useFormContext('BookingForm.Label')
  const field = useField('BookingForm.Label')
  const isGroup = field.format === 'checkbox' && !!field.options
  const content = render(children, field, (
    <>
      {field.title}
      {field.required && <span aria-hidden="true"> {state.messages.requiredMark}</span>}
      {/* A group of checkboxes has no `required` of its own to announce: its legend says it. */}
      {field.required && isGroup && <span style={visuallyHidden}> {state.messages.requiredGroup}</span>}
    </>
  ))
  return <Part as={isGroup ? 'legend' : 'label'} asChild={asChild} props={aria.getLabelProps({ field, ...rest, ...resolveStyling({ className, style }, field) })}>{content}</Part>
}

/**
 * The field's control: `<input>` of the field's type, `<textarea>`, `<select>`
 * with its options, a checkbox, or one labelled checkbox per option.
 */
function Control({ className, style, asChild, ...rest }: PartProps<BookingFormField> & Omit<ComponentPropsWithoutRef<'input'>, 'className' | 'style'>) {
  const { aria } = useFormContext('BookingForm.Control')
  const field = useField('BookingForm.Control')
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
function Description({ className, style, asChild, children, ...rest }: PartProps<BookingFormField> & Without<'p'> & { children?: Children<BookingFormField> }) {
  const { aria } = useFormContext('BookingForm.Description')
  const field = useField('BookingForm.Description')
  if (!field.description && children === undefined) return null
  return <Part as="p" asChild={asChild} props={aria.getDescriptionProps({ field, ...rest, ...resolveStyling({ className, style }, field) })}>{render(children, field, field.description)}</Part>
}

/** The field's error; nothing while it is valid. */
function ErrorMessage({ className, style, asChild, children, ...rest }: PartProps<BookingFormField> & Without<'p'> & { children?: Children<BookingFormField> }) {
  const { aria } = useFormContext('BookingForm.Error')
  const field = useField('BookingForm.Error')
  if (!field.isInvalid) return null
  return <Part as="p" asChild={asChild} props={aria.getErrorProps({ field, ...rest, ...resolveStyling({ className, style }, field) })}>{render(children, field, field.error)}</Part>
}

/** A `format: 'label'` field: static text whose `((text, url))` links render as `<a>` elements. */
function LabelText({ className, style, asChild, ...rest }: PartProps<BookingFormField> & Without<'p'>) {
  useFormContext('BookingForm.LabelText')
  const field = useField('BookingForm.LabelText')
  const segments = parseLabelText(field.text ?? field.title)
  return (
    <Part as="p" asChild={asChild} props={mergeProps({ 'data-field': field.key, 'data-format': 'label' }, { ...rest, ...resolveStyling({ className, style }, field) })}>
      {segments.map((segment, i) =>
        segment.type === 'link' ? <a key={i} href={segment.href} target="_blank" rel="noopener noreferrer">{segment.text}</a> : segment.text,
      )}
    </Part>
  )
}

/** The submit button; `aria-disabled` and `data-pending` while sending (a second press sends nothing). */
function Submit({ className, style, asChild, children, ...rest }: PartProps<BookingFormState> & Without<'button'> & { children?: Children<BookingFormState> }) {
  const { state, aria } = useFormContext('BookingForm.Submit')
  const content = render(children, state, state.isSubmitting ? state.messages.submitting : state.messages.submit)
  return <Part as="button" asChild={asChild} props={aria.getSubmitProps({ ...rest, ...resolveStyling({ className, style }, state) })}>{content}</Part>
}

/** The summary after a failed submit, an alert; an empty alert region before. */
function Summary({ className, style, asChild, children, ...rest }: PartProps<BookingFormState> & Without<'div'> & { children?: Children<BookingFormState> }) {
  const { state, aria } = useFormContext('BookingForm.Summary')
  return <Part as="div" asChild={asChild} props={aria.getSummaryProps({ ...rest, ...resolveStyling({ className, style }, state) })}>{render(children, state, state.summary)}</Part>
}

/**
 * Headless booking form: the customer's fields (booking-js's
 * `customer_fields` through `fromBookingJsFields`), checks, the server's field
 * errors, and a summary; the input survives every failure.
 */
export const BookingForm = { Root, Fields, Field, Label, Control, Description, Error: ErrorMessage, LabelText, Submit, Summary }
