import { getZone } from './internal/zone.js'

/**
 * The browser's (or server's) time zone as a canonical IANA name, or `'UTC'` when the
 * runtime does not know it or reports something invalid. This is the only function in
 * the layer that looks at the host; use it once for a default and pass the result on.
 */
export function detectTimeZone(): string {
  try {
    // An empty or missing name is refused by getZone like any other invalid one.
    return getZone(Intl.DateTimeFormat().resolvedOptions().timeZone).canonical
  } catch {
    return 'UTC'
  }
}
