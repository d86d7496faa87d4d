import { getZone } from './internal/zone.js'

/**
 * Whether `name` is a time zone for the kit: an IANA id, alias or old spelling that the
 * runtime's `Intl` knows (`Europe/Paris`, `europe/paris`, `US/Eastern`, `CET`, `GMT`, `EST`),
 * never a bare offset such as `+01:00`. The client's request schemas and the mock backend
 * use this same rule, so a zone the kit accepts is never refused by the other layers.
 * Never throws.
 */
export function isValidTimeZone(name: unknown): name is string {
  try {
    // getZone refuses anything without the shape of an id, strings or not.
    getZone(name as string)
    return true
  } catch {
    return false
  }
}
