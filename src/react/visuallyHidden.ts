import { mergeProps } from './mergeProps.js'
import type { CSSProperties } from 'react'

/**
 * Hides a live region from sight but not from assistive technology. The only
 * inline style the kit applies, and only to the announcer it renders itself;
 * a caller replaces it through the announcer's props.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
}

/**
 * The props of a picker's announcer, merged with the caller's: a polite,
 * atomic status region, hidden from sight. Rendered from the start, as a live
 * region added together with its text is often not read.
 */
export const announcerProps = (props?: Record<string, unknown>) =>
  mergeProps({ role: 'status', 'aria-live': 'polite', 'aria-atomic': true, style: visuallyHidden }, props)
