import { availability, availabilityDates } from './availability/handleAvailability.js'
import {
  bookingAction,
  createBooking,
  deleteBooking,
  listBookings,
  rescheduleBooking,
  showBooking,
} from './bookings/handleBookings.js'
import type { Handler } from './context.js'
import { createResource, deleteResource, listResources, showResource, updateResource } from './resources.js'

interface Route {
  method: string
  pattern: string[]
  handler: Handler
}

const route = (method: string, path: string, handler: Handler): Route => ({ method, pattern: path.split('/'), handler })

/** More specific patterns first: `bookings/:id/reschedule` before `bookings/:id/:action`. */
export const ROUTES: readonly Route[] = [
  route('GET', 'resources', listResources),
  route('POST', 'resources', createResource),
  route('GET', 'resources/:id', showResource),
  route('PUT', 'resources/:id', updateResource),
  route('DELETE', 'resources/:id', deleteResource),
  route('POST', 'availability', availability),
  route('POST', 'availability/dates', availabilityDates),
  route('GET', 'bookings', listBookings),
  route('POST', 'bookings', createBooking),
  route('GET', 'bookings/:id', showBooking),
  route('DELETE', 'bookings/:id', deleteBooking),
  route('POST', 'bookings/:id/reschedule', rescheduleBooking),
  route('PUT', 'bookings/:id/:action', bookingAction),
]

function matchPattern(pattern: readonly string[], segments: readonly string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!
    const s = segments[i]!
    if (p.startsWith(':')) params[p.slice(1)] = s
    else if (p !== s) return null
  }
  return params
}

export type RouteMatch =
  | { kind: 'found'; handler: Handler; params: Record<string, string> }
  | { kind: 'method'; allowed: string[] }
  | { kind: 'none' }

export function matchRoute(method: string, segments: readonly string[]): RouteMatch {
  const allowed: string[] = []
  for (const r of ROUTES) {
    const params = matchPattern(r.pattern, segments)
    if (!params) continue
    if (r.method === method) return { kind: 'found', handler: r.handler, params }
    if (!allowed.includes(r.method)) allowed.push(r.method)
  }
  return allowed.length ? { kind: 'method', allowed } : { kind: 'none' }
}

function splitPath(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s))
}

/**
 * The API-relative path segments of a URL: after `basePath` when one is configured, else
 * after a `v2` segment (`http://x/v2/bookings`), else from the first segment at which a
 * known endpoint matches (`http://x/api/booking/bookings/1` → `bookings/1`).
 */
export function apiSegments(url: URL, basePath?: string): string[] | null {
  if (basePath !== undefined) {
    const base = '/' + splitPath(basePath).join('/')
    const path = url.pathname
    if (base === '/') return splitPath(path)
    if (path !== base && !path.startsWith(base + '/')) return null
    return splitPath(path.slice(base.length))
  }
  const segments = splitPath(url.pathname)
  const v2 = segments.indexOf('v2')
  if (v2 !== -1) return segments.slice(v2 + 1)
  for (let i = 0; i < segments.length; i++) {
    const rest = segments.slice(i)
    if (ROUTES.some((r) => matchPattern(r.pattern, rest))) return rest
  }
  return segments
}
