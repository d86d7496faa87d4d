'use client'
import type { JSX, ReactNode } from 'react'
import type { Slot } from '../client/index.js'
import { createPartContext } from '../react/createPartContext.js'
import { dataAttributes, resolveStyling } from '../react/partProps.js'
import { flowCommonParts, flowErrorText, flowPart, flowRoot, flowStep, type FlowChildren, type FlowPartProps } from './internal/flowParts.js'
import { FlowSlots } from './internal/FlowSlots.js'
import { Part } from './internal/Part.js'
import { SlotPicker, type SlotPickerRootProps } from './SlotPicker.js'
import { useRescheduleFlow, type RescheduleAlternativeState, type RescheduleFlowAria } from './useRescheduleFlow.js'
import { useRescheduleFlowState, type RescheduleFlowState, type UseRescheduleFlowStateOptions } from './useRescheduleFlowState.js'

interface RescheduleFlowContextValue {
  state: RescheduleFlowState
  aria: RescheduleFlowAria
}
const [FlowContext, useFlowContext] = createPartContext<RescheduleFlowContextValue>('RescheduleFlow.Root')
export { useFlowContext as useRescheduleFlowContext }

type PartPropsOf<TTag extends 'div' | 'p' | 'h2' | 'button' | 'label' | 'textarea' | 'ul'> = FlowPartProps<RescheduleFlowState, TTag>

/** Props of {@link RescheduleFlow.Root}. */
export interface RescheduleFlowRootProps extends UseRescheduleFlowStateOptions, Omit<PartPropsOf<'div'>, 'onError'> {
  /** @default every step's default parts */
  children?: FlowChildren<RescheduleFlowState>
}

const Root = flowRoot<UseRescheduleFlowStateOptions, RescheduleFlowState, RescheduleFlowAria>(
  ['search', 'onRescheduled'],
  FlowContext,
  useRescheduleFlowState,
  useRescheduleFlow,
  DefaultSteps,
) as (props: RescheduleFlowRootProps) => JSX.Element

function DefaultSteps() {
  return (
    <>
      <StepHeading />
      <Step when="loading">
        <Loading />
      </Step>
      <Step when="choosing">
        <OldTime />
        <Slots />
      </Step>
      <Step when={['confirming', 'submitting']}>
        <OldTime />
        <NewTime />
        <div>
          <MessageLabel />
          <Message />
          <MessageHint />
        </div>
        <Submit /> <Back />
      </Step>
      <Step when="done">
        <Result />
      </Step>
      <Step when="slotTaken">
        <ErrorMessage />
        <Alternatives />
        <Back />
      </Step>
      <Step when="refused">
        <OldTime />
        <ErrorMessage />
      </Step>
      <Step when="error">
        <ErrorMessage />
        <Retry />
        <BackWhenLoaded />
      </Step>
    </>
  )
}

// After a failed load there are no slots to go back to.
function BackWhenLoaded() {
  const { state } = useFlowContext('RescheduleFlow.Back')
  return state.booking ? <Back /> : null
}

/** Renders its children only on the given step(s). */
const Step = flowStep<RescheduleFlowState>('RescheduleFlow.Step', useFlowContext)

const time = (args: { day: string; time: string; timeZoneName: string }) => ({ day: args.day, time: args.time, timeZone: args.timeZoneName })

