'use client'
import { useCallback, useMemo, useState } from 'react'
import { SlotTakenError, type Booking, type Slot } from '../client/index.js'
import type { AvailabilitySearch, AvailabilityWindow } from '../query/availabilityWindow.js'
import { useRescheduleBooking } from '../query/useBookingMutations.js'
import { useSlotAlternatives } from '../query/useSlotAlternatives.js'
import type { HourCycle } from '../time/types.js'
import { getBookingTimes } from './bookingFlowMachine.js'
import type { BookingTimeText } from './internal/bookingTimeText.js'
import { useFlowCore, useTimeText } from './internal/useFlowCore.js'
import { defaultRescheduleFlowMessages, type RescheduleFlowMessages } from './rescheduleFlowMessages.js'
import { rescheduleFlowReducer, type RescheduleFlowMachineState, type RescheduleFlowStep } from './rescheduleFlowMachine.js'

/** Options of {@link useRescheduleFlowState}. */
export interface UseRescheduleFlowStateOptions {
  /** The booking to move (booking-js's hosted page links `?uuid=…&action=reschedule`). `<…Root>` starts over when it changes; a caller of this hook remounts it (`key`). */
  bookingId: string
  /**
   * Where the new time is searched.
   * @default the booking's resource and length, mode `roundrobin_random`
   */
  search?: AvailabilitySearch
  /** The message to the host, controlled. */
  message?: string
  /** @default '' */
  defaultMessage?: string
  onMessageChange?: (message: string) => void
  hourCycle?: HourCycle
  messages?: Partial<RescheduleFlowMessages>
  /** The step changed. */
  onStepChange?: (step: RescheduleFlowStep) => void
  /** The booking moved; it keeps its id. */
  onRescheduled?: (booking: Booking) => void
  /** Loading or sending failed (a 409 and a refused 422 included). */
  onError?: (error: Error) => void
}

/** What {@link useRescheduleFlowState} returns: the machine's state, derived values and commands. */
export interface RescheduleFlowState {
  step: RescheduleFlowStep
  machine: RescheduleFlowMachineState
  bookingId: string
  /** The booking as it was loaded (its old time stays after the move); undefined while loading. */
  booking: Booking | undefined
  /** The search of the slot step; undefined until the booking is loaded. */
  search: AvailabilitySearch | undefined
  /** The chosen new slot. */
  slot: Slot | null
  /** The booking's time before the move, in the customer's zone. */
  oldTime: BookingTimeText | undefined
  /** The chosen (then booked) new time, in the customer's zone. */
  newTime: BookingTimeText | undefined
  /** The booking after the move. */
  rescheduled: Booking | undefined
  error: Error | undefined
  /** After a 429: when to try again, in the customer's zone, if the server said. */
  retryAt: string | undefined
  /** On the refused step: the booking's state that does not allow a move. */
  refusedState: string | undefined
  /** After a 409: the nearest free slots of the same length. */
  alternatives: Slot[]
  isLoadingAlternatives: boolean
  /** The message to the host. */
  message: string
  setMessage: (message: string) => void
  /** The window to show when the slot step mounts again (kept across steps). */
  window: Required<AvailabilityWindow> | undefined
  setWindow: (window: Required<AvailabilityWindow>) => void
  /** The customer's zone and locale, from the provider. */
  timeZone: string
  locale: string
  hourCycle: HourCycle | undefined
  messages: RescheduleFlowMessages
  chooseSlot(slot: Slot): void
  back(): void
  /** Sends the reschedule of the chosen slot; resolves with the moved booking, or undefined when it failed (the step says why). */
  submit(): Promise<Booking | undefined>
  /** After a failure: back to the confirmation (a send) or load again (a load). */
  retry(): void
}

function lengthOf(booking: Booking): string | undefined {
  const times = getBookingTimes(booking)
  if (!times) return undefined
  const minutes = Math.round((Date.parse(times.end) - Date.parse(times.start)) / 60_000)
  return minutes > 0 ? `${minutes} minutes` : undefined
}

