import * as z from 'zod/mini'
import type { CreateBookingInput, Slot } from '../client/index.js'

/** How a booking field is entered. */
export type BookingFieldFormat = 'text' | 'email' | 'tel' | 'number' | 'textarea' | 'select' | 'checkbox' | 'label'

/** A field's value: text, a checkbox's boolean, or the chosen options of a multi-checkbox. */
export type BookingFieldValue = string | boolean | string[]

/** The customer's input, by field key. */
export type BookingFormValues = Record<string, BookingFieldValue>

/** One field of the booking form, in the kit's own shape. */
export interface BookingField {
  /**
   * `name`, `email`, `phone`, `voip`, `location` (the booking's `where`), `comment`, `first_name`,
   * `last_name`, or any other key: a custom field sent as `customer[key]`.
   */
  key: string
  /** The label. */
  title: string
  /** @default 'text' (`'email'` for `email`, `'tel'` for `phone`, `'textarea'` for `comment`) */
  format: BookingFieldFormat
  placeholder?: string
  /** Help text under the control, linked with `aria-describedby`. */
  description?: string
  /** @default false */
  required?: boolean
  /** Shown but not editable (a prefilled, locked value). @default false */
  readonly?: boolean
  /** Not shown; its value is still sent (a prefilled hidden value). @default false */
  hidden?: boolean
  /** The starting value (booking-js `prefilled`). */
  defaultValue?: BookingFieldValue
  /** Options of `select`, or of a multi-checkbox (booking-js `enum`). */
  options?: string[]
  /**
   * For `format: 'label'`: static text in which `((text, url))` becomes a link (rendered as
   * elements, never as HTML). Defaults to `title`.
   */
  text?: string
}

/** One field of booking-js's `customer_fields`. */
export interface BookingJsField {
  title?: string
  placeholder?: string
  required?: boolean
  prefilled?: string | boolean | string[] | false
  readonly?: boolean
  hidden?: boolean
  format?: 'text' | 'string' | 'email' | 'tel' | 'number' | 'textarea' | 'select' | 'checkbox' | 'label'
  /** The options; a readonly list (`as const`) is fine, it is copied. */
  enum?: readonly string[]
  split_name?: boolean
  /** booking-js's JSON-schema type (`'string'`); the format decides the control. */
  type?: string
}

/** booking-js's `customer_fields` config. */
export type BookingJsFields = Record<string, BookingJsField>

/** Built-in keys and the customer fields they fill; any other key is a custom field. */
export const NATIVE_FIELD_KEYS = ['name', 'first_name', 'last_name', 'email', 'phone', 'voip', 'location', 'comment'] as const

const DEFAULT_FORMATS: Record<string, BookingFieldFormat> = { email: 'email', phone: 'tel', comment: 'textarea' }
const DEFAULT_TITLES: Record<string, string> = {
  name: 'Name',
  first_name: 'First name',
  last_name: 'Last name',
  email: 'E-mail',
  phone: 'Phone',
  voip: 'Voip',
  location: 'Location',
  comment: 'Comment',
}

/** booking-js's default fields when a config gives none: name and e-mail, both required. */
export const DEFAULT_BOOKING_FIELDS: BookingField[] = [
  { key: 'name', title: 'Name', format: 'text', required: true },
  { key: 'email', title: 'E-mail', format: 'email', required: true },
]

/**
 * booking-js's `customer_fields` as the kit's fields, in the config's order:
 * `prefilled` becomes `defaultValue`, `enum` becomes `options`, the built-in
 * keys get their formats, and `name` with `split_name` becomes first and last
 * name (the booking's `name` is then both joined).
 */
export function fromBookingJsFields(config: BookingJsFields | undefined): BookingField[] {
  if (!config || Object.keys(config).length === 0) return DEFAULT_BOOKING_FIELDS
  const fields: BookingField[] = []
  for (const [key, field] of Object.entries(config)) {
    const format: BookingFieldFormat =
      key === 'email' ? 'email' : field.format === 'string' || !field.format ? (DEFAULT_FORMATS[key] ?? 'text') : field.format
    const base: BookingField = {
      key,
      title: field.title ?? DEFAULT_TITLES[key] ?? key,
      format,
      ...(field.placeholder !== undefined && { placeholder: field.placeholder }),
      ...(field.required && { required: true }),
      ...(field.readonly && { readonly: true }),
      ...(field.hidden && { hidden: true }),
      ...(field.prefilled !== undefined &&
        field.prefilled !== false && {
          // booking-js accepts one option as a string for a multi-checkbox; its value is a list.
          defaultValue: format === 'checkbox' && field.enum && typeof field.prefilled === 'string' ? [field.prefilled] : field.prefilled,
        }),
      ...(field.enum && { options: [...field.enum] }),
    }
    if (key === 'name' && field.split_name) {
      const { defaultValue: _ignored, title: _title, ...shared } = base
      fields.push({ ...shared, key: 'first_name', title: 'First name' }, { ...shared, key: 'last_name', title: 'Last name' })
    } else {
      fields.push(base)
    }
  }
  return fields
}

