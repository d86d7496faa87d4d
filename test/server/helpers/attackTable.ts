import { basicAuth } from '../../../src/server/basicAuth'
import { RESOURCE_A } from './stubUpstream'

export const APP_KEY = 'live_api_key_ATTACK_TABLE_SECRET'
export const KEY_BASE64 = basicAuth(APP_KEY).slice('Basic '.length)
const FOREIGN = '99999999-9999-4999-8999-999999999999'
const BOOKING = '33333333-3333-4333-8333-333333333333'
export const LISTED_ORIGIN = 'https://shop.example'
export const EVIL_ORIGIN = 'https://evil.example'
export const JSON_TYPE = { 'Content-Type': 'application/json' }

const booking = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    resource_id: RESOURCE_A,
    start: '2026-06-10T09:00:00+02:00',
    end: '2026-06-10T10:00:00+02:00',
    customer: { name: 'Eve', email: 'eve@example.com' },
    ...extra,
  })
export const availability = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ mode: 'roundrobin_random', resources: [RESOURCE_A], ...extra })

export interface Attack {
  name: string
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
  status: number
}

/** Every row must be answered by the proxy itself, with a 4xx, and never reach the upstream. */
export const attacks: Attack[] = [
  // Path traversal, in every encoding. Raw targets: node:http sends them as written.
  { name: 'raw ../', method: 'GET', path: '/api/booking/../bookings', status: 400 },
  { name: 'raw ../../ out of a route', method: 'GET', path: '/api/booking/resources/../../v2/bookings', status: 400 },
  { name: '%2e%2e/', method: 'POST', path: '/api/booking/%2e%2e/bookings', headers: JSON_TYPE, body: booking(), status: 400 },
  { name: '%2E%2E%2F in one segment', method: 'GET', path: '/api/booking/%2E%2E%2Fbookings', status: 400 },
  { name: 'double-encoded %252e%252e%252f', method: 'GET', path: '/api/booking/%252e%252e%252fbookings', status: 400 },
  { name: '..%2f', method: 'GET', path: '/api/booking/resources/..%2fbookings', status: 400 },
  { name: 'backslash ..\\', method: 'GET', path: '/api/booking/resources/..\\bookings', status: 400 },
  { name: 'encoded backslash %5c', method: 'GET', path: '/api/booking/resources%5c..%5cbookings', status: 400 },
  { name: 'dot segment /./', method: 'GET', path: '/api/booking/./resources', status: 400 },
  { name: 'encoded dot-dot as an id', method: 'GET', path: '/api/booking/resources/%2e%2e', status: 400 },
  { name: 'protocol-relative //evil.com/x', method: 'GET', path: '//evil.com/x', status: 400 },
  { name: 'empty segment before a host', method: 'GET', path: '/api/booking//evil.com/resources', status: 400 },
  { name: 'absolute URL as target', method: 'GET', path: 'http://evil.com/v2/resources', status: 400 },
  { name: 'userinfo @evil.com as an id', method: 'GET', path: '/api/booking/resources/@evil.com', status: 400 },
  { name: 'encoded NUL', method: 'GET', path: '/api/booking/resources/%00', status: 400 },
  { name: '; path parameter', method: 'GET', path: '/api/booking/resources;jsessionid=1', status: 400 },
  { name: '; in an id', method: 'GET', path: `/api/booking/resources/${RESOURCE_A};x=1`, status: 400 },
  { name: 'outside the mount point', method: 'GET', path: '/elsewhere/resources', status: 404 },

  // Methods and routes a public page may not use.
  { name: 'GET /bookings (list everyone)', method: 'GET', path: '/api/booking/bookings', status: 403 },
  { name: 'GET /bookings/:id', method: 'GET', path: `/api/booking/bookings/${BOOKING}`, status: 403 },
  { name: 'DELETE /bookings/:id', method: 'DELETE', path: `/api/booking/bookings/${BOOKING}`, status: 403 },
  { name: 'PUT /bookings/:id/confirm', method: 'PUT', path: `/api/booking/bookings/${BOOKING}/confirm`, headers: JSON_TYPE, body: '{}', status: 403 },
  { name: 'PUT /bookings/:id/cancel', method: 'PUT', path: `/api/booking/bookings/${BOOKING}/cancel`, headers: JSON_TYPE, body: '{}', status: 403 },
  { name: 'POST /bookings/:id/reschedule', method: 'POST', path: `/api/booking/bookings/${BOOKING}/reschedule`, headers: JSON_TYPE, body: booking(), status: 403 },
  { name: 'POST /resources', method: 'POST', path: '/api/booking/resources', headers: JSON_TYPE, body: '{"name":"x","timezone":"UTC"}', status: 403 },
  { name: 'PUT /resources/:id', method: 'PUT', path: `/api/booking/resources/${RESOURCE_A}`, headers: JSON_TYPE, body: '{"name":"x"}', status: 403 },
  { name: 'DELETE /resources/:id', method: 'DELETE', path: `/api/booking/resources/${RESOURCE_A}`, status: 403 },
  { name: 'unknown route /projects', method: 'GET', path: '/api/booking/projects', status: 403 },
  { name: 'GET on a POST-only route', method: 'GET', path: '/api/booking/availability', status: 403 },
  { name: 'a resource outside the policy set', method: 'GET', path: `/api/booking/resources/${FOREIGN}`, status: 403 },
  { name: 'X-HTTP-Method-Override: DELETE', method: 'POST', path: '/api/booking/bookings', headers: { ...JSON_TYPE, 'X-HTTP-Method-Override': 'DELETE' }, body: booking(), status: 400 },
  { name: 'X-HTTP-Method: PUT', method: 'POST', path: '/api/booking/availability', headers: { ...JSON_TYPE, 'X-HTTP-Method': 'PUT' }, body: availability(), status: 400 },
  { name: 'HEAD', method: 'HEAD', path: '/api/booking/resources', status: 405 },
  { name: 'TRACE', method: 'TRACE', path: '/api/booking/resources', status: 405 },
  { name: 'PATCH', method: 'PATCH', path: `/api/booking/bookings/${BOOKING}`, headers: JSON_TYPE, body: '{}', status: 405 },
  { name: 'CONNECT-like method', method: 'PROPFIND', path: '/api/booking/resources', status: 405 },

  // Headers do not unlock anything.
  { name: 'forged Authorization on a closed route', method: 'GET', path: '/api/booking/bookings', headers: { Authorization: `Basic ${KEY_BASE64}` }, status: 403 },
  { name: 'forged Host and X-Forwarded-Host on a closed route', method: 'DELETE', path: `/api/booking/bookings/${BOOKING}`, headers: { Host: 'api.timekit.io', 'X-Forwarded-Host': 'api.timekit.io' }, status: 403 },

  // Bodies.
  { name: 'oversized body (Content-Length)', method: 'POST', path: '/api/booking/availability', headers: JSON_TYPE, body: availability({ pad: 'x'.repeat(70_000) }), status: 413 },
  { name: 'oversized body (chunked, no length)', method: 'POST', path: '/api/booking/bookings', headers: { ...JSON_TYPE, 'Transfer-Encoding': 'chunked' }, body: booking({ pad: 'x'.repeat(70_000) }), status: 413 },
  { name: 'text/plain body (simple CSRF request)', method: 'POST', path: '/api/booking/bookings', headers: { 'Content-Type': 'text/plain' }, body: booking(), status: 415 },
  { name: 'form-encoded body', method: 'POST', path: '/api/booking/bookings', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'resource_id=x', status: 415 },
  { name: 'no Content-Type', method: 'POST', path: '/api/booking/availability', body: availability(), status: 415 },
  { name: 'gzip Content-Encoding', method: 'POST', path: '/api/booking/bookings', headers: { ...JSON_TYPE, 'Content-Encoding': 'gzip' }, body: booking(), status: 415 },
  { name: 'unparseable JSON', method: 'POST', path: '/api/booking/availability', headers: JSON_TYPE, body: '{"mode":', status: 400 },
  { name: 'JSON array instead of an object', method: 'POST', path: '/api/booking/bookings', headers: JSON_TYPE, body: '[]', status: 400 },
  { name: 'empty JSON body', method: 'POST', path: '/api/booking/bookings', headers: JSON_TYPE, body: '', status: 400 },

  // Policy overrides the browser tries in the body.
  { name: 'resource_id outside the set', method: 'POST', path: '/api/booking/bookings', headers: JSON_TYPE, body: booking({ resource_id: FOREIGN }), status: 403 },
  { name: 'resource_id as an array', method: 'POST', path: '/api/booking/bookings', headers: JSON_TYPE, body: booking({ resource_id: [RESOURCE_A] }), status: 403 },
  { name: 'availability for a foreign resource', method: 'POST', path: '/api/booking/availability', headers: JSON_TYPE, body: availability({ resources: [RESOURCE_A, FOREIGN] }), status: 403 },
  { name: 'availability dates for a foreign resource', method: 'POST', path: '/api/booking/availability/dates', headers: JSON_TYPE, body: availability({ resources: [FOREIGN] }), status: 403 },
  { name: 'a huge absolute to', method: 'POST', path: '/api/booking/availability', headers: JSON_TYPE, body: availability({ from: 'now', to: '9999-12-31T00:00:00Z' }), status: 422 },
  { name: 'a huge relative to', method: 'POST', path: '/api/booking/availability', headers: JSON_TYPE, body: availability({ to: '2 years' }), status: 422 },
  { name: 'an unreadable to', method: 'POST', path: '/api/booking/availability', headers: JSON_TYPE, body: availability({ to: 'forever' }), status: 422 },

  // CORS preflights are answered here and never forwarded.
  { name: 'preflight from an unlisted origin', method: 'OPTIONS', path: '/api/booking/bookings', headers: { Origin: EVIL_ORIGIN, 'Access-Control-Request-Method': 'POST' }, status: 403 },
  { name: 'preflight without an Origin', method: 'OPTIONS', path: '/api/booking/bookings', status: 403 },
  { name: 'preflight from a look-alike origin', method: 'OPTIONS', path: '/api/booking/bookings', headers: { Origin: `${LISTED_ORIGIN}.evil.example`, 'Access-Control-Request-Method': 'POST' }, status: 403 },
]