/** The current step's heading (`<h2 tabIndex={-1}>`): it takes focus when its step opens. */
const StepHeading = flowPart('RescheduleFlow.StepHeading', 'h2', useFlowContext, (c, p) => c.aria.getHeadingProps(p), ({ state: { step, messages: m } }) =>
  ({
    loading: m.loadingTitle,
    choosing: m.chooseTitle,
    confirming: m.confirmTitle,
    submitting: m.confirmTitle,
    done: m.doneTitle,
    slotTaken: m.slotTakenTitle,
    refused: m.refusedTitle,
    error: m.errorTitle,
  })[step],
)
const { Loading, MessageLabel, Message, MessageHint, Retry } = flowCommonParts('RescheduleFlow', useFlowContext)
/** The booking's time before the move, in the customer's zone. */
const OldTime = flowPart('RescheduleFlow.OldTime', 'p', useFlowContext, (c, p) => c.aria.getOldTimeProps(p), ({ state }) =>
  state.oldTime ? state.messages.oldTime(time(state.oldTime)) : null,
)
/** The chosen new time, in the customer's zone. */
const NewTime = flowPart('RescheduleFlow.NewTime', 'p', useFlowContext, (c, p) => c.aria.getNewTimeProps(p), ({ state }) =>
  state.newTime ? state.messages.newTime(time(state.newTime)) : null,
)
/** Sends the reschedule (`aria-disabled` while sending). */
const Submit = flowPart('RescheduleFlow.Submit', 'button', useFlowContext, (c, p) => c.aria.getSubmitProps(p), ({ state }) =>
  state.step === 'submitting' ? state.messages.submitting : state.messages.submit,
)
/** Back to the slots. */
const Back = flowPart('RescheduleFlow.Back', 'button', useFlowContext, (c, p) => c.aria.getBackProps(p), ({ state }) =>
  state.step === 'slotTaken' ? state.messages.chooseAnother : state.messages.back,
)
/** The moved booking's old and new time: a polite status. */
const Result = flowPart('RescheduleFlow.Result', 'p', useFlowContext, (c, p) => c.aria.getResultProps(p), ({ state }) =>
  state.step === 'done' && state.oldTime && state.newTime ? state.messages.done({ from: time(state.oldTime), to: time(state.newTime) }) : null,
)
/** What went wrong, an alert: the new time was taken (409), the booking's state refuses a move, or a failure. */
const ErrorMessage = flowPart('RescheduleFlow.Error', 'p', useFlowContext, (c, p) => c.aria.getErrorProps(p), ({ state }) => {
  if (state.step === 'slotTaken') return state.messages.slotTaken({ time: state.newTime ? `${state.newTime.day}, ${state.newTime.time}` : '' })
  return flowErrorText(state)
})

/** The slot step: a `SlotPicker.Root` that chooses on activation, with the window kept across steps. */
function Slots({ children, ...rest }: Partial<SlotPickerRootProps>) {
  const { state } = useFlowContext('RescheduleFlow.Slots')
  if (!state.search) return null
  return (
    <FlowSlots state={state} search={state.search} {...rest}>
      {children ?? (
        <>
          <SlotPicker.PreviousWindow /> <SlotPicker.WindowLabel /> <SlotPicker.NextWindow /> <SlotPicker.Today />
          <SlotPicker.OffsetChangeNotice />
          <SlotPicker.Days />
          <SlotPicker.NextAvailable />
        </>
      )}
    </FlowSlots>
  )
}

/** Props of {@link RescheduleFlow.Alternatives}. */
export type RescheduleFlowAlternativesProps = Omit<PartPropsOf<'ul'>, 'children'> & {
  /** One alternative's content. @default a button with the visible time, named with the full label */
  children?: (alternative: RescheduleAlternativeState) => ReactNode
}

/** After a 409: the nearest free slots of the same length; choosing one goes to the confirmation. */
function Alternatives({ className, style, asChild, children, ...rest }: RescheduleFlowAlternativesProps) {
  const { state, aria } = useFlowContext('RescheduleFlow.Alternatives')
  const m = state.messages
  // While loading and when none are found, a paragraph takes the list's place (and its styling).
  const styling = resolveStyling({ className, style }, state)
  if (state.isLoadingAlternatives && state.alternatives.length === 0) {
    return <p role="status" {...dataAttributes({ pending: true })} {...styling}>{m.loadingAlternatives}</p>
  }
  if (state.alternatives.length === 0) return <p {...dataAttributes({ empty: true })} {...styling}>{m.noAlternatives}</p>
  return (
    <Part as="ul" asChild={asChild} props={aria.getAlternativesProps({ ...rest, ...resolveStyling({ className, style }, state) })}>
      {state.alternatives.map((slot: Slot) => {
        const alternative = aria.getAlternativeState(slot)
        return (
          <li key={`${slot.start}|${slot.end}`}>
            {children ? children(alternative) : <button {...aria.getAlternativeProps({ slot })}>{alternative.time}</button>}
          </li>
        )
      })}
    </Part>
  )
}

/**
 * Headless reschedule flow, booking-js's reschedule page as parts: load the
 * booking, choose a new time, write to the host, confirm, and recover from
 * "just taken", a refused transition and failures. The step is `data-step`.
 */
export const RescheduleFlow = {
  Root, Step, StepHeading, Loading, OldTime, Slots, NewTime, MessageLabel, Message, MessageHint, Submit, Back, Retry, Result, Error: ErrorMessage, Alternatives,
}
