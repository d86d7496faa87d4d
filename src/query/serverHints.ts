import { isValidTimeZone } from '../time/isValidTimeZone.js'

/**
 * The cookie in which `<BookingKitProvider>` keeps the customer's zone once
 * the browser knows it, so the next server render can use it.
 */
export const TIME_ZONE_COOKIE = 'rbk-tz'

/** What {@link timeZoneFromRequest} reads: a `Cookie` header or something that holds one. */
export type TimeZoneHintSource =
  | string
  | null
  | undefined
  /** `Request.headers`, Next's `headers()`, anything with `get(name)` returning the header. */
  | { get(name: string): string | null | undefined }
  /** Next's `cookies()` store: `get(name)` returning `{ value }`. */
  | { get(name: string): { value: string } | undefined }
  /** Node's `IncomingMessage.headers`. */
  | Record<string, string | string[] | undefined>

/** @internal A cookie's decoded value in a `Cookie` header (or `document.cookie`). */
export function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue
    const raw = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1')
    try {
      return decodeURIComponent(raw)
    } catch {
      return undefined
    }
  }
  return undefined
}

function cookieHeader(source: Exclude<TimeZoneHintSource, string | null | undefined>): string | undefined {
  if (typeof source.get === 'function') {
    const get = source.get as (name: string) => unknown
    const header = get.call(source, 'cookie')
    if (typeof header === 'string') return header
    const cookie = get.call(source, TIME_ZONE_COOKIE)
    if (cookie && typeof cookie === 'object' && typeof (cookie as { value?: unknown }).value === 'string') {
      return `${TIME_ZONE_COOKIE}=${(cookie as { value: string }).value}`
    }
    return undefined
  }
  const header = (source as Record<string, string | string[] | undefined>)['cookie']
  return Array.isArray(header) ? header.join('; ') : header
}

/**
 * The customer's zone as the browser last reported it (the `rbk-tz` cookie
 * that `<BookingKitProvider>` writes), for a server render: pass it to the
 * provider so the first frame already shows the customer's days and the
 * customer's week. `undefined` on a first visit, or when the cookie holds
 * anything but a valid IANA zone (it is client input: never trusted as is).
 * React-free, safe in a Server Component, a route handler or middleware.
 *
 * @example
 * // app/book/page.tsx (a Server Component)
 * const timeZone = timeZoneFromRequest(await headers())
 * return <BookingKitProvider defaultTimeZone={timeZone} now={Date.now()} …>
 */
export function timeZoneFromRequest(source: TimeZoneHintSource): string | undefined {
  if (source === null || source === undefined) return undefined
  const header = typeof source === 'string' ? source : cookieHeader(source)
  if (!header) return undefined
  const zone = cookieValue(header, TIME_ZONE_COOKIE)
  return zone !== undefined && zone.length <= 64 && isValidTimeZone(zone) ? zone : undefined
}

/** The `document.cookie` assignment that stores `timeZone` for a year, site-wide. */
export function timeZoneCookie(timeZone: string): string {
  return `${TIME_ZONE_COOKIE}=${encodeURIComponent(timeZone)}; path=/; max-age=31536000; samesite=lax`
}
