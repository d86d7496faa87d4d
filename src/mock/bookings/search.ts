import { fieldError } from '../http.js'
import type { MockBookingRecord } from '../types.js'

type Getter = (b: MockBookingRecord) => string[]

const KEYS: Record<string, Getter> = {
  id: (b) => [b.id],
  state: (b) => [b.state],
  graph: (b) => [b.graph],
  'resource.id': (b) => [b.resource_id],
  resource_id: (b) => [b.resource_id],
  project_id: (b) => (b.project_id ? [b.project_id] : []),
  'customer.email': (b) => b.customers.map((c) => c.email.toLowerCase()),
  'customers.email': (b) => b.customers.map((c) => c.email.toLowerCase()),
}

export const SEARCH_KEYS = Object.keys(KEYS)

/**
 * `search=key:value;key2:value2` → a predicate that ANDs every term. Values compare
 * exactly, emails case-insensitively. An unknown key is a 422 rather than silently
 * matching everything.
 */
export function parseSearch(raw: string | null): (b: MockBookingRecord) => boolean {
  if (!raw) return () => true
  const terms = raw
    .split(';')
    .filter((t) => t.trim() !== '')
    .map((term) => {
      const i = term.indexOf(':')
      const key = (i === -1 ? term : term.slice(0, i)).trim()
      const getter = KEYS[key]
      if (i === -1 || !getter || !Object.hasOwn(KEYS, key)) {
        throw fieldError('search', `Unsupported search term '${term}' (keys: ${SEARCH_KEYS.join(', ')}).`)
      }
      const value = term.slice(i + 1).trim()
      const wanted = key.endsWith('email') ? value.toLowerCase() : value
      return { getter, wanted }
    })
  return (b) => terms.every(({ getter, wanted }) => getter(b).includes(wanted))
}