/**
 * booking-js's URL convention, `?customer.email=ada@example.com`: the values
 * for the given fields (unknown keys are ignored), and the fields with those
 * values as defaults. A prefilled field that is `readonly` stays locked. As in
 * booking-js, the link's value replaces a configured `prefilled` one, locked or
 * not: `readonly` locks the input, it is no guard (a customer can edit the
 * link, so the server checks what it accepts).
 */
export function prefillFromSearchParams(
  params: URLSearchParams | string,
  fields: readonly BookingField[],
): { values: BookingFormValues; fields: BookingField[] } {
  const search = typeof params === 'string' ? new URLSearchParams(params) : params
  const values: BookingFormValues = {}
  const byKey = new Map(fields.map((field) => [field.key, field]))
  for (const [name, raw] of search) {
    if (!name.startsWith('customer.')) continue
    const field = byKey.get(name.slice('customer.'.length))
    if (!field || field.format === 'label') continue
    if (field.format === 'checkbox') {
      values[field.key] = field.options ? search.getAll(name).filter((v) => field.options!.includes(v)) : raw === 'true' || raw === '1' || raw === 'on'
    } else if (field.format !== 'select' || !field.options || field.options.includes(raw)) {
      values[field.key] = raw
    }
  }
  return { values, fields: fields.map((field) => (field.key in values ? { ...field, defaultValue: values[field.key]! } : field)) }
}

/** The empty value of a field's format. */
export function emptyValue(field: BookingField): BookingFieldValue {
  if (field.format === 'checkbox') return field.options ? [] : false
  return ''
}

/** The starting values of the fields: their `defaultValue`s, else empty. */
export function initialValues(fields: readonly BookingField[]): BookingFormValues {
  const values: BookingFormValues = {}
  for (const field of fields) if (field.format !== 'label') values[field.key] = field.defaultValue ?? emptyValue(field)
  return values
}

/** Error message texts of the client-side checks, by kind. */
export interface FieldCheckMessages {
  required: (args: { title: string }) => string
  email: (args: { title: string }) => string
  tel: (args: { title: string }) => string
  number: (args: { title: string }) => string
  option: (args: { title: string }) => string
}

// A domain with a dot, internationalised names and plus-addressing allowed:
// `ada+booking@bücher.de` is a real address; `ada@localhost` is not one a host can reply to.
// (Written out rather than taken from `z.regexes`, whose namespace import
// would bring every zod pattern into an app's bundle.)
const emailPattern = /^[^\s@"(),:;<>[\\\]]+@[^\s@"(),:;<>[\\\]_]+$/u
const domainWithDot = /@[^@\s]+\.[^@.\s]+$/
// An international number: digits with an optional leading +, spaces, dots, dashes, brackets.
const phonePattern = /^\+?[\d\s().-]*\d[\d\s().-]*$/

const isFilled = (value: unknown) =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'boolean' ? value : String(value ?? '').trim() !== ''
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** The check of each format that has one (by its message's name), given the trimmed, non-empty text. */
const FORMAT_CHECKS = {
  email: (text: string) => emailPattern.test(text) && domainWithDot.test(text),
  tel: (text: string) => phonePattern.test(text) && text.replace(/\D/g, '').length >= 5,
  number: (text: string) => Number.isFinite(Number(text)),
  // A select without options has nothing to choose from, so nothing to check.
  option: (text: string, field: BookingField) => !field.options || field.options.includes(text),
}

/**
 * A zod/mini schema of the values, built from the fields: the customer's
 * input is checked by the same rules on every submit. Issues carry the
 * field key as their path.
 */
export function bookingFormSchema(fields: readonly BookingField[], messages: FieldCheckMessages) {
  const shape: Record<string, z.ZodMiniType> = {}
  for (const field of fields) {
    if (field.format === 'label' || field.hidden || field.readonly) continue
    const title = field.title
    const checks: z.core.$ZodCheck<unknown>[] = []
    if (field.required) checks.push(z.refine(isFilled, messages.required({ title })))
    // An empty value passes the format's check: only `required` asks for one.
    const kind = field.format === 'select' ? 'option' : field.format
    const isValid = FORMAT_CHECKS[kind as keyof typeof FORMAT_CHECKS]
    if (isValid) checks.push(z.refine((v) => !trimmed(v) || isValid(trimmed(v), field), messages[kind as keyof typeof FORMAT_CHECKS]({ title })))
    shape[field.key] = z.unknown().check(...checks)
  }
  return z.looseObject(shape)
}

/** Field errors by key: the first message of each invalid field. */
export type BookingFieldErrors = Record<string, string>

/** Runs the schema: errors by field key, empty when the values are valid. */
export function validateBookingValues(
  fields: readonly BookingField[],
  values: BookingFormValues,
  messages: FieldCheckMessages,
): BookingFieldErrors {
  // A key missing from the values (a partial `defaultValues`) is that field's
  // empty value: zod/mini reports an absent key as "Invalid input" otherwise.
  const result = bookingFormSchema(fields, messages).safeParse({ ...initialValues(fields), ...values })
  const errors: BookingFieldErrors = {}
  if (result.success) return errors
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '')
    if (key && !(key in errors)) errors[key] = issue.message
  }
  return errors
}

