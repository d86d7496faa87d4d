'use client'
import type { ComponentPropsWithoutRef, JSX, ReactNode } from 'react'
import { resolveStyling, type PartProps } from '../../react/partProps.js'
import { Part } from './Part.js'

/** Content, or a function of the flow's state that returns it. */
export type FlowChildren<TState> = ReactNode | ((state: TState) => ReactNode)

/** Props of a flow's part: styling from its state, `asChild`, and its element's own props. */
export type FlowPartProps<TState, TTag extends keyof JSX.IntrinsicElements> = PartProps<TState> &
  Omit<ComponentPropsWithoutRef<TTag>, 'className' | 'style' | 'children'> & { children?: FlowChildren<TState> }

export function renderFlowChildren<TState>(children: FlowChildren<TState> | undefined, state: TState, fallback: ReactNode): ReactNode {
  return children === undefined ? fallback : typeof children === 'function' ? children(state) : children
}

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
  function FlowPart({ className, style, asChild, children, ...rest }: FlowPartProps<TContext['state'], TTag>) {
    const context = useFlowContext(name)
    const props = getProps(context, { ...rest, ...resolveStyling({ className, style }, context.state) })
    return (
      <Part as={as} asChild={asChild} props={props}>
        {renderFlowChildren(children, context.state, content(context))}
      </Part>
    )
  }
  FlowPart.displayName = name
  return FlowPart
}
