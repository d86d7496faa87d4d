'use client'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { SlotTakenError, ValidationError, type Booking, type CreateBookingInput, type Slot } from '../client/index.js'
import type { AvailabilitySearch, AvailabilityWindow } from '../query/availabilityWindow.js'
import { useBookingKit } from '../query/BookingKitContext.js'
import { useCreateBooking } from '../query/useBookingMutations.js'
import { useSlotAlternatives } from '../query/useSlotAlternatives.js'
import type { HourCycle } from '../time/types.js'
import { buildBookingPayload, DEFAULT_BOOKING_FIELDS, initialValues, type BookingField, type BookingFormValues } from './bookingFields.js'
import { defaultBookingFlowMessages, type BookingFlowMessages } from './bookingFlowMessages.js'
import { bookingFlowReducer, getBookingTimes, type BookingFlowEvent, type BookingFlowMachineState, type BookingFlowStep } from './bookingFlowMachine.js'
import { formatBookingTime, type BookingTimeText } from './internal/bookingTimeText.js'
import { formatRetryInstant, retryAtInstant } from './internal/retryAt.js'
import { useControllableState } from '../react/useControllableState.js'

/** What the booking needs besides the slot and the customer's input (booking-js's `booking` config). */
export interface BookingFlowBookingOptions {
  /** @default 'instant' (`'confirm_decline'` waits for the host) */
  graph?: CreateBookingInput['graph']
  what?: string
  where?: string
  project_id?: string
  /** @default the chosen slot's first resource */
  resourceId?: string
}

/** Options of {@link useBookingFlowState}. */
export interface UseBookingFlowStateOptions {
  /** The availability search of the slot step. */
  search: AvailabilitySearch
  /** The customer's fields. @default name and e-mail, required */
  fields?: readonly BookingField[]
  booking?: BookingFlowBookingOptions
  /** The customer's input, controlled. */
  values?: BookingFormValues
  defaultValues?: BookingFormValues
  onValuesChange?: (values: BookingFormValues) => void
  /** Keep a draft of the input in `sessionStorage` (removed after a booking). @default false */
  persist?: 'session' | false
  /** The draft's storage key: two persisting flows on one page need two. @default 'react-booking-kit:draft' */
  persistKey?: string
  /**
   * The host page submits (booking-js's `disable_confirm_page`): choosing a
   * slot stays on the slot step and hands `{ slot, book }` to `onSlotSelect`.
   * @default false
   */
  hostSubmits?: boolean
  hourCycle?: HourCycle
  messages?: Partial<BookingFlowMessages>
  /** The step changed. */
  onStepChange?: (step: BookingFlowStep) => void
  /** A slot was chosen; `book(values)` submits it (for `hostSubmits`). */
  onSlotSelect?: (args: { slot: Slot; book: (values: BookingFormValues) => Promise<Booking | undefined> }) => void
  /** Just before sending: return a changed payload, or `false` to cancel. */
  onSubmit?: (payload: CreateBookingInput) => CreateBookingInput | false | void | Promise<CreateBookingInput | false | void>
  /** The booking was created. */
  onBooked?: (booking: Booking) => void
  /** The booking failed (any error, 409 and 422 included). */
  onBookingError?: (error: Error) => void
  /** The slot was taken meanwhile (409). */
  onSlotTaken?: (args: { slot: Slot; error: Error }) => void
  /** The customer changed their zone. */
  onTimeZoneChange?: (timeZone: string) => void
  /** The shown window changed. */
  onWindowChange?: (window: Required<AvailabilityWindow>) => void
}

/** The chosen or booked time, formatted in the customer's zone and locale. */
export interface BookingFlowTime extends BookingTimeText {
  /** Who it is with (team slots, or the booked resource). */
  resources: string[]
}

