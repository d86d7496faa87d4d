export { createBookingProxy, type BookingProxyHandler, type BookingProxyOptions } from './createBookingProxy'
export { toNodeHandler, type NodeHandler } from './toNodeHandler'
export { defaultRoutes, type ProxyMethod, type ProxyRoute, type RouteParams } from './routes'
export {
  AVAILABILITY_FIELDS,
  DEFAULT_BOOKING_FIELDS,
  PUBLIC_RESOURCE_FIELDS,
  RESCHEDULE_FIELDS,
  type AvailabilityPolicy,
  type BookingPolicy,
  type BookingProxyPolicy,
  type JsonObject,
  type MaxWindow,
  type PolicyContext,
} from './policy'
export type { CorsOptions } from './cors'
export { sanitizePath } from './sanitizePath'
