'use client'
import { type ComponentPropsWithoutRef, type ReactNode } from 'react'
import type { Slot } from '../client/index.js'
import type { BookingFormValues } from './bookingFields.js'
import { RateLimitError } from '../client/index.js'
import { createPartContext } from '../react/createPartContext.js'
import { mergeProps } from '../react/mergeProps.js'
import { dataAttributes, resolveStyling, type PartProps } from '../react/partProps.js'
import { formatSlotLabel } from '../time/formatSlotLabel.js'
import { formatSlotTime } from '../time/formatSlotTime.js'
import { useBookingKit } from '../query/BookingKitContext.js'
import { BookingForm, type BookingFormRootProps } from './BookingForm.js'
import { localeDirection } from './internal/civilDay.js'
import { describeFailure } from './internal/describeFailure.js'
import { FlowSlots } from './internal/FlowSlots.js'
import { splitProps } from '../react/splitProps.js'
import { flowStep } from './internal/flowParts.js'
import { Part, renderPart } from './internal/Part.js'
import { renderChildren as render, type Children } from './internal/renderChildren.js'
import { SlotPicker, type SlotPickerRootProps } from './SlotPicker.js'
import { useStepHeadingFocus } from './internal/useStepHeadingFocus.js'
import { useBookingFlowState, type BookingFlowState, type UseBookingFlowStateOptions } from './useBookingFlowState.js'

type Without<T extends keyof React.JSX.IntrinsicElements> = Omit<ComponentPropsWithoutRef<T>, 'className' | 'style' | 'children'>

interface FlowContextValue {
  state: BookingFlowState
  /** Registers the heading that takes focus when its step opens. */
  headingRef: (node: HTMLElement | null) => void
}
const [FlowContext, useFlowContext] = createPartContext<FlowContextValue>('BookingFlow.Root')
export { useFlowContext as useBookingFlowContext }

/** Props of {@link BookingFlow.Root}. */
export interface BookingFlowRootProps extends UseBookingFlowStateOptions, PartProps<BookingFlowState>, Omit<Without<'div'>, 'onSubmit'> {
  /** @default every step's default parts */
  children?: Children<BookingFlowState>
}

// While sending, focus stays on the submit button.
const SKIP_FOCUS = ['submitting']

// Every option of the state hook; the other props go to the root element.
const OPTIONS: Record<keyof UseBookingFlowStateOptions, 1> = {
  search: 1, fields: 1, booking: 1, values: 1, defaultValues: 1, onValuesChange: 1, persist: 1, persistKey: 1, hostSubmits: 1, hourCycle: 1, messages: 1,
  onStepChange: 1, onSlotSelect: 1, onSubmit: 1, onBooked: 1, onBookingError: 1, onSlotTaken: 1, onTimeZoneChange: 1, onWindowChange: 1,
}

function Root(props: BookingFlowRootProps) {
  const [options, rest] = splitProps(props, OPTIONS)
  const state = useBookingFlowState(options)
  // A new step moves focus to its heading; the first step is the slot choice, a person's action.
  const headingRef = useStepHeadingFocus(state.step, SKIP_FOCUS, false)
  const { locale } = useBookingKit()
  // The text direction follows the locale (ar-EG, he-IL read right to left) unless the caller's `dir` says otherwise.
  const kit = { dir: localeDirection(locale), ...dataAttributes({ step: state.step, pending: state.step === 'submitting' }) }
  return (
    <FlowContext.Provider value={{ state, headingRef }}>
      {renderPart('div', rest, state, (p) => mergeProps(kit, p), <DefaultSteps />)}
    </FlowContext.Provider>
  )
}

function DefaultSteps() {
  return (
    <>
      <Step when="choosing">
        <StepHeading />
        <Slots />
      </Step>
      <Step when={['details', 'submitting']}>
        <StepHeading />
        <ChosenSlot />
        <Back />
        <Form />
      </Step>
      <Step when={['confirmed', 'pending']}>
        <StepHeading />
        <Result />
        <Restart />
      </Step>
      <Step when="slotTaken">
        <StepHeading />
        <SlotTaken />
        <Alternatives />
        <Back />
      </Step>
      <Step when="error">
        <StepHeading />
        <ErrorMessage />
        <Retry />
        <Back />
      </Step>
    </>
  )
}

