'use client'
import { useCallback } from 'react'
import type { Booking } from '../client/index.js'
import { useBookingAction } from '../query/useBookingMutations.js'
import type { HourCycle } from '../time/types.js'
import { getBookingTimes } from './bookingFlowMachine.js'
import { cancelBookingReducer, type CancelAction, type CancelBookingMachineState, type CancelBookingStep } from './cancelBookingMachine.js'
import { defaultCancelBookingMessages, type CancelBookingMessages } from './cancelBookingMessages.js'
import type { BookingTimeText } from './internal/bookingTimeText.js'
import { useFlowCore, useTimeText } from './internal/useFlowCore.js'

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
  const { bookingId } = options
  const flow = useFlowCore(options, {
    caller: 'CancelBooking',
    defaultMessages: defaultCancelBookingMessages,
    reducer: cancelBookingReducer,
    loaded: (booking, latest) => ({ type: 'loaded' as const, booking, action: latest.action }),
  })
  const { machine, dispatch, latest, message, send } = flow

  const act = useBookingAction()
  const confirm = useCallback(async (): Promise<Booking | undefined> => {
    if (machine.step !== 'confirming') return undefined
    const { booking, action } = machine
    return send(
      () => {
        dispatch({ type: 'confirm' })
        const note = message.trim()
        return act.mutateAsync({ id: booking.id, action, ...(note && { message: note }) })
      },
      (cancelled) => {
        dispatch({ type: 'cancelled', booking: cancelled })
        latest.current.onCancelled?.(cancelled)
      },
      (error, state) => {
        dispatch(state !== undefined ? { type: 'refused', state, error } : { type: 'failed', error })
        act.reset()
      },
    )
  }, [machine, message, act, send, dispatch, latest])

  const booking = machine.step === 'loading' ? undefined : machine.booking
  const time = useTimeText(booking ? getBookingTimes(booking) : undefined, flow)
  const resourceName = booking?.resource?.name

  return {
    step: flow.step,
    machine,
    bookingId,
    booking,
    action: machine.step === 'loading' ? undefined : machine.action,
    time,
    resources: resourceName ? [resourceName] : [],
    cancelled: machine.step === 'done' ? machine.cancelled : undefined,
    error: machine.step === 'error' || machine.step === 'refused' ? machine.error : undefined,
    refusedState: machine.step === 'refused' ? machine.state : undefined,
    retryAt: flow.retryAt,
    message,
    setMessage: flow.setMessage,
    timeZone: flow.timeZone,
    locale: flow.locale,
    hourCycle: flow.hourCycle,
    messages: flow.messages,
    confirm,
    retry: flow.retry,
  }
}
