import type { CSSProperties } from 'react'

/** A value, or a function of the part's state that gives it. */
export type StateProp<TValue, TState> = TValue | ((state: TState) => TValue)

/**
 * The props every part of the kit takes besides its element's own: styling as
 * a value or a function of the part's state, and `asChild` to render the
 * caller's element instead of the default one.
 */
export interface PartProps<TState> {
  /** A class name, or a function of the part's state that returns one. */
  className?: StateProp<string | undefined, TState>
  /** Inline styles, or a function of the part's state that returns them. */
  style?: StateProp<CSSProperties | undefined, TState>
  /**
   * Render the only child element instead of the part's default element,
   * merging the part's props, handlers and ref into it (Radix `Slot`).
   * @default false
   */
  asChild?: boolean
}

/** `className` and `style` resolved against a part's state. */
export function resolveStyling<TState>(
  props: Pick<PartProps<TState>, 'className' | 'style'>,
  state: TState,
): { className?: string; style?: CSSProperties } {
  const className = typeof props.className === 'function' ? props.className(state) : props.className
  const style = typeof props.style === 'function' ? props.style(state) : props.style
  const out: { className?: string; style?: CSSProperties } = {}
  if (className !== undefined) out.className = className
  if (style !== undefined) out.style = style
  return out
}

/**
 * `data-*` attributes from state flags, written as `value || undefined` so a
 * false flag leaves no attribute (`[data-selected]` in CSS means "selected").
 */
export function dataAttributes(flags: Record<string, string | boolean | undefined>): Record<string, string | true | undefined> {
  const out: Record<string, string | true | undefined> = {}
  for (const name in flags) out[`data-${name}`] = flags[name] || undefined
  return out
}
