'use client'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ValidationError } from '../client/index.js'
import { useControllableState } from '../react/useControllableState.js'
import {
  initialValues,
  mapServerFieldErrors,
  validateBookingValues,
  type BookingField,
  type BookingFieldErrors,
  type BookingFieldValue,
  type BookingFormValues,
} from './bookingFields.js'
import { defaultBookingFormMessages, type BookingFormMessages } from './bookingFormMessages.js'

/** Options of {@link useBookingFormState}. */
export interface UseBookingFormStateOptions {
  /** The fields, in order (`fromBookingJsFields(config)` converts booking-js's `customer_fields`). */
  fields: readonly BookingField[]
  /** The customer's input, controlled. */
  values?: BookingFormValues
  /** The first input, uncontrolled. @default the fields' `defaultValue`s */
  defaultValues?: BookingFormValues
  /** Called with the whole input on every change. */
  onValuesChange?: (values: BookingFormValues) => void
  /**
   * Called with valid input on submit. A rejection with a `ValidationError`
   * (the server's 422) puts its `fieldErrors` on the fields; any other
   * rejection is shown in the summary. The input is never cleared.
   * Resolving to `false` means nothing was booked (cancelled, or a failure
   * shown elsewhere, as BookingFlow does): the session draft is kept.
   */
  onSubmit?: (values: BookingFormValues) => unknown
  /**
   * `'session'` keeps a draft of the input in `sessionStorage`, so a reload
   * loses nothing; it is removed after a successful submit.
   * @default false
   */
  persist?: 'session' | false
  /** The draft's storage key: two persisting forms on one page need two (in development a warning says so). @default 'react-booking-kit:draft' */
  persistKey?: string
  /** Errors from outside the form (e.g. a flow's 422), by field key. */
  externalErrors?: BookingFieldErrors
  /** Strings to replace; keep the identity stable. */
  messages?: Partial<BookingFormMessages>
}

/** A field with its current value and error. */
export interface BookingFormField extends BookingField {
  value: BookingFieldValue
  error: string | undefined
  isInvalid: boolean
}

/** What {@link useBookingFormState} returns: read-only state and commands, no DOM. */
export interface BookingFormState {
  /** Every field with its value and error (hidden and label fields included). */
  fields: BookingFormField[]
  values: BookingFormValues
  /** Errors by field key: client checks after a submit, then the server's. */
  errors: BookingFieldErrors
  /** The announced summary after a failed submit, or ''. */
  summary: string
  /** A failure that belongs to no field (network, 5xx from `onSubmit`), or undefined. */
  submitError: Error | undefined
  isSubmitting: boolean
  /** Bumped whenever focus should move to the first invalid field. */
  focusRequest: number
  messages: BookingFormMessages
  setValue(key: string, value: BookingFieldValue): void
  /** Runs the checks; shows and returns the errors. */
  validate(): BookingFieldErrors
  /** Validates, then calls `onSubmit`. Resolves true when it succeeded. A submit during one is ignored. */
  submit(): Promise<boolean>
  /** Puts a 422's `fieldErrors` on the fields. */
  setServerErrors(fieldErrors: Record<string, string[] | string>): void
  /** Removes the session draft. */
  clearDraft(): void
}

const DEFAULT_KEY = 'react-booking-kit:draft'
// How many mounted forms keep a draft under each key. Two at once under one key
// write over each other's draft (each restores the other's input on reload).
const persisting = new Map<string, number>()

/**
 * Runs `run` on the session storage: undefined where there is none (the
 * server) or where it throws (blocked, full, a broken draft); the draft is
 * a convenience, never a failure.
 */
function withStorage<T>(run: (storage: Storage) => T): T | undefined {
  try {
    return run(sessionStorage)
  } catch {
    return undefined
  }
}

function readDraft(key: string): BookingFormValues | undefined {
  const parsed: unknown = withStorage((storage) => JSON.parse(storage.getItem(key) ?? 'null'))
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as BookingFormValues) : undefined
}

/**
 * The booking form's state with no DOM: the customer's input (controlled or
 * not), client checks from zod/mini schemas built from the fields, the
 * server's field errors, the summary, and the session draft.
 */
