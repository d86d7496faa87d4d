export { createBookingClient, type BookingClient } from './createBookingClient.js'
export { joinUrl, type BookingClientConfig, type HeadersInput, type RequestOptions, type Transport, type TransportRequest } from './transport.js'
export type { ResourcesApi } from './resources.js'
export type { AvailabilityApi } from './availability.js'
export { DEFAULT_BOOKING_INCLUDE, type BookingsApi, type IncludeOptions } from './bookings.js'
export type { ListResult, Page } from './paging.js'
export type { IncludeParam, ListParams, SearchParam } from './params.js'
// Request bodies: each name is both the zod/mini schema and its `z.input` type.
export {
  ActionMessage,
  AvailabilityConstraint,
  AvailabilityMode,
  AvailabilityParams,
  AVAILABILITY_MODES,
  BOOKING_ACTIONS,
  BOOKING_GRAPHS,
  CreateBookingInput,
  CreateResourceInput,
  CustomerInput,
  DAY_NAMES,
  DayName,
  HourRange,
  InstantString,
  RescheduleInput,
  TimeZoneName,
  UpdateResourceInput,
  type BookingAction,
  type BookingGraph,
  type KnownBookingAction,
  type KnownBookingGraph,
} from './requestSchemas.js'
export {
  AvailableDate,
  Booking,
  BOOKING_STATES,
  Calendar,
  Constraint,
  Customer,
  EventInfo,
  Resource,
  ResourceRef,
  Slot,
  Timestamp,
  envelope,
  listEnvelope,
  type KnownBookingState,
} from './schemas.js'
export {
  AuthError,
  BookingKitError,
  ConfigError,
  HttpError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  ResponseShapeError,
  ResponseTooLargeError,
  ServerError,
  SlotTakenError,
  TimeoutError,
  ValidationError,
  isAbortError,
  isBookingKitError,
  type FieldErrors,
  type RequestTarget,
  type ShapeIssue,
} from './errors.js'
