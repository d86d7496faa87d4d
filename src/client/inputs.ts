// Request bodies, in the API's own snake_case so that a widget-style config
// object (`availability: {…}`, `booking: {…}`) can be merged in unchanged.

/** English day names, as the API's day constraints take them. */
export type DayName = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday'

/** Whole hours 0–24 in the resource's own zone. */
export interface HourRange {
  start: number
  end: number
}
type Empty = Record<string, never>

/**
 * One availability constraint. Constraints are evaluated in each resource's
 * own time zone; any `allow_*` blocks everything it does not allow.
 */
export type AvailabilityConstraint =
  | { allow_day_and_time: HourRange & { day: DayName } }
  | { block_day_and_time: HourRange & { day: DayName } }
  | { allow_hours: HourRange }
  | { block_hours: HourRange }
  | { allow_day: { day: DayName } }
  | { block_day: { day: DayName } }
  | { allow_period: { start: string; end: string } }
  | { block_period: { start: string; end: string } }
  | { allow_weekdays: Empty }
  | { block_weekdays: Empty }
  | { allow_weekends: Empty }
  | { block_weekends: Empty }

/** How slots of several resources combine. */
export type AvailabilityMode = 'roundrobin_random' | 'roundrobin_prioritized' | 'mutual' | 'exclusive'

/** Body of `POST /availability` and `POST /availability/dates`. */
export interface AvailabilityParams {
  /** How the slots of several resources combine. */
  mode: AvailabilityMode
  /** Resource ids to search. */
  resources?: readonly string[]
  /** Take defaults from a project; explicit fields win. */
  project_id?: string
  /** Slot length, e.g. `"30 minutes"`. @default "1 hour" */
  length?: string
  /** Window start: `"now"`, `"tomorrow"` or an instant. @default "now" */
  from?: string
  /** Window end: `"4 weeks"` or an instant; at most 6 months after `from`. @default "4 weeks" */
  to?: string
  /** Padding around existing bookings, e.g. `"15 minutes"`. */
  buffer?: string
  /** When slots may start, e.g. `"15 minutes"`. @default the length */
  timeslot_increments?: string
  round_to_nearest_hour?: boolean
  /**
   * Zone of the returned timestamps' offsets. It changes no instant and not
   * where constraints are evaluated. @default "UTC"
   */
  output_timezone?: string
  constraints?: readonly AvailabilityConstraint[]
  /** Calendar ids for resources with more than the default calendar. */
  calendar_ids?: readonly string[]
}

/** The customer of a booking. Custom keys are sent as they are. */
export interface CustomerInput {
  name: string
  email: string
  phone?: string
  voip?: string
  /** IANA zone of the customer; the API answers 422 for an invalid one. */
  timezone?: string
  first_name?: string
  last_name?: string
  comment?: string
  [custom: string]: unknown
}

/** The booking graphs the kit knows; the API accepts others. */
export type BookingGraph =
  | 'instant'
  | 'confirm_decline'
  | 'instant_payment'
  | 'group_owner'
  | 'group_customer'
  | (string & {})

/** Body of `POST /bookings`. */
export interface CreateBookingInput {
  resource_id: string
  /** @default "instant" */
  graph?: BookingGraph
  start: string
  end: string
  what?: string
  where?: string
  description?: string
  customer: CustomerInput
  participants?: string[]
  meta?: Record<string, unknown>
  project_id?: string
  settings?: { allow_double_bookings?: boolean }
}

/** Body of `POST /bookings/:id/reschedule`. */
export interface RescheduleInput {
  start: string
  end: string
  resource_id: string
  /** A note to the host. */
  message?: string
}

/** Body of `POST /resources`. */
export interface CreateResourceInput {
  name: string
  /** IANA zone in which the resource's constraints are evaluated. */
  timezone: string
  email?: string
  first_name?: string
  last_name?: string
  img?: string
  meta?: Record<string, unknown>
  tags?: string[]
  availability_constraints?: AvailabilityConstraint[]
}

/** Body of `PUT /resources/:id`: any subset of the create fields. */
export type UpdateResourceInput = Partial<CreateResourceInput>

/** Actions of the booking state machine; the API knows more for other graphs. */
export type BookingAction =
  | 'confirm'
  | 'decline'
  | 'cancel'
  | 'cancel_by_customer'
  | 'complete'
  | 'reschedule_by_customer'
  | (string & {})

/** A message that goes with decline and cancel actions. */
export interface ActionMessage {
  message?: string
}