/** Renders its children only on the given step(s). */
const Step = flowStep<BookingFlowState>('BookingFlow.Step', useFlowContext)

/** The current step's heading (`<h2 tabIndex={-1}>`): it takes focus when the step opens. */
function StepHeading(props: PartProps<BookingFlowState> & Without<'h2'> & { children?: Children<BookingFlowState> }) {
  const { state, headingRef } = useFlowContext('BookingFlow.StepHeading')
  const m = state.messages
  const title = {
    choosing: m.chooseTitle,
    details: m.detailsTitle,
    submitting: m.detailsTitle,
    confirmed: m.confirmedTitle,
    pending: m.pendingTitle,
    slotTaken: m.slotTakenTitle,
    error: m.errorTitle,
  }[state.step]
  return renderPart('h2', props, state, (p) => mergeProps({ ref: headingRef, tabIndex: -1, 'data-step': state.step }, p), title)
}

/** The slot step: a `SlotPicker.Root` wired to the flow (immediate activation, the window kept across steps). */
function Slots({ children, ...rest }: Partial<Omit<SlotPickerRootProps, 'search'>>) {
  const { state } = useFlowContext('BookingFlow.Slots')
  return (
    <FlowSlots state={state} search={state.search} {...rest}>
      {children ?? (
        <>
          <div data-part="navigation">
            <SlotPicker.PreviousWindow /> <SlotPicker.WindowLabel /> <SlotPicker.NextWindow /> <SlotPicker.Today />
          </div>
          <SlotPicker.OffsetChangeNotice />
          <SlotPicker.LoadError />
          <div data-part="days">
            <SlotPicker.Days />
          </div>
          <SlotPicker.NextAvailable />
        </>
      )}
    </FlowSlots>
  )
}

/** The details step's form: a `BookingForm.Root` whose input lives in the flow. */
function Form(props: Partial<BookingFormRootProps>) {
  const { state } = useFlowContext('BookingFlow.Form')
  return (
    <BookingForm.Root
      fields={state.fields}
      values={state.values}
      onValuesChange={state.setValues}
      // A failure moves the flow to its own step; `false` tells the form nothing
      // was booked, so the session draft stays for a reload.
      onSubmit={async (input: BookingFormValues) => ((await state.book(input)) ? undefined : false)}
      persist={state.persist}
      persistKey={state.persistKey}
      {...props}
    />
  )
}

type TextPartProps = PartProps<BookingFlowState> & Without<'p'> & { children?: Children<BookingFlowState> }

function textPart(part: string, as: 'p' | 'div', text: (state: BookingFlowState) => ReactNode, role?: string) {
  function TextPart({ children, ...rest }: TextPartProps) {
    const { state } = useFlowContext(part)
    const content = render(children, state, text(state))
    // Nothing to say renders nothing: an empty alert beside another one would
    // only add noise for a screen reader.
    if (content === null || content === undefined || content === '') return null
    return renderPart(as, { ...rest, children: content }, state, (p) => mergeProps({ role, 'data-step': state.step }, p))
  }
  TextPart.displayName = part
  return TextPart
}

const timeArgs = ({ time }: BookingFlowState) => ({
  day: time?.day ?? '',
  time: time?.time ?? '',
  timeZone: time?.timeZoneName ?? '',
  resources: time?.resources ?? [],
})

/** The chosen time: day, time range, zone and who it is with. */
const ChosenSlot = textPart('BookingFlow.ChosenSlot', 'p', (state) => (state.time ? state.messages.chosenSlot(timeArgs(state)) : null))
/** The result: confirmed, or pending the host's confirmation. A polite status. */
const Result = textPart(
  'BookingFlow.Result',
  'p',
  (state) => {
    const args = { ...timeArgs(state), email: typeof state.values.email === 'string' ? state.values.email : '' }
    return state.step === 'pending' ? state.messages.pending(args) : state.step === 'confirmed' ? state.messages.confirmed(args) : null
  },
  'status',
)
/** The 409 explanation, an alert. */
const SlotTaken = textPart(
  'BookingFlow.SlotTaken',
  'p',
  (state) => (state.slot ? state.messages.slotTaken({ time: state.time ? `${state.time.day}, ${state.time.time}` : '' }) : null),
  'alert',
)
/** The failure, an alert: a 429 says when to retry. */
const ErrorMessage = textPart(
  'BookingFlow.Error',
  'p',
  (state) =>
    state.error instanceof RateLimitError
      ? state.messages.rateLimited({ retryAt: state.retryAt })
      : state.error
        ? state.messages.error({ message: describeFailure(state.error), error: state.error })
        : null,
  'alert',
)

