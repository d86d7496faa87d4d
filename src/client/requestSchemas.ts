import * as z from 'zod/mini'
import { isInstant } from '../time/internal/parseInstant.js'
import { isValidTimeZone } from '../time/isValidTimeZone.js'

// The request bodies of the contract, written once. The client's input types are
// `z.input` of these schemas (see inputs.ts), the mock backend validates with them, and the
// proxy's field lists are pinned to their keys by a type test. Field names stay in the
// API's snake_case so a widget-style config object can be merged in unchanged.
//
// Check messages are phrased to follow a field path ("The start must be …"): the mock turns
// them into Timekit's `{"errors": {"start": ["The start must be …"]}}` as they are.

/** An RFC 3339 instant with an offset, read by the time layer's one parser. */
export const InstantString = z.string().check(z.refine(isInstant, 'must be a timestamp with an offset.'))

/** A zone by the kit's one rule (`isValidTimeZone`): an IANA id or alias the runtime knows. */
export const TimeZoneName = z.string().check(z.refine(isValidTimeZone, 'must be a valid zone'))

/** English day names, as the API's day constraints take them. */
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const
export const DayName = z.enum(DAY_NAMES)
export type DayName = z.infer<typeof DayName>

/** Whole hours 0–24 in the resource's own zone. */
export const HourRange = z.object({ start: z.number(), end: z.number() })
export type HourRange = z.infer<typeof HourRange>

const DayAndTime = z.object({ day: DayName, start: z.number(), end: z.number() })
const DayOnly = z.object({ day: DayName })
const Period = z.object({ start: z.string(), end: z.string() })
const Empty = z.record(z.string(), z.never())

/**
 * One availability constraint. Constraints are evaluated in each resource's
 * own time zone; any `allow_*` blocks everything it does not allow.
 */
export const AvailabilityConstraint = z.union([
  z.object({ allow_day_and_time: DayAndTime }),
  z.object({ block_day_and_time: DayAndTime }),
  z.object({ allow_hours: HourRange }),
  z.object({ block_hours: HourRange }),
  z.object({ allow_day: DayOnly }),
  z.object({ block_day: DayOnly }),
  z.object({ allow_period: Period }),
  z.object({ block_period: Period }),
  z.object({ allow_weekdays: Empty }),
  z.object({ block_weekdays: Empty }),
  z.object({ allow_weekends: Empty }),
  z.object({ block_weekends: Empty }),
])
export type AvailabilityConstraint = z.infer<typeof AvailabilityConstraint>

/** How slots of several resources combine. */
export const AVAILABILITY_MODES = ['roundrobin_random', 'roundrobin_prioritized', 'mutual', 'exclusive'] as const
export const AvailabilityMode = z.enum(AVAILABILITY_MODES, `must be one of ${AVAILABILITY_MODES.join(', ')}.`)
export type AvailabilityMode = z.infer<typeof AvailabilityMode>

// Each documented body keeps its shape in a const of its own and names it in the schema's
// type: declaration files then carry the fields' TSDoc (and `@default`s) to editors, which an
// inline shape inside `z.object(…)` would lose.
const availabilityParamsShape = {
  /** How the slots of several resources combine. */
  mode: AvailabilityMode,
  /** Resource ids to search. */
  resources: z.optional(z.readonly(z.array(z.string()))),
  /** Take defaults from a project; explicit fields win. */
  project_id: z.optional(z.string()),
  /** Slot length, e.g. `"30 minutes"`. @default "1 hour" */
  length: z.optional(z.string()),
  /** Window start: `"now"`, `"tomorrow"` or an instant. @default "now" */
  from: z.optional(z.string()),
  /** Window end: `"4 weeks"` or an instant; at most 6 months after `from`. @default "4 weeks" */
  to: z.optional(z.string()),
  /** Padding around existing bookings, e.g. `"15 minutes"`. */
  buffer: z.optional(z.string()),
  /** When slots may start, e.g. `"15 minutes"`. @default the length */
  timeslot_increments: z.optional(z.string()),
  round_to_nearest_hour: z.optional(z.boolean()),
  /**
   * Zone of the returned timestamps' offsets. It changes no instant and not
   * where constraints are evaluated. @default "UTC"
   */
  output_timezone: z.optional(TimeZoneName),
  constraints: z.optional(z.readonly(z.array(AvailabilityConstraint))),
  /** Calendar ids for resources with more than the default calendar. */
  calendar_ids: z.optional(z.readonly(z.array(z.string()))),
}
/** Body of `POST /availability` and `POST /availability/dates`. */
export const AvailabilityParams: z.ZodMiniObject<typeof availabilityParamsShape> = z.object(availabilityParamsShape)
export type AvailabilityParams = z.input<typeof AvailabilityParams>

