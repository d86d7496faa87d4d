import { getZone } from './internal/zone.js'

/**
 * Whether the runtime's `Intl` knows `name` as a time zone (IANA ids, their aliases and
 * case variants such as `europe/paris`). Never throws.
 */
export function isValidTimeZone(name: string): boolean {
  try {
    getZone(name)
    return true
  } catch {
    return false
  }
}