/**
 * The server's 422 `fieldErrors` (paths such as `customer.email`, `where`)
 * on the form's fields; what matches no field stays in `rest` for the summary.
 */
export function mapServerFieldErrors(
  fieldErrors: Record<string, string[] | string>,
  fields: readonly BookingField[],
): { errors: BookingFieldErrors; rest: string[] } {
  // A hidden or label field shows no error: its message belongs in the summary.
  const keys = new Set(fields.filter((field) => !field.hidden && field.format !== 'label').map((field) => field.key))
  const errors: BookingFieldErrors = {}
  const rest: string[] = []
  for (const [path, raw] of Object.entries(fieldErrors)) {
    const message = Array.isArray(raw) ? raw.join(' ') : raw
    const key = path === 'where' || path === 'customer.where' ? 'location' : path.replace(/^customer\./, '')
    if (keys.has(key)) errors[key] = message
    else rest.push(message)
  }
  return { errors, rest }
}

/** What a booking needs besides the customer's input. */
export interface BookingPayloadOptions {
  slot: Slot
  /** The customer's zone (the provider's), sent as `customer.timezone`. */
  timeZone: string
  /** @default the slot's first resource */
  resourceId?: string
  /** @default 'instant' */
  graph?: CreateBookingInput['graph']
  /** The booking's title. @default `Meeting with <name>` without a project, none with one */
  what?: string
  /** @default the `location` field, else `TBD` without a project */
  where?: string
  project_id?: string
}

const asText = (value: BookingFieldValue | undefined) =>
  Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? 'Yes' : 'No') : (value ?? '').trim()

/**
 * The create-booking body booking-js sends for these values: `customer` with
 * name, email and the customer's zone plus every other field, `where` from
 * the location, and a `description` listing the fields as `Title: value`.
 */
export function buildBookingPayload(
  fields: readonly BookingField[],
  values: BookingFormValues,
  options: BookingPayloadOptions,
): CreateBookingInput {
  const first = asText(values.first_name).trim()
  const last = asText(values.last_name).trim()
  const name = asText(values.name).trim() || [first, last].filter(Boolean).join(' ')
  const customer: Record<string, unknown> = { name, email: asText(values.email).trim(), timezone: options.timeZone }
  // First and last name without a name field are a split name (`split_name`):
  // the description reads one `Name:` line, as booking-js writes it.
  const keys = new Set(fields.map((field) => field.key))
  const splitName = !keys.has('name') && keys.has('first_name') && keys.has('last_name')
  const lines: string[] = []
  for (const field of fields) {
    if (field.format === 'label') continue
    const value = field.key === 'name' ? name : values[field.key]
    if (field.key === 'location') customer.where = asText(value)
    else if (field.key !== 'name' && field.key !== 'email') customer[field.key] = typeof value === 'string' ? value.trim() : value
    if (splitName && field.key === 'first_name') lines.push(`${DEFAULT_TITLES.name}: ${name}`)
    else if (!(splitName && field.key === 'last_name')) lines.push(`${field.title}: ${asText(value)}`)
  }
  const resourceId = options.resourceId ?? options.slot.resources[0]?.id
  if (!resourceId) throw new Error('buildBookingPayload: the slot has no resource; pass `resourceId`.')
  const location = asText(values.location).trim()
  const payload: Record<string, unknown> = {
    resource_id: resourceId,
    graph: options.graph ?? 'instant',
    start: options.slot.start,
    end: options.slot.end,
    description: lines.join('\n'),
    customer,
  }
  if (options.project_id) payload.project_id = options.project_id
  const what = options.what ?? (options.project_id ? undefined : `Meeting with ${name}`)
  if (what) payload.what = what
  const where = location || options.where || (options.project_id ? undefined : 'TBD')
  if (where) payload.where = where
  return payload as CreateBookingInput
}
