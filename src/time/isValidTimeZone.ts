import { getZone, hasZoneIdShape } from './internal/zone.js'

/**
 * Whether `name` is a time zone for the kit: an IANA id, alias or old spelling that the
 * runtime's `Intl` knows (`Europe/Paris`, `europe/paris`, `US/Eastern`, `CET`, `GMT`, `EST`),
 * never a bare offset such as `+01:00`. The client's request schemas and the mock backend
 * use this same rule, so a zone the kit accepts is never refused by the other layers.
 * Never throws.
 */
export function isValidTimeZone(name: unknown): name is string {
  if (!hasZoneIdShape(name)) return false
  try {
    getZone(name)
    return true
  } catch {
    return false
  }
}
