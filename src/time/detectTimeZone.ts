import { getZone } from './internal/zone.js'

/**
 * The browser's (or server's) time zone as a canonical IANA name, or `'UTC'` when the
 * runtime does not know it or reports something invalid. This is the only function in
 * the layer that looks at the host; use it once for a default and pass the result on.
 */
export function detectTimeZone(): string {
  let name: string | undefined
  try {
    name = Intl.DateTimeFormat().resolvedOptions().timeZone
  } catch {
    return 'UTC'
  }
  if (!name) return 'UTC'
  try {
    return getZone(name).canonical
  } catch {
    return 'UTC'
  }
}
