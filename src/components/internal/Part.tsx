'use client'
import { Slot } from '@radix-ui/react-slot'
import { createElement, type ComponentPropsWithoutRef, type ElementType, type ReactNode } from 'react'
import { mergeProps } from '../../react/mergeProps.js'
import { resolveStyling, type PartProps } from '../../react/partProps.js'
import { renderChildren, type Children } from './renderChildren.js'

/**
 * Renders a part: its default element, or with `asChild` the caller's only
 * child with the part's props, handlers and ref merged in (Radix `Slot`).
 */
export function Part({
  as,
  asChild,
  props,
  children,
}: {
  as: ElementType
  asChild: boolean | undefined
  props: Record<string, unknown>
  children?: ReactNode
}) {
  // A part with no content of its own (an input, a control) keeps the
  // caller's element in `props.children`: passing `undefined` as the third
  // argument would replace it, and `asChild` would have nothing to render.
  const type = asChild ? Slot : as
  return children === undefined ? createElement(type, props) : createElement(type, props, children)
}

type Props = Record<string, unknown>

/**
 * A part from the props it was given, in one place for every part (each used
 * to spell it out): `className`/`style` resolved once against `state`, the
 * element's own props through `kit` (an ARIA hook's getter, which merges them
 * last), and the children, or their function of `state`, else `fallback`.
 * It calls {@link Part} as a function (it has no hooks): no fiber of its own.
 */
export function renderPart<TState>(
  as: ElementType,
  { className, style, asChild, children, ...rest }: PartProps<TState> & { children?: Children<TState> },
  state: TState,
  kit?: (props: Props) => Props,
  fallback?: ReactNode,
) {
  // Most parts get no styling: their props then go on as they came.
  const own = className === undefined && style === undefined ? rest : { ...rest, ...resolveStyling({ className, style }, state) }
  return Part({ as, asChild, props: kit ? kit(own) : own, children: renderChildren(children, state, fallback) })
}

/**
 * A part that is one labelled button of an ARIA hook (previous/next window or
 * month, today), from `useKit(part)`, the getter's props. Its text is the
 * caller's children, else the kit's label; `labelIsText` when that label is
 * visible text anyway. With visible text, the button's name is that text, so
 * the kit's `aria-label` is dropped.
 */
export function pressButtonPart<TState extends { isDisabled: boolean }>(part: string, useKit: (part: string) => Props, labelIsText?: boolean) {
  function PressButton({
    children,
    ...props
  }: PartProps<TState> & Omit<ComponentPropsWithoutRef<'button'>, 'className' | 'style' | 'children'> & { children?: ReactNode }) {
    const kit = useKit(part)
    const state = { isDisabled: kit['aria-disabled'] === true } as TState
    const own = children === undefined && !labelIsText ? kit : { ...kit, 'aria-label': undefined }
    return renderPart('button', props, state, (p) => mergeProps(own, p), children ?? (kit['aria-label'] as string))
  }
  PressButton.displayName = part
  return PressButton
}
