import type {
  AvailabilityConstraint,
  AvailabilityMode,
  AvailabilityParams,
  BookingGraph,
  CreateBookingInput,
  RescheduleInput,
} from '../client/inputs.js'
import type { ProxyRoute, RouteParams } from './routes.js'

/** A parsed JSON object body. */
export type JsonObject = Record<string, unknown>

/** What a `transform` sees besides the body. */
export interface PolicyContext {
  /** The allowed route the request matched. */
  route: ProxyRoute
  /** Its `:name` params. */
  params: RouteParams
  /** The incoming request (body already read: use headers, cookies, URL). */
  request: Request
}

/** An upper bound on the availability window `to - from`. */
export interface MaxWindow {
  /** Longest window, in days. */
  days: number
  /**
   * What to do with a longer window: `'reject'` answers 422 and names `to`;
   * `'clamp'` moves `to` to `from + days` and forwards. An unreadable
   * `from` / `to` is always rejected: a bound that cannot be checked is no bound.
   * @default 'reject'
   */
  onExceed?: 'reject' | 'clamp'
}

/** Rules for `POST /availability` and `POST /availability/dates`. */
export interface AvailabilityPolicy {
  /**
   * Fields passed on; any other is dropped.
   * @default AVAILABILITY_FIELDS (the contract's availability fields)
   */
  allowedFields?: readonly string[]
  /** Forced `mode`; the browser's is replaced. @default the browser's */
  mode?: AvailabilityMode
  /** Forced slot `length`, e.g. `'30 minutes'`; the browser's is replaced. @default the browser's */
  length?: string
  /**
   * Forced `constraints`. They **replace** the browser's rather than being
   * added: within one request, `allow_*` constraints of the same kind
   * combine into the union of what they allow, so a browser-sent
   * `allow_hours 0–24` added to the app's `allow_hours 9–17` would reopen
   * the whole day.
   * @default the browser's
   */
  constraints?: AvailabilityConstraint[]
  /** Longest window a page may ask for. @default no bound beyond Timekit's own (6 months) */
  maxWindow?: MaxWindow
  /**
   * With `BookingProxyPolicy.resources`: answer 403 when `resources` names an
   * id outside the set (`'reject'`), or drop those ids and go on (`'filter'`;
   * 403 when none is left). A missing `resources` becomes the whole set.
   * @default 'reject'
   */
  onForeignResources?: 'reject' | 'filter'
}

/** Rules for `POST /bookings`. */
export interface BookingPolicy {
  /**
   * Fields passed on; any other is dropped.
   * @default DEFAULT_BOOKING_FIELDS (the contract's create fields without `settings` and `participants`)
   */
  allowedFields?: readonly string[]
  /**
   * Forced `graph`, e.g. `'confirm_decline'` so a host confirms every
   * booking; the browser's is replaced.
   * @default the browser's (the client sends `'instant'`)
   */
  graph?: BookingGraph
}

/** Server-side rules the browser cannot override: its values are replaced or refused, never trusted. */
export interface BookingProxyPolicy {
  /**
   * Resource ids a page may see, search and book. Availability outside the set
   * is refused or filtered (see `onForeignResources`), a booking's or
   * reschedule's `resource_id` outside it answers 403, `GET /resources/:id`
   * outside it answers 403 and `GET /resources` lists only these.
   * @default every resource of the app
   */
  resources?: readonly string[]
  /**
   * Fields of a resource that `GET /resources` and `GET /resources/:id`
   * answer; the rest (email, calendars, constraints, meta, …) never leaves the server.
   * @default PUBLIC_RESOURCE_FIELDS (`id`, `name`, `timezone`, `img`)
   */
  publicResourceFields?: readonly string[]
  availability?: AvailabilityPolicy
  booking?: BookingPolicy
  /**
   * Last word on every JSON request body, after the built-in rules: return
   * the body to forward (throwing answers 500, with nothing of the error shown).
   * @default none
   */
  transform?: (body: JsonObject, context: PolicyContext) => JsonObject | Promise<JsonObject>
}

// The field lists are spelled out so the proxy stays free of zod. The literal lists below are
// pinned to exactly the fields of the client's request schemas by
// test/server/policyFields.test-d.ts, so a field added to a schema fails the type check
// until the list follows; the public constants stay `readonly string[]` for callers.

/** @internal The literal list behind {@link AVAILABILITY_FIELDS}. */
export const availabilityFieldNames = Object.freeze([
  'mode',
  'resources',
  'project_id',
  'length',
  'from',
  'to',
  'buffer',
  'timeslot_increments',
  'round_to_nearest_hour',
  'output_timezone',
  'constraints',
  'calendar_ids',
] as const satisfies readonly (keyof AvailabilityParams)[])

/** The contract's `POST /availability` fields. */
export const AVAILABILITY_FIELDS: readonly string[] = availabilityFieldNames

/** @internal The literal list behind {@link DEFAULT_BOOKING_FIELDS}. */
export const bookingFieldNames = Object.freeze([
  'resource_id',
  'graph',
  'start',
  'end',
  'what',
  'where',
  'description',
  'customer',
  'meta',
  'project_id',
] as const satisfies readonly (keyof CreateBookingInput)[])

/**
 * The contract's `POST /bookings` fields a public page may set. Left out on
 * purpose: `settings` (`allow_double_bookings` would let a page book over a
 * taken slot) and `participants` (every address gets a calendar invite: a
 * spam relay). Add them back through `booking.allowedFields` if you need them.
 */
export const DEFAULT_BOOKING_FIELDS: readonly string[] = bookingFieldNames

/** @internal The literal list behind {@link RESCHEDULE_FIELDS}. */
export const rescheduleFieldNames = Object.freeze([
  'start',
  'end',
  'resource_id',
  'message',
] as const satisfies readonly (keyof RescheduleInput)[])

/** The contract's `POST /bookings/:id/reschedule` fields. */
export const RESCHEDULE_FIELDS: readonly string[] = rescheduleFieldNames

/** What a page may know about a resource. */
export const PUBLIC_RESOURCE_FIELDS: readonly string[] = Object.freeze(['id', 'name', 'timezone', 'img'])

/** Keeps only `fields` of `body`. */
export function pickFields(body: JsonObject, fields: readonly string[]): JsonObject {
  const out: JsonObject = {}
  for (const field of fields) {
    if (Object.hasOwn(body, field)) out[field] = body[field]
  }
  return out
}
