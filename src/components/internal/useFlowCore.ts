'use client'
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type Reducer } from 'react'
import type { Booking } from '../../client/index.js'
import { useBookingKit } from '../../query/BookingKitContext.js'
import { useControllableState } from '../../react/useControllableState.js'
import type { HourCycle } from '../../time/types.js'
import { formatBookingTime } from './bookingTimeText.js'
import { refusedState } from './refusedState.js'
import { formatRetryInstant, retryAtInstant } from './retryAt.js'
import { useBookingLoad } from './useBookingLoad.js'

/** The options every booking-link flow (reschedule, cancel) takes. */
export interface FlowCoreOptions<TStep extends string, TMessages> {
  bookingId: string
  message?: string | undefined
  defaultMessage?: string | undefined
  onMessageChange?: ((message: string) => void) | undefined
  hourCycle?: HourCycle | undefined
  messages?: Partial<TMessages> | undefined
  onStepChange?: ((step: TStep) => void) | undefined
  onError?: ((error: Error) => void) | undefined
}

/** The machine shape the core drives: a `loading` step, then a loaded booking; an `error` step may lack it (a failed load). */
type FlowMachineState = { step: 'loading' } | { step: string; booking?: Booking | undefined }

/** The events every flow's reducer takes from the core. */
type FlowCoreEvent = { type: 'loadFailed'; error: Error } | { type: 'retry' }

/**
 * The part of a booking-link flow that does not depend on what it sends:
 * messages, the controlled message to the host, loading the booking, step
 * callbacks, retry, and a `send` that reports failures and keeps a second
 * call (a double click in one frame) from sending twice.
 */
export function useFlowCore<
  TState extends FlowMachineState,
  TEvent extends { type: string },
  TMessages,
  TOptions extends FlowCoreOptions<TState['step'], TMessages>,
>(
  options: TOptions,
  config: {
    caller: string
    defaultMessages: TMessages
    reducer: Reducer<TState, TEvent>
    loaded: (booking: Booking, options: TOptions) => NoInfer<TEvent>
  },
) {
  const { bookingId, hourCycle } = options
  const { timeZone, locale } = useBookingKit()
  const messages = useMemo(() => ({ ...config.defaultMessages, ...options.messages }), [config.defaultMessages, options.messages])
  const [machine, dispatch] = useReducer(config.reducer, { step: 'loading' } as TState)
  const core = dispatch as (event: FlowCoreEvent) => void
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })
  const [message, setMessage] = useControllableState({
    prop: options.message,
    defaultProp: options.defaultMessage ?? '',
    onChange: options.onMessageChange,
    caller: config.caller,
  })
  const { loaded } = config
  const { reload } = useBookingLoad(
    bookingId,
    machine.step === 'loading',
    (booking) => dispatch(loaded(booking, latest.current)),
    (error) => {
      core({ type: 'loadFailed', error })
      latest.current.onError?.(error)
    },
  )

  const step: TState['step'] = machine.step
  const previousStep = useRef(step)
  useEffect(() => {
    if (previousStep.current === step) return
    previousStep.current = step
    latest.current.onStepChange?.(step)
  }, [step])

  // Set synchronously: a second call before React re-renders (a double click
  // in one frame) sees it, where the closure's `machine` is still `confirming`.
  const sending = useRef(false)
  // Kept as an instant and formatted in render, as BookingFlow does: a zone
  // change after a 429 shows the retry time in the new zone.
  const [retryAtMs, setRetryAt] = useState<number | undefined>(undefined)
  const retryAt = useMemo(
    () => (retryAtMs === undefined ? undefined : formatRetryInstant(retryAtMs, { timeZone, locale, hourCycle })),
    [retryAtMs, timeZone, locale, hourCycle],
  )
  const send = useCallback(
    async <TResult>(
      request: () => Promise<TResult>,
      onDone: (result: TResult) => void,
      onFailed: (failure: Error, refused: string | undefined) => void,
    ): Promise<TResult | undefined> => {
      if (sending.current) return undefined
      sending.current = true
      try {
        const result = await request()
        onDone(result)
        return result
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error))
        latest.current.onError?.(failure)
        setRetryAt(retryAtInstant(failure))
        onFailed(failure, refusedState(failure))
        return undefined
      } finally {
        sending.current = false
      }
    },
    [],
  )

  const retry = useCallback(() => {
    if (machine.step === 'error' && !('booking' in machine && machine.booking)) reload()
    core({ type: 'retry' })
  }, [machine, reload, core])

  return {
    machine,
    dispatch,
    latest,
    step,
    messages,
    message,
    setMessage,
    timeZone,
    locale,
    hourCycle,
    send,
    retry,
    /** After a 429: when to try again; only on the error step. */
    retryAt: machine.step === 'error' ? retryAt : undefined,
  }
}

/** A range formatted once per change of its ends, zone, locale or clock. */
export function useTimeText(
  range: { start: string; end: string } | undefined,
  options: { timeZone: string; locale: string; hourCycle: HourCycle | undefined },
) {
  const start = range?.start
  const end = range?.end
  const { timeZone, locale, hourCycle } = options
  return useMemo(
    () => (start && end ? formatBookingTime({ start, end }, { timeZone, locale, hourCycle }) : undefined),
    [start, end, timeZone, locale, hourCycle],
  )
}