/** What {@link useBookingFlowState} returns: the machine's state, derived values and commands. */
export interface BookingFlowState {
  step: BookingFlowStep
  machine: BookingFlowMachineState
  search: AvailabilitySearch
  fields: readonly BookingField[]
  /** The chosen slot, or null on the slot step before a choice. */
  slot: Slot | null
  /** The chosen (then booked) time, formatted; undefined before a choice. */
  time: BookingFlowTime | undefined
  booking: Booking | undefined
  error: Error | undefined
  /** After a 409: the nearest free slots of the same length. */
  alternatives: Slot[]
  isLoadingAlternatives: boolean
  /** After a 429: when to retry, formatted in the customer's zone, if the server said. */
  retryAt: string | undefined
  values: BookingFormValues
  setValues: (values: BookingFormValues) => void
  /** The window to show when the slot step mounts again (kept across steps). */
  window: Required<AvailabilityWindow> | undefined
  setWindow: (window: Required<AvailabilityWindow>) => void
  messages: BookingFlowMessages
  hostSubmits: boolean
  persist: 'session' | false
  persistKey: string | undefined
  hourCycle: HourCycle | undefined
  chooseSlot(slot: Slot): void
  back(): void
  /** Books the chosen slot with these values; a 422 rejects (the form shows it), other failures move to a step. */
  book(values: BookingFormValues): Promise<Booking | undefined>
  retry(): void
  restart(): void
}

/**
 * Who the meeting is with: in mutual mode the whole team; otherwise the one
 * resource booked (the booking's, else the one the payload will name), not
 * everyone an exclusive slot lists as free.
 */
function names(slot: Slot | null, mode: string | undefined, resourceId: string | undefined, booking?: Booking): string[] {
  const named = (list: ReadonlyArray<{ name?: string | null | undefined }>) =>
    list.map((r) => r.name).filter((n): n is string => !!n)
  const resources = slot?.resources ?? []
  if (mode === 'mutual') return named(resources)
  if (booking?.resource?.name) return [booking.resource.name]
  const id = resourceId ?? resources[0]?.id
  return named(resources.filter((r) => r.id === id))
}

/**
 * The whole booking as a state machine with no DOM: choose a slot, fill the
 * details, submit, and land on confirmed, pending, slotTaken (with
 * alternatives) or error (retry). The customer's input lives here, so it
 * survives every step, failure, zone change and window change.
 */
