import { PUBLIC_RESOURCE_FIELDS, pickFields, type BookingProxyPolicy, type JsonObject } from './policy.js'
import type { ProxyRoute } from './routes.js'

/**
 * Trims a successful upstream JSON body before the browser sees it.
 *
 * Resources carry the host's email, calendars, constraints and free-form meta:
 * a booking page needs none of it, so only the public fields go out. Paging
 * links are cleared because they are absolute upstream URLs; the page numbers
 * beside them are enough to page through the proxy.
 */
export function applyResponsePolicy(json: unknown, route: ProxyRoute, policy: BookingProxyPolicy): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json
  const body: JsonObject = { ...json }
  for (const link of ['next_page_url', 'prev_page_url']) {
    if (typeof body[link] === 'string') body[link] = null
  }
  if (route.method !== 'GET') return body
  const fields = policy.publicResourceFields ?? PUBLIC_RESOURCE_FIELDS
  const isPublic = (item: unknown) =>
    !policy.resources || (isObject(item) && typeof item.id === 'string' && policy.resources.includes(item.id))

  if (route.path === '/resources' && Array.isArray(body.data)) {
    body.data = body.data.filter(isPublic).map((item) => (isObject(item) ? pickFields(item, fields) : item))
  } else if (route.path === '/resources/:id' && isObject(body.data)) {
    body.data = pickFields(body.data, fields)
  }
  return body
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
