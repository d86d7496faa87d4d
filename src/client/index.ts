export { createBookingClient, type BookingClient } from './createBookingClient'
export { joinUrl, type BookingClientConfig, type HeadersInput, type RequestOptions, type Transport, type TransportRequest } from './transport'
export type { ResourcesApi } from './resources'
export type { AvailabilityApi } from './availability'
export { DEFAULT_BOOKING_INCLUDE, type BookingsApi, type IncludeOptions } from './bookings'
export type { ListResult, Page } from './paging'
export type { IncludeParam, ListParams, SearchParam } from './params'
export type {
  ActionMessage,
  AvailabilityConstraint,
  AvailabilityMode,
  AvailabilityParams,
  BookingAction,
  BookingGraph,
  CreateBookingInput,
  CreateResourceInput,
  CustomerInput,
  DayName,
  HourRange,
  RescheduleInput,
  UpdateResourceInput,
} from './inputs'
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
} from './schemas'
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
  ServerError,
  SlotTakenError,
  TimeoutError,
  ValidationError,
  isAbortError,
  isBookingKitError,
  type FieldErrors,
  type RequestTarget,
  type ShapeIssue,
} from './errors'
