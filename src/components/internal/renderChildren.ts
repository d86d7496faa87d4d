import type { ReactNode } from 'react'

/** Content, or a function of a part's state that returns it. */
export type Children<TState> = ReactNode | ((state: TState) => ReactNode)

// One copy for every component's parts: each used to carry its own twin.
/** A part's content: the caller's children (called with the state when a function), else the fallback. */
export function renderChildren<TState>(children: Children<TState> | undefined, state: TState, fallback?: ReactNode): ReactNode {
  return children === undefined ? fallback : typeof children === 'function' ? children(state) : children
}

/**
 * A caller's render function for one item of a list (a slot, a zone) as a
 * component of its own, so each item's hooks, if it has any, stay its own.
 */
export function CallWith<T>({ value, render }: { value: T; render: (value: T) => ReactNode }) {
  return render(value)
}