/**
 * Rescheduling as a state machine with no DOM: load the booking, check that
 * its `possible_actions` allow a move, choose a new slot, confirm with a
 * message to the host, and land on done, slotTaken (with alternatives),
 * refused (naming the booking's state) or error (retry).
 */
export function useRescheduleFlowState(options: UseRescheduleFlowStateOptions): RescheduleFlowState {
  const { bookingId } = options
  const flow = useFlowCore(options, {
    caller: 'RescheduleFlow',
    defaultMessages: defaultRescheduleFlowMessages,
    reducer: rescheduleFlowReducer,
    loaded: (booking) => ({ type: 'loaded' as const, booking }),
  })
  const { machine, dispatch, latest, message, send } = flow
  const [window, setWindow] = useState<Required<AvailabilityWindow> | undefined>(undefined)

  const booking = machine.step === 'loading' ? undefined : machine.booking
  const search = useMemo<AvailabilitySearch | undefined>(() => {
    if (options.search) return options.search
    if (!booking) return undefined
    const length = lengthOf(booking)
    return { mode: 'roundrobin_random', resources: booking.resource ? [booking.resource.id] : [], ...(length && { length }) }
  }, [options.search, booking])

  const slot = machine.step === 'loading' ? null : machine.slot
  // One object per 409: useSlotAlternatives pins its clock to the identity of `taken`.
  const takenSlot = machine.step === 'slotTaken' ? machine.slot : undefined
  const taken = useMemo(
    () => (takenSlot ? { start: takenSlot.start, end: takenSlot.end, resource_id: takenSlot.resources[0]?.id ?? '' } : undefined),
    [takenSlot],
  )
  const alternativesQuery = useSlotAlternatives(taken, { search })

  const reschedule = useRescheduleBooking()
  const submit = useCallback(async (): Promise<Booking | undefined> => {
    if (machine.step !== 'confirming') return undefined
    const { booking: current, slot: chosen } = machine
    return send(
      () => {
        dispatch({ type: 'submit' })
        const note = message.trim()
        return reschedule.mutateAsync({
          id: current.id,
          start: chosen.start,
          end: chosen.end,
          resource_id: chosen.resources[0]?.id ?? current.resource?.id ?? '',
          ...(note && { message: note }),
        })
      },
      (moved) => {
        dispatch({ type: 'rescheduled', booking: moved })
        latest.current.onRescheduled?.(moved)
      },
      (error, state) => {
        if (state !== undefined) dispatch({ type: 'refused', state, error })
        else if (error instanceof SlotTakenError) dispatch({ type: 'slotTaken', error })
        else dispatch({ type: 'failed', error })
        reschedule.reset()
      },
    )
  }, [machine, message, reschedule, send, dispatch, latest])

  const rescheduled = machine.step === 'done' ? machine.rescheduled : undefined
  const oldTime = useTimeText(booking ? getBookingTimes(booking) : undefined, flow)
  const newTime = useTimeText((rescheduled && getBookingTimes(rescheduled)) ?? (slot ? { start: slot.start, end: slot.end } : undefined), flow)

  return {
    step: flow.step,
    machine,
    bookingId,
    booking,
    search,
    slot,
    oldTime,
    newTime,
    rescheduled,
    error: machine.step === 'error' || machine.step === 'slotTaken' || machine.step === 'refused' ? machine.error : undefined,
    refusedState: machine.step === 'refused' ? machine.state : undefined,
    retryAt: flow.retryAt,
    alternatives: taken ? (alternativesQuery.data ?? []) : [],
    isLoadingAlternatives: taken !== undefined && alternativesQuery.isFetching,
    message,
    setMessage: flow.setMessage,
    window,
    setWindow,
    timeZone: flow.timeZone,
    locale: flow.locale,
    hourCycle: flow.hourCycle,
    messages: flow.messages,
    chooseSlot: useCallback((chosen: Slot) => dispatch({ type: 'choose', slot: chosen }), [dispatch]),
    back: useCallback(() => dispatch({ type: 'back' }), [dispatch]),
    submit,
    retry: flow.retry,
  }
}