export function useBookingFlowState(options: UseBookingFlowStateOptions): BookingFlowState {
  const { search, fields = DEFAULT_BOOKING_FIELDS, hostSubmits = false, hourCycle } = options
  const { timeZone, locale } = useBookingKit()
  const messages = useMemo(() => ({ ...defaultBookingFlowMessages, ...options.messages }), [options.messages])
  const [values, setValues] = useControllableState<BookingFormValues>({
    prop: options.values,
    defaultProp: { ...initialValues(fields), ...options.defaultValues },
    onChange: options.onValuesChange,
    caller: 'BookingFlow',
  })
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })
  // The reducer runs in the event, not in render: onStepChange hears every
  // step, `submitting` included, even when a fast answer lands before React
  // renders it.
  const [machine, setMachine] = useState<BookingFlowMachineState>({ step: 'choosing', slot: null })
  const machineRef = useRef(machine)
  // Several events are one transition (the host's book(): choose and submit).
  const dispatch = useCallback((...events: BookingFlowEvent[]) => {
    const before = machineRef.current
    const next = events.reduce(bookingFlowReducer, before)
    if (next === before) return
    machineRef.current = next
    setMachine(next)
    if (next.step !== before.step) latest.current.onStepChange?.(next.step)
  }, [])
  const [window, setWindowState] = useState<Required<AvailabilityWindow> | undefined>(undefined)
  const setWindow = useCallback((next: Required<AvailabilityWindow>) => {
    setWindowState(next)
    latest.current.onWindowChange?.(next)
  }, [])
  // Kept as an instant and formatted in render, so a zone change after a 429
  // shows the retry time in the new zone.
  const [retryAtMs, setRetryAt] = useState<number | undefined>(undefined)
  const retryAt = useMemo(
    () => (retryAtMs === undefined ? undefined : formatRetryInstant(retryAtMs, { timeZone, locale, hourCycle })),
    [retryAtMs, locale, timeZone, hourCycle],
  )

  const creation = useCreateBooking()
  // One object per taken slot: useSlotAlternatives pins "now" per object, and a
  // new one on every render would set state in render forever.
  const taken = useMemo(
    () => (machine.step === 'slotTaken' ? { start: machine.slot.start, end: machine.slot.end, resource_id: machine.slot.resources[0]?.id ?? '' } : undefined),
    [machine],
  )
  const alternativesQuery = useSlotAlternatives(taken, { search })

  const step = machine.step
  // The zone changes outside the flow's events (the provider's TimeZoneSelect).
  const lastZone = useRef(timeZone)
  useEffect(() => {
    if (lastZone.current === timeZone) return
    lastZone.current = timeZone
    latest.current.onTimeZoneChange?.(timeZone)
  }, [timeZone])

  const slot = machine.slot
  const book = useCallback(
    async (input: BookingFormValues, chosen: Slot | null = slot): Promise<Booking | undefined> => {
      if (!chosen) throw new Error(process.env.NODE_ENV !== 'production' ? 'BookingFlow: book() needs a chosen slot.' : 'BookingFlow.book: no slot')
      // Sent only from a step that can submit: a second book() while one is in
      // flight (a host page's double click) or an old book() over a finished
      // booking sends nothing, so no answer lands on a flow that would drop it.
      const events: BookingFlowEvent[] = hostSubmits ? [{ type: 'choose', slot: chosen }, { type: 'submit' }] : [{ type: 'submit' }]
      const canSubmit = () =>
        machineRef.current.step !== 'submitting' && events.reduce(bookingFlowReducer, machineRef.current).step === 'submitting'
      if (!canSubmit()) return undefined
      const current = latest.current
      let payload: CreateBookingInput = buildBookingPayload(current.fields ?? DEFAULT_BOOKING_FIELDS, input, {
        slot: chosen,
        timeZone,
        ...current.booking,
      })
      const changed = await current.onSubmit?.(payload)
      if (changed === false) return undefined
      if (changed) payload = changed
      // onSubmit may have taken a while: the customer may have gone back meanwhile.
      if (!canSubmit()) return undefined
      // The host's values are the customer's input: the result names their e-mail.
      if (hostSubmits) setValues(input)
      dispatch(...events)
      setRetryAt(undefined)
      try {
        const booking = await creation.mutateAsync(payload)
        dispatch({ type: 'booked', booking })
        current.onBooked?.(booking)
        return booking
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error))
        current.onBookingError?.(failure)
        if (failure instanceof ValidationError) {
          dispatch({ type: 'invalid' })
          creation.reset()
          // The form puts the field errors on its fields.
          throw failure
        }
        if (failure instanceof SlotTakenError) {
          dispatch({ type: 'slotTaken', error: failure })
          current.onSlotTaken?.({ slot: chosen, error: failure })
        } else {
          // Read in the event, not during render: when to come back.
          setRetryAt(retryAtInstant(failure))
          dispatch({ type: 'failed', error: failure })
        }
        creation.reset()
        return undefined
      }
    },
    [slot, timeZone, hostSubmits, creation, dispatch, setValues],
  )

  const chooseSlot = useCallback(
    (chosen: Slot) => {
      latest.current.onSlotSelect?.({ slot: chosen, book: (input) => book(input, chosen) })
      if (!hostSubmits) dispatch({ type: 'choose', slot: chosen })
    },
    [book, hostSubmits, dispatch],
  )

  // Only the confirmed and pending steps hold a booking, only slotTaken and error an error.
  const booking = 'booking' in machine ? machine.booking : undefined
  const time = useMemo<BookingFlowTime | undefined>(() => {
    const times = booking ? getBookingTimes(booking) : undefined
    const range = times ?? (slot ? { start: slot.start, end: slot.end } : undefined)
    if (!range) return undefined
    return {
      ...formatBookingTime(range, { timeZone, locale, hourCycle }),
      resources: names(slot, search.mode, options.booking?.resourceId, booking),
    }
  }, [booking, slot, timeZone, locale, hourCycle, search.mode, options.booking?.resourceId])

  return {
    step,
    machine,
    search,
    fields,
    slot,
    time,
    booking,
    error: 'error' in machine ? machine.error : undefined,
    alternatives: taken ? (alternativesQuery.data ?? []) : [],
    isLoadingAlternatives: taken !== undefined && alternativesQuery.isFetching,
    retryAt,
    values,
    setValues,
    window,
    setWindow,
    messages,
    hostSubmits,
    persist: options.persist ?? false,
    persistKey: options.persistKey,
    hourCycle,
    chooseSlot,
    back: useCallback(() => dispatch({ type: 'back' }), [dispatch]),
    book: useCallback((input: BookingFormValues) => book(input), [book]),
    retry: useCallback(() => dispatch({ type: 'retry' }), [dispatch]),
    restart: useCallback(() => dispatch({ type: 'restart' }), [dispatch]),
  }
}
