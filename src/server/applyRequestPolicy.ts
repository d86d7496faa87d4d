import { ProxyRejection } from './proxyError.js'
import {
  AVAILABILITY_FIELDS,
  DEFAULT_BOOKING_FIELDS,
  RESCHEDULE_FIELDS,
  pickFields,
  type AvailabilityPolicy,
  type BookingProxyPolicy,
  type JsonObject,
  type PolicyContext,
} from './policy.js'
import { DAY_MS, parseWindowBoundary } from './timeWindow.js'

/**
 * Rewrites a request body by the app's policy before it goes upstream. The
 * built-in rules key on the route's method and pattern (`POST /bookings`), so
 * they also hold for a route an app re-declares in `allow`; `transform` runs last.
 */
export async function applyRequestPolicy(
  body: JsonObject,
  policy: BookingProxyPolicy,
  context: PolicyContext,
  now: number,
): Promise<JsonObject> {
  const key = `${context.route.method} ${context.route.path}`
  let next = body
  if (key === 'POST /availability' || key === 'POST /availability/dates') {
    next = applyAvailability(body, policy.availability ?? {}, policy.resources, now)
  } else if (key === 'POST /bookings') {
    next = pickFields(body, policy.booking?.allowedFields ?? DEFAULT_BOOKING_FIELDS)
    if (policy.booking?.graph !== undefined) next.graph = policy.booking.graph
    checkResourceId(next, policy.resources)
  } else if (key === 'POST /bookings/:id/reschedule') {
    next = pickFields(body, RESCHEDULE_FIELDS)
    checkResourceId(next, policy.resources)
  }
  if (policy.transform) {
    next = await policy.transform(next, context)
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      throw new Error('createBookingProxy: policy.transform must return an object')
    }
  }
  return next
}

function checkResourceId(body: JsonObject, resources: readonly string[] | undefined): void {
  if (!resources || !Object.hasOwn(body, 'resource_id')) return
  const id = body.resource_id
  if (typeof id !== 'string' || !resources.includes(id)) {
    throw new ProxyRejection(403, 'This resource cannot be booked here')
  }
}

function applyAvailability(
  body: JsonObject,
  policy: AvailabilityPolicy,
  resources: readonly string[] | undefined,
  now: number,
): JsonObject {
  const next = pickFields(body, policy.allowedFields ?? AVAILABILITY_FIELDS)
  if (policy.mode !== undefined) next.mode = policy.mode
  if (policy.length !== undefined) next.length = policy.length
  if (policy.constraints !== undefined) next.constraints = structuredClone(policy.constraints)

  if (resources) {
    if (next.resources === undefined) next.resources = [...resources]
    else if (!Array.isArray(next.resources)) throw new ProxyRejection(403, 'These resources cannot be searched here')
    else {
      const wanted = next.resources as unknown[]
      const allowed = wanted.filter((id): id is string => typeof id === 'string' && resources.includes(id))
      const isFiltering = policy.onForeignResources === 'filter'
      if ((allowed.length !== wanted.length && !isFiltering) || allowed.length === 0) {
        throw new ProxyRejection(403, 'These resources cannot be searched here')
      }
      next.resources = allowed
    }
  }

  if (policy.maxWindow) applyMaxWindow(next, policy.maxWindow.days, policy.maxWindow.onExceed ?? 'reject', now)
  return next
}

function applyMaxWindow(body: JsonObject, days: number, onExceed: 'reject' | 'clamp', now: number): void {
  const limit = days * DAY_MS
  const from = parseWindowBoundary(body.from ?? 'now', now)
  if (from === null) throw windowError('from', 'The from must be "now", "tomorrow", a relative time or a timestamp')
  // Timekit's default `to` is 4 weeks; an absent `to` is bounded like a sent one.
  const to = body.to === undefined ? from + 28 * DAY_MS : parseWindowBoundary(body.to, now)
  if (to === null) throw windowError('to', 'The to must be a relative time or a timestamp')
  if (to - from <= limit) return
  if (onExceed === 'clamp' || body.to === undefined) {
    body.to = new Date(from + limit).toISOString()
    return
  }
  throw windowError('to', `The window from from to to may be at most ${days} days`)
}

function windowError(field: string, message: string): ProxyRejection {
  return new ProxyRejection(422, message, { [field]: [message] })
}
