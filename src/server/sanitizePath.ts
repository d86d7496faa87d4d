import { ProxyRejection } from './proxyError.js'

/**
 * One path segment the proxy accepts: letters, digits, `-` and `_`. Route
 * literals (`availability`, `bookings`, `cancel`) and ids (UUIDs) need nothing
 * else, and the whitelist closes whole families of tricks at once:
 *
 * - no `%` at all, so no encoded slash (`%2F`), backslash (`%5C`), dot
 *   (`%2e%2e`), NUL (`%00`) and no double encoding (`%252e`): nothing is ever
 *   decoded, so nothing can turn into something else one layer further on;
 * - no `.`, so no `.` or `..` segment, whatever a URL parser would make of it;
 * - no `\`, `;` (matrix parameters some servers honour), `@`, `:` (userinfo,
 *   scheme or port in a URL built by string concatenation), NUL or spaces.
 */
const SEGMENT = /^[A-Za-z0-9_-]{1,128}$/

/**
 * Splits a request pathname into validated segments, or throws a 400.
 *
 * Empty segments are refused too: `//evil.com/x` must never reach a URL
 * builder that reads a leading `//` as "another host".
 */
export function sanitizePath(pathname: string): string[] {
  if (!pathname.startsWith('/')) throw new ProxyRejection(400, 'Invalid path')
  if (pathname === '/') return []
  const segments = pathname.slice(1).split('/')
  // A trailing slash (`/bookings/`) is the only empty segment tolerated.
  if (segments.length > 1 && segments.at(-1) === '') segments.pop()
  for (const segment of segments) {
    if (!SEGMENT.test(segment)) throw new ProxyRejection(400, 'Invalid path')
  }
  return segments
}

/** True when a single path segment passes the same whitelist (used for route patterns and params). */
export function isSafeSegment(segment: string): boolean {
  return SEGMENT.test(segment)
}
