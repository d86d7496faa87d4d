'use client'
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import type { Booking } from '../client/index.js'
import { useBookingKit } from '../query/BookingKitContext.js'
import { useBookingAction } from '../query/useBookingMutations.js'
import { useControllableState } from '../react/useControllableState.js'
import type { HourCycle } from '../time/types.js'
import { getBookingTimes } from './bookingFlowMachine.js'
import { cancelBookingReducer, type CancelAction, type CancelBookingMachineState, type CancelBookingStep } from './cancelBookingMachine.js'
import { defaultCancelBookingMessages, type CancelBookingMessages } from './cancelBookingMessages.js'
import { formatBookingTime, type BookingTimeText } from './internal/bookingTimeText.js'
import { refusedState } from './internal/refusedState.js'
import { formatRetryAt } from './internal/retryAt.js'
import { useBookingLoad } from './internal/useBookingLoad.js'

/** Options of {@link useCancelBookingState}. */
export interface UseCancelBookingStateOptions {
  /** The booking to cancel. `<…Root>` starts over when it changes; a caller of this hook remounts it (`key`). */
  bookingId: string
  /**
   * The action to send. When the booking's `possible_actions` lack it, the
   * flow is refused.
   * @default `cancel_by_customer` if possible, else `cancel`
   */
  action?: CancelAction
  /** The message to the host, controlled. */
  message?: string
  /** @default '' */
  defaultMessage?: string
  onMessageChange?: (message: string) => void
  hourCycle?: HourCycle
  messages?: Partial<CancelBookingMessages>
  /** The step changed. */
  onStepChange?: (step: CancelBookingStep) => void
  /** The booking is cancelled. */
  onCancelled?: (booking: Booking) => void
  /** Loading or sending failed (a refused 422 included). */
  onError?: (error: Error) => void
}

/** What {@link useCancelBookingState} returns. */
export interface CancelBookingState {
  step: CancelBookingStep
  machine: CancelBookingMachineState
  bookingId: string
  /** The booking as it was loaded; undefined while loading. */
  booking: Booking | undefined
  /** The action the confirmation sends; undefined while loading or when none is possible. */
  action: CancelAction | undefined
  /** The booking's time in the customer's zone. */
  time: BookingTimeText | undefined
  /** Who the booking is with. */
  resources: string[]
  /** The booking after the cancel. */
  cancelled: Booking | undefined
  error: Error | undefined
  /** After a 429: when to try again, in the customer's zone, if the server said. */
  retryAt: string | undefined
  /** On the refused step: the booking's state that does not allow a cancel. */
  refusedState: string | undefined
  message: string
  setMessage: (message: string) => void
  timeZone: string
  locale: string
  hourCycle: HourCycle | undefined
  messages: CancelBookingMessages
  /** Sends the cancel; resolves with the cancelled booking, or undefined when it failed (the step says why). */
  confirm(): Promise<Booking | undefined>
  /** After a failure: back to the confirmation (a send) or load again (a load). */
  retry(): void
}

/**
 * Cancelling as a state machine with no DOM: load the booking, offer only a
 * cancel action its `possible_actions` allow, confirm with an optional
 * message, and land on done, refused (naming the booking's state) or error.
 */
export function useCancelBookingState(options: UseCancelBookingStateOptions): CancelBookingState {
  const { bookingId, hourCycle } = options
  const { timeZone, locale } = useBookingKit()
  const messages = useMemo(() => ({ ...defaultCancelBookingMessages, ...options.messages }), [options.messages])
  const [machine, dispatch] = useReducer(cancelBookingReducer, { step: 'loading' })
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })
  const [message, setMessage] = useControllableState({
    prop: options.message,
    defaultProp: options.defaultMessage ?? '',
    onChange: options.onMessageChange,
    caller: 'CancelBooking',
  })
  const { reload } = useBookingLoad(
    bookingId,
    machine.step === 'loading',
    (booking) => dispatch({ type: 'loaded', booking, action: latest.current.action }),
    (error) => {
      dispatch({ type: 'loadFailed', error })
      latest.current.onError?.(error)
    },
  )

  const step = machine.step
  const previousStep = useRef(step)
  useEffect(() => {
    if (previousStep.current === step) return
    previousStep.current = step
    latest.current.onStepChange?.(step)
  }, [step])

  const act = useBookingAction()
  // Set synchronously: a second call before React re-renders (a double click
  // in one frame) sees it, where the closure's `machine` is still `confirming`.
  const sending = useRef(false)
  const [retryAt, setRetryAt] = useState<string | undefined>(undefined)
  const confirm = useCallback(async (): Promise<Booking | undefined> => {
    if (machine.step !== 'confirming' || sending.current) return undefined
    sending.current = true
    const { booking, action } = machine
    dispatch({ type: 'confirm' })
    const note = message.trim()
    try {
      const cancelled = await act.mutateAsync({ id: booking.id, action, ...(note && { message: note }) })
      dispatch({ type: 'cancelled', booking: cancelled })
      latest.current.onCancelled?.(cancelled)
      return cancelled
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error))
      latest.current.onError?.(failure)
      setRetryAt(formatRetryAt(failure, { timeZone, locale, hourCycle }))
      const state = refusedState(failure)
      dispatch(state !== undefined ? { type: 'refused', state, error: failure } : { type: 'failed', error: failure })
      act.reset()
      return undefined
    } finally {
      sending.current = false
    }
  }, [machine, message, act, timeZone, locale, hourCycle])

  const retry = useCallback(() => {
    if (machine.step === 'error' && !machine.booking) reload()
    dispatch({ type: 'retry' })
  }, [machine, reload])

  const booking = machine.step === 'loading' ? undefined : machine.booking
  const range = booking ? getBookingTimes(booking) : undefined
  const start = range?.start
  const end = range?.end
  const time = useMemo(
    () => (start && end ? formatBookingTime({ start, end }, { timeZone, locale, hourCycle }) : undefined),
    [start, end, timeZone, locale, hourCycle],
  )
  const resourceName = booking?.resource?.name

  return {
    step,
    machine,
    bookingId,
    booking,
    action: machine.step === 'loading' ? undefined : machine.action,
    time,
    resources: resourceName ? [resourceName] : [],
    cancelled: machine.step === 'done' ? machine.cancelled : undefined,
    error: machine.step === 'error' || machine.step === 'refused' ? machine.error : undefined,
    refusedState: machine.step === 'refused' ? machine.state : undefined,
    retryAt: machine.step === 'error' ? retryAt : undefined,
    message,
    setMessage,
    timeZone,
    locale,
    hourCycle,
    messages,
    confirm,
    retry,
  }
}