const customerShape = {
  name: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
  voip: z.optional(z.string()),
  /** IANA zone of the customer; the API answers 422 for an invalid one. */
  timezone: z.optional(TimeZoneName),
  first_name: z.optional(z.string()),
  last_name: z.optional(z.string()),
  comment: z.optional(z.string()),
}
/** The customer of a booking. Custom keys are sent as they are. */
export const CustomerInput: z.ZodMiniObject<typeof customerShape, z.core.$loose> = z.looseObject(customerShape)
export type CustomerInput = z.input<typeof CustomerInput>

/** The booking graphs the kit knows, in one list; the API accepts others. */
export const BOOKING_GRAPHS = ['instant', 'confirm_decline', 'instant_payment', 'group_owner', 'group_customer'] as const
export type KnownBookingGraph = (typeof BOOKING_GRAPHS)[number]
/** A booking graph: one the kit knows, or any other name the API accepts. */
export type BookingGraph = KnownBookingGraph | (string & {})
// A plain string at runtime (unknown graphs are the server's call); the type keeps the
// known names for autocompletion.
const BookingGraphName = z.custom<BookingGraph>((value) => typeof value === 'string')

const createBookingShape = {
  /** The resource to book. */
  resource_id: z.string(),
  /** The booking graph: `"confirm_decline"` waits for the host. @default "instant" */
  graph: z.optional(BookingGraphName),
  /** RFC 3339 instant with an offset, e.g. a slot's `start`. */
  start: InstantString,
  /** RFC 3339 instant with an offset, after `start`. */
  end: InstantString,
  what: z.optional(z.string()),
  where: z.optional(z.string()),
  description: z.optional(z.string()),
  customer: CustomerInput,
  participants: z.optional(z.array(z.string())),
  meta: z.optional(z.record(z.string(), z.unknown())),
  project_id: z.optional(z.string()),
  /** `allow_double_bookings` books over a taken slot (the proxy drops it by default). */
  settings: z.optional(z.object({ allow_double_bookings: z.optional(z.boolean()) })),
}
/** Body of `POST /bookings`. */
export const CreateBookingInput: z.ZodMiniObject<typeof createBookingShape> = z.object(createBookingShape)
export type CreateBookingInput = z.input<typeof CreateBookingInput>

const rescheduleShape = {
  /** The new start, an RFC 3339 instant with an offset. */
  start: InstantString,
  /** The new end, after `start`. */
  end: InstantString,
  /** The resource of the new slot (may differ from the booking's). */
  resource_id: z.string(),
  /** A note to the host. */
  message: z.optional(z.string()),
}
/** Body of `POST /bookings/:id/reschedule`. */
export const RescheduleInput: z.ZodMiniObject<typeof rescheduleShape> = z.object(rescheduleShape)
export type RescheduleInput = z.input<typeof RescheduleInput>

const createResourceShape = {
  /** Display name. */
  name: z.string(),
  /** IANA zone in which the resource's constraints are evaluated. */
  timezone: TimeZoneName,
  email: z.optional(z.string()),
  first_name: z.optional(z.string()),
  last_name: z.optional(z.string()),
  img: z.optional(z.string()),
  meta: z.optional(z.record(z.string(), z.unknown())),
  tags: z.optional(z.array(z.string())),
  /** Constraints evaluated in the resource's `timezone`. */
  availability_constraints: z.optional(z.array(AvailabilityConstraint)),
}
/** Body of `POST /resources`. */
export const CreateResourceInput: z.ZodMiniObject<typeof createResourceShape> = z.object(createResourceShape)
export type CreateResourceInput = z.input<typeof CreateResourceInput>

/** Body of `PUT /resources/:id`: any subset of the create fields. */
export const UpdateResourceInput = z.partial(CreateResourceInput)
export type UpdateResourceInput = z.input<typeof UpdateResourceInput>

/** Actions of the booking state machine the kit knows, in one list; the API knows more for other graphs. */
export const BOOKING_ACTIONS = [
  'confirm',
  'decline',
  'cancel',
  'cancel_by_customer',
  'complete',
  'reschedule_by_customer',
] as const
export type KnownBookingAction = (typeof BOOKING_ACTIONS)[number]
export type BookingAction = KnownBookingAction | (string & {})

/** A message that goes with decline and cancel actions. */
export const ActionMessage = z.object({ message: z.optional(z.string()) })
export type ActionMessage = z.input<typeof ActionMessage>
