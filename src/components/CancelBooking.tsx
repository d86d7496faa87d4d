'use client'
import type { JSX } from 'react'
import { createPartContext } from '../react/createPartContext.js'
import { flowCommonParts, flowErrorText, flowPart, flowRoot, flowStep, type FlowChildren, type FlowPartProps } from './internal/flowParts.js'
import { useCancelBooking, type CancelBookingAria } from './useCancelBooking.js'
import { useCancelBookingState, type CancelBookingState, type UseCancelBookingStateOptions } from './useCancelBookingState.js'

interface CancelBookingContextValue {
  state: CancelBookingState
  aria: CancelBookingAria
}
const [CancelContext, useCancelContext] = createPartContext<CancelBookingContextValue>('CancelBooking.Root')
export { useCancelContext as useCancelBookingContext }

/** Props of {@link CancelBooking.Root}. */
export interface CancelBookingRootProps extends UseCancelBookingStateOptions, Omit<FlowPartProps<CancelBookingState, 'div'>, 'onError'> {
  /** @default every step's default parts */
  children?: FlowChildren<CancelBookingState>
}

const Root = flowRoot<UseCancelBookingStateOptions, CancelBookingState, CancelBookingAria>(
  ['action', 'onCancelled'],
  CancelContext,
  useCancelBookingState,
  useCancelBooking,
  DefaultSteps,
) as (props: CancelBookingRootProps) => JSX.Element

function DefaultSteps() {
  return (
    <>
      <StepHeading />
      <Step when="loading">
        <Loading />
      </Step>
      <Step when={['confirming', 'submitting']}>
        <Summary />
        <div>
          <MessageLabel />
          <Message />
          <MessageHint />
        </div>
        <Confirm />
      </Step>
      <Step when="done">
        <Result />
      </Step>
      <Step when="refused">
        <Summary />
        <ErrorMessage />
      </Step>
      <Step when="error">
        <ErrorMessage />
        <Retry />
      </Step>
    </>
  )
}

/** Renders its children only on the given step(s). */
const Step = flowStep<CancelBookingState>('CancelBooking.Step', useCancelContext)

const timeArgs = (state: CancelBookingState) =>
  state.time ? { day: state.time.day, time: state.time.time, timeZone: state.time.timeZoneName } : undefined

/** The current step's heading (`<h2 tabIndex={-1}>`): it takes focus when its step opens. */
const StepHeading = flowPart('CancelBooking.StepHeading', 'h2', useCancelContext, (c, p) => c.aria.getHeadingProps(p), ({ state: { step, messages: m } }) =>
  ({
    loading: m.loadingTitle,
    confirming: m.confirmTitle,
    submitting: m.confirmTitle,
    done: m.doneTitle,
    refused: m.refusedTitle,
    error: m.errorTitle,
  })[step],
)
const { Loading, MessageLabel, Message, MessageHint, Retry } = flowCommonParts('CancelBooking', useCancelContext)
/** The booking's time in the customer's zone, and who it is with. */
const Summary = flowPart('CancelBooking.Summary', 'p', useCancelContext, (c, p) => c.aria.getSummaryProps(p), ({ state }) => {
  const time = timeArgs(state)
  return time ? state.messages.summary({ ...time, resources: state.resources }) : null
})
/** Sends the cancel (`aria-disabled` while sending). */
const Confirm = flowPart('CancelBooking.Confirm', 'button', useCancelContext, (c, p) => c.aria.getConfirmProps(p), ({ state }) =>
  state.step === 'submitting' ? state.messages.submitting : state.messages.confirm,
)
/** The cancelled booking: a polite status. */
const Result = flowPart('CancelBooking.Result', 'p', useCancelContext, (c, p) => c.aria.getResultProps(p), ({ state }) => {
  const time = timeArgs(state)
  return state.step === 'done' && time ? state.messages.done(time) : null
})
/** A refusal naming the booking's state, or a failure: an alert. */
const ErrorMessage = flowPart('CancelBooking.Error', 'p', useCancelContext, (c, p) => c.aria.getErrorProps(p), ({ state }) => flowErrorText(state))

/**
 * Headless cancellation as parts: load the booking, show what is being
 * cancelled, take an optional message, confirm, and show the result; a state
 * that refuses the cancel is named. The step is `data-step`.
 */
export const CancelBooking = { Root, Step, StepHeading, Loading, Summary, MessageLabel, Message, MessageHint, Confirm, Retry, Result, Error: ErrorMessage }