export function useBookingFormState(options: UseBookingFormStateOptions): BookingFormState {
  const { fields, onSubmit, persist = false, persistKey = DEFAULT_KEY, externalErrors } = options
  const messages = useMemo(() => ({ ...defaultBookingFormMessages, ...options.messages }), [options.messages])
  const [values, setValues] = useControllableState<BookingFormValues>({
    prop: options.values,
    // A partial `defaultValues` keeps the other fields' own defaults (a hidden prefilled value is still sent).
    defaultProp: { ...initialValues(fields), ...options.defaultValues },
    onChange: options.onValuesChange,
    caller: 'BookingForm',
  })
  const [clientErrors, setClientErrors] = useState<BookingFieldErrors>({})
  const [serverErrors, setServerErrorsState] = useState<BookingFieldErrors>({})
  const [summary, setSummary] = useState('')
  const [submitError, setSubmitError] = useState<Error | undefined>(undefined)
  const [isSubmitting, setSubmitting] = useState(false)
  const [focusRequest, setFocusRequest] = useState(0)
  const submitting = useRef(false)

  // The draft is read after mount (sessionStorage does not exist on the
  // server, and reading it during render would mismatch hydration), and
  // only fills fields the customer can edit.
  useEffect(() => {
    if (persist !== 'session') return
    const draft = readDraft(persistKey)
    if (!draft) return
    setValues((current) => {
      const next = { ...current }
      for (const field of fields) {
        if (field.readonly || field.hidden || field.format === 'label') continue
        if (field.key in draft) next[field.key] = draft[field.key]!
      }
      return next
    })
    // Only on mount and when the key changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [persist, persistKey])
  useEffect(() => {
    if (process.env.NODE_ENV === 'production' || persist !== 'session') return
    const count = (persisting.get(persistKey) ?? 0) + 1
    persisting.set(persistKey, count)
    if (count === 2) {
      console.warn(
        `useBookingFormState: two forms keep their drafts under "${persistKey}" at once, and each would restore ` +
          "the other's input after a reload; give each its own `persistKey`.",
      )
    }
    return () => {
      persisting.set(persistKey, persisting.get(persistKey)! - 1)
    }
  }, [persist, persistKey])
  // The first values are not written: on mount they would overwrite the draft
  // before it is read back (StrictMode runs the effects twice, and the second
  // read would find the empty values).
  const mountedValues = useRef(values)
  useEffect(() => {
    if (persist === 'session' && values !== mountedValues.current) withStorage((storage) => storage.setItem(persistKey, JSON.stringify(values)))
  }, [persist, persistKey, values])
  const clearDraft = useCallback(() => withStorage((storage) => storage.removeItem(persistKey)), [persistKey])

  const errors = useMemo(() => ({ ...externalErrors, ...serverErrors, ...clientErrors }), [externalErrors, serverErrors, clientErrors])

  const show = useCallback(
    (found: BookingFieldErrors, rest: string[] = []) => {
      const titles = fields.filter((field) => field.key in found).map((field) => field.title)
      const count = titles.length
      setSummary(count > 0 ? [messages.summary({ count, titles }), ...rest].join(' ') : rest.join(' '))
      if (count > 0) setFocusRequest((n) => n + 1)
    },
    [messages, fields],
  )

  const setValue = useCallback(
    (key: string, value: BookingFieldValue) => {
      setValues((current) => ({ ...current, [key]: value }))
      // An edited field's error goes away; the others stay until the next submit.
      const drop = (current: BookingFieldErrors) => {
        if (!(key in current)) return current
        const { [key]: _dropped, ...rest } = current
        return rest
      }
      setClientErrors(drop)
      setServerErrorsState(drop)
    },
    [setValues],
  )

  const validate = useCallback(() => {
    const found = validateBookingValues(fields, values, messages)
    setClientErrors(found)
    show(found)
    return found
  }, [fields, values, messages, show])

  const setServerErrors = useCallback(
    (fieldErrors: Record<string, string[] | string>) => {
      const { errors: found, rest } = mapServerFieldErrors(fieldErrors, fields)
      setServerErrorsState(found)
      show(found, rest)
    },
    [fields, show],
  )

  const submit = useCallback(async () => {
    if (submitting.current) return false
    const found = validate()
    setServerErrorsState({})
    setSubmitError(undefined)
    if (Object.keys(found).length > 0) return false
    submitting.current = true
    setSubmitting(true)
    try {
      if ((await onSubmit?.(values)) === false) return false
      if (persist === 'session') clearDraft()
      setSummary('')
      return true
    } catch (error) {
      if (error instanceof ValidationError) {
        setServerErrors(error.fieldErrors)
      } else {
        const failure = error instanceof Error ? error : new Error(String(error))
        setSubmitError(failure)
        setSummary(failure.message)
      }
      return false
    } finally {
      submitting.current = false
      setSubmitting(false)
    }
  }, [validate, onSubmit, values, persist, clearDraft, setServerErrors])

  const resolved = useMemo<BookingFormField[]>(
    () =>
      fields.map((field) => {
        const error = errors[field.key]
        return { ...field, value: values[field.key] ?? initialValues([field])[field.key] ?? '', error, isInvalid: error !== undefined }
      }),
    [fields, values, errors],
  )

  return {
    fields: resolved,
    values,
    errors,
    summary,
    submitError,
    isSubmitting,
    focusRequest,
    messages,
    setValue,
    validate,
    submit,
    setServerErrors,
    clearDraft,
  }
}
