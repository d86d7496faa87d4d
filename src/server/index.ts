export {
  createBookingProxy,
  type BookingProxyHandler,
  type BookingProxyOptions,
  type LazySetting,
} from './createBookingProxy.js'
export { toNodeHandler, type NodeHandler } from './toNodeHandler.js'
export { defaultRoutes, type ProxyMethod, type ProxyRoute, type RouteParams } from './routes.js'
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
} from './policy.js'
export type { CorsOptions } from './cors.js'
export { sanitizePath } from './sanitizePath.js'
