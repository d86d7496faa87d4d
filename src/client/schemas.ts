import * as z from 'zod/mini'
import { isInstant } from '../time/internal/parseInstant.js'

// The wire contract of the Timekit v2 subset the kit speaks. These schemas are
// the single source of the response types: every exported type below is
// `z.infer` of its schema, never a hand-written twin.
//
// Objects are `looseObject`: the API adds fields over time and documents that
// undocumented data may appear, so unknown keys are kept, never an error.

/**
 * An RFC 3339 instant, read by the time layer's one parser (so month 13, 30 February,
 * hour 24 and leap seconds are refused here as everywhere). Timekit emits `…+00:00`, `…Z`
 * and `…+0100` (no colon); all are accepted and normalised to the ECMAScript spelling
 * (`T`, upper-case `Z`, `.` before fractions, `+01:00`) so every instant the kit hands out
 * is one `Date.parse` reads everywhere.
 */
export const Timestamp = z.pipe(
  z.string().check(z.refine(isInstant, 'Expected an RFC 3339 timestamp with an offset')),
  z.transform(normaliseInstant),
)
export type Timestamp = z.infer<typeof Timestamp>

// Only called on strings `isInstant` accepted: `yyyy-MM-dd`, one separator, the time, an
// optional `.`/`,` fraction, then `Z`, `±HH:mm` or `±HHmm`.
function normaliseInstant(value: string): string {
  let s = value.toUpperCase().replace(',', '.')
  if (s[10] !== 'T') s = `${s.slice(0, 10)}T${s.slice(11)}`
  if (/[+-]\d{4}$/.test(s)) s = `${s.slice(0, -2)}:${s.slice(-2)}`
  return s
}

/** A resource as availability answers name it: `{ id, name? }`. Old payloads give bare id strings. */
export const ResourceRef = z.pipe(
  z.union([z.string(), z.looseObject({ id: z.string(), name: z.optional(z.nullable(z.string())) })]),
  z.transform((value) => (typeof value === 'string' ? { id: value } : value)),
)
export type ResourceRef = z.infer<typeof ResourceRef>

/** One free time slot. `start` and `end` are instants; `resources` are the ones free for it. */
export const Slot = z.looseObject({
  start: Timestamp,
  end: Timestamp,
  resources: z._default(z.array(ResourceRef), []),
})
export type Slot = z.infer<typeof Slot>

/** A day that has at least one free slot (`POST /availability/dates`). */
export const AvailableDate = z.looseObject({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a yyyy-MM-dd date')),
  resources: z._default(z.array(ResourceRef), []),
})
export type AvailableDate = z.infer<typeof AvailableDate>

/**
 * A free-form object, any keys kept. `looseObject({})` reads exactly what
 * `record(string, unknown)` would for JSON and infers the same
 * `{ [key: string]: unknown }`, without pulling `z.record` (about 3 KB min) into
 * every page.
 */
const FreeObject = z.looseObject({})

/** One availability constraint: an object with a single key such as `allow_hours`. */
export const Constraint = FreeObject
export type Constraint = z.infer<typeof Constraint>

export const Calendar = z.looseObject({
  id: z.string(),
  name: z.optional(z.nullable(z.string())),
  description: z.optional(z.nullable(z.string())),
  provider: z.optional(z.nullable(z.string())),
})
export type Calendar = z.infer<typeof Calendar>

/** A bookable person, room or thing. */
export const Resource = z.looseObject({
  id: z.string(),
  name: z.string(),
  timezone: z.optional(z.nullable(z.string())),
  email: z.optional(z.nullable(z.string())),
  first_name: z.optional(z.nullable(z.string())),
  last_name: z.optional(z.nullable(z.string())),
  img: z.optional(z.nullable(z.string())),
  meta: z.optional(z.nullable(FreeObject)),
  tags: z.optional(z.nullable(z.array(z.unknown()))),
  availability_constraints: z.optional(z.nullable(z.array(Constraint))),
  calendars: z.optional(z.nullable(z.array(Calendar))),
})
export type Resource = z.infer<typeof Resource>

export const Customer = z.looseObject({
  id: z.optional(z.string()),
  name: z.optional(z.nullable(z.string())),
  email: z.optional(z.nullable(z.string())),
  phone: z.optional(z.nullable(z.string())),
  timezone: z.optional(z.nullable(z.string())),
})
export type Customer = z.infer<typeof Customer>

export const EventInfo = z.looseObject({
  start: Timestamp,
  end: Timestamp,
  what: z.optional(z.nullable(z.string())),
  where: z.optional(z.nullable(z.string())),
  description: z.optional(z.nullable(z.string())),
})
export type EventInfo = z.infer<typeof EventInfo>

/**
 * A booking. `state` and `graph` are plain strings on purpose: the API adds
 * states and graphs over time, and an unknown one must not break a page.
 * The values the kit knows are listed in {@link BOOKING_STATES}.
 */
export const Booking = z.looseObject({
  id: z.string(),
  graph: z.string(),
  state: z.string(),
  completed: z._default(z.boolean(), false),
  possible_actions: z._default(z.array(z.string()), []),
  created_at: z.optional(z.nullable(Timestamp)),
  updated_at: z.optional(z.nullable(Timestamp)),
  attributes: z.optional(
    z.nullable(z.looseObject({ event_info: z.optional(z.nullable(EventInfo)) })),
  ),
  calendar: z.optional(z.unknown()),
  customers: z.optional(z.nullable(z.array(Customer))),
  resource: z.optional(z.nullable(z.looseObject({ id: z.string(), name: z.optional(z.nullable(z.string())) }))),
  meta: z.optional(z.nullable(FreeObject)),
})
export type Booking = z.infer<typeof Booking>

/** Laravel-style paging fields that list endpoints add at the top level. */
export const PagingFields = z.looseObject({
  total: z.optional(z.nullable(z.number())),
  per_page: z.optional(z.nullable(coercedNumber())),
  current_page: z.optional(z.nullable(z.number())),
  last_page: z.optional(z.nullable(z.number())),
  next_page_url: z.optional(z.nullable(z.string())),
  prev_page_url: z.optional(z.nullable(z.string())),
  from: z.optional(z.nullable(z.number())),
  to: z.optional(z.nullable(z.number())),
})

// What `z.coerce.number()` builds, built directly: reaching it through the `z.coerce`
// namespace makes bundlers keep every coercing schema (BigInt and Date among them).
function coercedNumber(): z.ZodMiniNumber<unknown> {
  return new z.ZodMiniNumber({ type: 'number', coerce: true, checks: [] })
}

/** `{ "data": T }`: the envelope of every payload. */
export function envelope<T extends z.ZodMiniType>(data: T) {
  return z.looseObject({ data })
}

/** A list envelope: `{ "data": T[] }` plus the paging fields. */
export function listEnvelope<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({ ...PagingFields.shape, data: z.array(item) })
}

/** The states of the booking graphs the kit knows; the API may send others. */
export const BOOKING_STATES = [
  'initialized',
  'tentative',
  'confirmed',
  'declined',
  'cancelled',
  'cancelled_by_customer',
  'completed',
  'rescheduled_by_customer',
] as const
export type KnownBookingState = (typeof BOOKING_STATES)[number]
