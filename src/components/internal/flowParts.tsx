'use client'
import { describeFailure } from './describeFailure.js'
import type { ComponentPropsWithoutRef, ComponentType, Context, JSX, ReactNode } from 'react'
import { RateLimitError } from '../../client/index.js'
import { resolveStyling, type PartProps } from '../../react/partProps.js'
import type { FlowMessages } from './flowMessages.js'
import { Part, renderPart } from './Part.js'
import { renderChildren, type Children } from './renderChildren.js'

/** Content, or a function of the flow's state that returns it. */
export type FlowChildren<TState> = Children<TState>

/** Props of a flow's part: styling from its state, `asChild`, and its element's own props. */
export type FlowPartProps<TState, TTag extends keyof JSX.IntrinsicElements> = PartProps<TState> &
  Omit<ComponentPropsWithoutRef<TTag>, 'className' | 'style' | 'children'> & { children?: FlowChildren<TState> }

/**
 * A part of a step-by-step flow (reschedule, cancel): its element gets the
 * props from the flow's prop getter (the caller's merged last), and shows the
 * default content unless the caller gives children.
 */
export function flowPart<TContext extends { state: unknown }, TTag extends keyof JSX.IntrinsicElements>(
  name: string,
  as: TTag,
  useFlowContext: (part: string) => TContext,
  getProps: (context: TContext, props: Record<string, unknown>) => Record<string, unknown>,
  content: (context: TContext) => ReactNode = () => null,
) {
  function FlowPart(props: FlowPartProps<TContext['state'], TTag>) {
    const context = useFlowContext(name)
    return renderPart(as, props, context.state, (p) => getProps(context, p), content(context))
  }
  FlowPart.displayName = name
  return FlowPart
}

// The options every flow's state hook takes (`FlowCoreOptions`); a flow names only its own besides.
const FLOW_OPTION_KEYS = ['bookingId', 'message', 'defaultMessage', 'onMessageChange', 'hourCycle', 'messages', 'onStepChange', 'onError'] as const

/**
 * A flow's `Root`: its state and ARIA hooks over the options named in
 * `optionKeys` (the other props go to the root element), the context for its
 * parts, and the default steps unless the caller gives children. A new
 * booking id starts the flow over (state, message, step): the inner root is
 * keyed by it.
 */
export function flowRoot<
  TOptions extends { bookingId: string },
  TState,
  TAria extends { getRootProps(props: Record<string, unknown>): Record<string, unknown> },
>(
  ownOptionKeys: readonly (keyof TOptions)[],
  FlowContext: Context<{ state: TState; aria: TAria } | null>,
  useFlowState: (options: TOptions) => TState,
  useFlowAria: (state: TState) => TAria,
  DefaultSteps: ComponentType,
) {
  type RootProps = TOptions & Omit<FlowPartProps<TState, 'div'>, 'onError'>
  function RootForBooking(props: RootProps) {
    const { className, style, asChild, children, ...rest } = props as RootProps & FlowPartProps<TState, 'div'>
    const options = {} as TOptions
    const dom: Record<string, unknown> = { ...rest }
    for (const key of [...FLOW_OPTION_KEYS, ...ownOptionKeys] as (keyof TOptions)[]) {
      options[key] = (rest as TOptions)[key]
      delete dom[key as string]
    }
    const state = useFlowState(options)
    const aria = useFlowAria(state)
    return (
      <FlowContext.Provider value={{ state, aria }}>
        <Part as="div" asChild={asChild} props={aria.getRootProps({ ...dom, ...resolveStyling({ className, style }, state) })}>
          {renderChildren(children, state, <DefaultSteps />)}
        </Part>
      </FlowContext.Provider>
    )
  }
  return function Root(props: RootProps) {
    return <RootForBooking key={props.bookingId} {...props} />
  }
}

/** A flow's `Step`: renders its children only on the given step(s). */
export function flowStep<TState extends { step: string }>(name: string, useFlowContext: (part: string) => { state: TState }) {
  return function Step({ when, children }: { when: TState['step'] | TState['step'][]; children?: FlowChildren<TState> }) {
    const { state } = useFlowContext(name)
    const steps: string[] = Array.isArray(when) ? when : [when]
    return steps.includes(state.step) ? <>{renderChildren(children, state, null)}</> : null
  }
}

type Getter = (props: Record<string, unknown>) => Record<string, unknown>

/** What the parts every flow has read from its context. */
interface FlowCommonContext {
  state: { messages: { loading: string; messageLabel: string; messageHint: string; retry: string } }
  aria: { getLoadingProps: Getter; getMessageLabelProps: Getter; getMessageProps: Getter; getMessageHintProps: Getter; getRetryProps: Getter }
}

/** The parts every flow (reschedule, cancel) has: loading status, the message to the host with its label and hint, retry. */
export function flowCommonParts<TContext extends FlowCommonContext>(flow: string, useFlowContext: (part: string) => TContext) {
  return {
    /** A polite status while the booking loads. */
    Loading: flowPart(`${flow}.Loading`, 'p', useFlowContext, (c, p) => c.aria.getLoadingProps(p), ({ state }) => state.messages.loading),
    /** The label of `Message`. */
    MessageLabel: flowPart(`${flow}.MessageLabel`, 'label', useFlowContext, (c, p) => c.aria.getMessageLabelProps(p), ({ state }) => state.messages.messageLabel),
    /** The message to the host (`<textarea>`, labelled by `MessageLabel`). */
    Message: flowPart(`${flow}.Message`, 'textarea', useFlowContext, (c, p) => c.aria.getMessageProps(p)),
    /** The hint that describes `Message`. */
    MessageHint: flowPart(`${flow}.MessageHint`, 'p', useFlowContext, (c, p) => c.aria.getMessageHintProps(p), ({ state }) => state.messages.messageHint),
    /** After a failure: back to the confirmation, or load again. */
    Retry: flowPart(`${flow}.Retry`, 'button', useFlowContext, (c, p) => c.aria.getRetryProps(p), ({ state }) => state.messages.retry),
  }
}

/** What went wrong, in a flow's words: a refusal naming the booking's state, a 429, or a failure to load or to send. */
export function flowErrorText(state: {
  step: string
  refusedState: string | undefined
  error: Error | undefined
  retryAt: string | undefined
  booking: unknown
  messages: FlowMessages
}): string | null {
  const m = state.messages
  if (state.step === 'refused' && state.refusedState !== undefined) return m.refused({ state: state.refusedState, stateName: m.stateName(state.refusedState) })
  if (state.step === 'error' && state.error instanceof RateLimitError) return m.rateLimited({ retryAt: state.retryAt })
  // In words a customer reads; the typed error stays with the callbacks and `messages` functions.
  if (state.step === 'error' && state.error) {
    const args = { message: describeFailure(state.error), error: state.error }
    return state.booking ? m.error(args) : m.loadError(args)
  }
  return null
}
