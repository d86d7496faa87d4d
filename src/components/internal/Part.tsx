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
  return createElement(asChild ? Slot : as, props, children)
}