type ButtonPartProps = PartProps<BookingFlowState> & Without<'button'> & { children?: Children<BookingFlowState> }

function buttonPart(part: string, label: (state: BookingFlowState) => string, action: (state: BookingFlowState) => void) {
  function ButtonPart(props: ButtonPartProps) {
    const { state } = useFlowContext(part)
    return renderPart('button', props, state, (p) => mergeProps({ type: 'button', onClick: () => action(state) }, p), label(state))
  }
  ButtonPart.displayName = part
  return ButtonPart
}

/** Back to the slots (the input is kept). */
const Back = buttonPart('BookingFlow.Back', (s) => (s.step === 'slotTaken' ? s.messages.chooseAnother : s.messages.back), (s) => s.back())
/** Back to the form after a failure, to send again (the input is kept). */
const Retry = buttonPart('BookingFlow.Retry', (s) => s.messages.retry, (s) => s.retry())
/** Start over after a booking. */
const Restart = buttonPart('BookingFlow.Restart', (s) => s.messages.bookAnother, (s) => s.restart())

/** State of one alternative, for `className`/`style` functions. */
export interface AlternativeState {
  slot: Slot
  /** The visible time (`10:30 AM`). */
  time: string
  /** The full spoken name; starts with `time`. */
  label: string
  /** Choose this slot: back to the form, the input kept. */
  choose: () => void
}

/**
 * After a 409: the nearest free slots of the same length, as buttons named
 * with the full spoken label; choosing one returns to the form with the input kept.
 */
function Alternatives({
  className,
  style,
  asChild,
  children,
  optionClassName,
  ...rest
}: PartProps<BookingFlowState> &
  Without<'ul'> & {
    /** One alternative; the default is a button named with the full label. */
    children?: (slot: Slot, state: AlternativeState) => ReactNode
    /** Class of each default alternative button, or a function of its state. */
    optionClassName?: string | ((state: AlternativeState) => string | undefined)
  }) {
  const { state } = useFlowContext('BookingFlow.Alternatives')
  const { timeZone, locale } = useBookingKit()
  const format = { timeZone, locale, hourCycle: state.hourCycle }
  const styling = resolveStyling({ className, style }, state)
  if (state.isLoadingAlternatives && state.alternatives.length === 0) {
    return <p aria-live="polite" data-pending="true" {...styling}>{state.messages.alternatives}…</p>
  }
  if (state.alternatives.length === 0) return <p data-empty="true" {...styling}>{state.messages.noAlternatives}</p>
  return (
    <Part as="ul" asChild={asChild} props={mergeProps({ 'aria-label': state.messages.alternatives }, { ...rest, ...styling })}>
      {state.alternatives.map((slot) => {
        const visible = formatSlotTime(slot, format)
        const label = `${visible}, ${formatSlotLabel(slot, format)}`
        const alternative: AlternativeState = { slot, time: visible, label, choose: () => state.chooseSlot(slot) }
        return (
          <li key={`${slot.start}|${slot.end}`}>
            {children ? children(slot, alternative) : (
              <button
                type="button"
                aria-label={label}
                className={typeof optionClassName === 'function' ? optionClassName(alternative) : optionClassName}
                onClick={alternative.choose}
              >
                {visible}
              </button>
            )}
          </li>
        )
      })}
    </Part>
  )
}

/**
 * Headless booking flow, booking-js's widget as parts: choose a time, fill
 * the details, book, see the result, and recover from "just taken" and
 * failures with the input kept. The current step is `data-step`.
 */
export const BookingFlow = { Root, Step, StepHeading, Slots, Form, ChosenSlot, Back, Result, Restart, SlotTaken, Alternatives, Error: ErrorMessage, Retry }
