// The request bodies' types, each `z.input` of its schema in requestSchemas.ts: the one
// description of the bodies that the client sends, the mock validates and the proxy filters.
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
  KnownBookingAction,
  KnownBookingGraph,
  RescheduleInput,
  UpdateResourceInput,
} from './requestSchemas.js'
