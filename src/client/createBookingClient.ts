import { createAvailabilityApi, type AvailabilityApi } from './availability.js'
import { createBookingsApi, type BookingsApi } from './bookings.js'
import { createResourcesApi, type ResourcesApi } from './resources.js'
import { createTransport, type BookingClientConfig, type Transport } from './transport.js'

/** A typed client for the Timekit v2 API subset, or any backend that speaks it. */
export interface BookingClient {
  /** The base URL every path is joined to. */
  readonly baseUrl: string
  readonly resources: ResourcesApi
  readonly availability: AvailabilityApi
  readonly bookings: BookingsApi
  /**
   * The transport every method uses, for endpoints the kit does not wrap:
   * `client.request({ method: 'GET', path: '/projects', schema: MySchema })`.
   * Same headers, timeout and typed errors.
   */
  readonly request: Transport
}

/**
 * Creates a client. Every method validates the response against the
 * contract's schema and rejects with a subclass of `BookingKitError`.
 *
 * @example
 * const client = createBookingClient({ baseUrl: '/api/booking' })
 * const slots = await client.availability.query({ mode: 'roundrobin_random', resources: [id] })
 */
export function createBookingClient(config: BookingClientConfig): BookingClient {
  const request = createTransport(config)
  return {
    baseUrl: config.baseUrl,
    resources: createResourcesApi(request),
    availability: createAvailabilityApi(request),
    bookings: createBookingsApi(request),
    request,
  }
}
