import type { MouseEvent } from 'react'
import { mergeProps } from './mergeProps.js'
import { dataAttributes } from './partProps.js'

/**
 * Props of a labelled `<button>` that runs `onPress` when clicked (Enter and
 * Space click a button too), merged with the caller's. When `enabled` is
 * false it is `aria-disabled` rather than `disabled`: it keeps focus, so a
 * keyboard user at the first week or month stays on it instead of falling
 * back to `<body>`, and a click does nothing.
 */
export function pressButtonProps(enabled: boolean, onPress: () => void, label: string, props?: Record<string, unknown>) {
  return mergeProps(
    {
      type: 'button',
      'aria-label': label,
      'aria-disabled': !enabled || undefined,
      ...dataAttributes({ disabled: !enabled }),
      onClick: (event: MouseEvent) => {
        if (!enabled) return event.preventDefault()
        onPress()
      },
    },
    props,
  )
}
