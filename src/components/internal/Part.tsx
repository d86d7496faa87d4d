'use client'
import { Slot } from '@radix-ui/react-slot'
import { createElement, type ElementType, type ReactNode } from 'react'

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
