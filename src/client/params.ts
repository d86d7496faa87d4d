import { BookingKitError, type RequestTarget } from './errors.js'
import type { QueryValue } from './transport.js'

/** Related data to embed: `['attributes', 'customers']` or the API's own `'attributes,customers'`. */
export type IncludeParam = string | readonly string[]

/**
 * A search filter: `{ 'resource.id': id, state: 'confirmed' }` (all must hold),
 * or the API's own `'resource.id:…;state:confirmed'` string.
 */
export type SearchParam = string | Readonly<Record<string, string | number | boolean>>

/** Paging and filtering shared by list endpoints. */
export interface ListParams {
  /** Page size. */
  limit?: number
  /** 1-based page number. */
  page?: number
  include?: IncludeParam
  search?: SearchParam
}

export function includeValue(include: IncludeParam | undefined): string | undefined {
  if (include === undefined) return undefined
  return typeof include === 'string' ? include : include.join(',')
}

export function searchValue(search: SearchParam | undefined): string | undefined {
  if (search === undefined) return undefined
  if (typeof search === 'string') return search
  return Object.entries(search)
    .map(([key, value]) => `${key}:${String(value)}`)
    .join(';')
}

export function listQuery(params: ListParams | undefined): Record<string, QueryValue> {
  return {
    limit: params?.limit,
    page: params?.page,
    include: includeValue(params?.include),
    search: searchValue(params?.search),
  }
}

/**
 * Ids go into paths: encode them so an id can never add a path segment. `.`
 * and `..` survive encoding (URL parsing treats `%2E%2E` as `..` too) and
 * would move the request to another endpoint, so they are refused. A refusal
 * is a `BookingKitError` naming the call (`PUT /bookings/:id/cancel`), so a
 * page catches one error family and the log says which call got the bad id.
 */
export function segment(id: string, target: RequestTarget): string {
  const refuse = (reason: string) => new BookingKitError(`${reason}; nothing was sent`, target)
  if (typeof id !== 'string') throw refuse(`the id must be a non-empty string, got ${id === null ? 'null' : typeof id}`)
  if (id === '') throw refuse('the id must be a non-empty string, got ""')
  if (id === '.' || id === '..') throw refuse(`the id cannot be ${JSON.stringify(id)}`)
  return encodeURIComponent(id)
}

/** `template` (`/bookings/:id/reschedule`) with `:id` replaced by the encoded id; a refusal names `method template`. */
export function idPath(method: string, template: string, id: string): string {
  return template.replace(':id', () => segment(id, { method, path: template }))
}
