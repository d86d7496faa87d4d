import * as z from 'zod/mini'
import { isInstant } from '../time/internal/parseInstant.js'
import { coercedNumber, flag, invalidType, numeric, record, text, wire } from './internal/wire.js'

// The wire contract of the Timekit v2 subset the kit speaks. These schemas are
// the single source of the response types: every exported type below is
// `z.infer` of its schema, never a hand-written twin.
//
// Objects are `looseObject`: the API adds fields over time and documents that
// undocumented data may appear, so unknown keys are kept, never an error.
//
// Leaf values are the `wire` checks of internal/wire.ts rather than `z.string()`, `z.union`,
// `z.pipe` … : the same issues at a third of the zod code in an app's bundle.

/**
 * An RFC 3339 instant, read by the time layer's one parser (so month 13, 30 February,
 * hour 24 and leap seconds are refused here as everywhere). Timekit emits `…+00:00`, `…Z`
 * and `…+0100` (no colon); all are accepted and normalised to the ECMAScript spelling
 * (`T`, upper-case `Z`, `.` before fractions, `+01:00`) so every instant the kit hands out
 * is one `Date.parse` reads everywhere.
 */
export const Timestamp = wire<string>((payload) => {
  const value = payload.value
  if (typeof value !== 'string') invalidType(payload, 'string')
  else if (isInstant(value)) payload.value = normaliseInstant(value)
  else {
    const message = 'Expected an RFC 3339 timestamp with an offset'
    payload.issues.push({ code: 'custom', input: value, path: [], message, continue: true })
  }
})
export type Timestamp = z.infer<typeof Timestamp>

// Only called on strings `isInstant` accepted: `yyyy-MM-dd`, one separator, the time, an
// optional `.`/`,` fraction, then `Z`, `±HH:mm` or `±HHmm`.
function normaliseInstant(value: string): string {
  let s = value.toUpperCase().replace(',', '.')
  if (s[10] !== 'T') s = `${s.slice(0, 10)}T${s.slice(11)}`
  if (/[+-]\d{4}$/.test(s)) s = `${s.slice(0, -2)}:${s.slice(-2)}`
  return s
}

const optionalText = z.optional(z.nullable(text))
const optionalRecord = z.optional(z.nullable(record))
const NamedRef = z.looseObject({ id: text, name: optionalText })

/** A resource as availability answers name it: `{ id, name? }`. Old payloads give bare id strings. */
export const ResourceRef = wire<z.output<typeof NamedRef>, string | z.input<typeof NamedRef>>((payload) => {
  const value = payload.value
  if (typeof value === 'string') {
    payload.value = { id: value }
    return
  }
  const named = NamedRef.safeParse(value)
  if (named.success) payload.value = named.data
  else {
    // `z.union([z.string(), NamedRef])`'s issue: each option's issues, in order.
    const errors = [text.safeParse(value).error!.issues, named.error.issues]
    payload.issues.push({ code: 'invalid_union', input: value, errors })
  }
})
export type ResourceRef = z.infer<typeof ResourceRef>

/** One free time slot. `start` and `end` are instants; `resources` are the ones free for it. */
export const Slot = z.looseObject({
  start: Timestamp,
  end: Timestamp,
  resources: z._default(z.array(ResourceRef), []),
})
export type Slot = z.infer<typeof Slot>

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/

/** A day that has at least one free slot (`POST /availability/dates`). */
export const AvailableDate = z.looseObject({
  date: wire<string>((payload) => {
    const value = payload.value
    if (typeof value !== 'string') invalidType(payload, 'string')
    else if (!DAY_KEY.test(value)) {
      // `z.regex`'s issue, `path` ahead of the message as zod orders it.
      const issue = { origin: 'string', code: 'invalid_format', format: 'regex', input: value, pattern: String(DAY_KEY) } as const
      payload.issues.push({ ...issue, path: [], message: 'Expected a yyyy-MM-dd date', continue: true })
    }
  }),
  resources: z._default(z.array(ResourceRef), []),
})
export type AvailableDate = z.infer<typeof AvailableDate>

/** One availability constraint: an object with a single key such as `allow_hours`. */
export const Constraint = record
export type Constraint = z.infer<typeof Constraint>

export const Calendar = z.looseObject({
  id: text,
  name: optionalText,
  description: optionalText,
  provider: optionalText,
})
export type Calendar = z.infer<typeof Calendar>

/** A bookable person, room or thing. */
export const Resource = z.looseObject({
  id: text,
  name: text,
  timezone: optionalText,
  email: optionalText,
  first_name: optionalText,
  last_name: optionalText,
  img: optionalText,
  meta: optionalRecord,
  tags: z.optional(z.nullable(z.array(z.unknown()))),
  availability_constraints: z.optional(z.nullable(z.array(Constraint))),
  calendars: z.optional(z.nullable(z.array(Calendar))),
})
export type Resource = z.infer<typeof Resource>

export const Customer = z.looseObject({
  id: z.optional(text),
  name: optionalText,
  email: optionalText,
  phone: optionalText,
  timezone: optionalText,
})
export type Customer = z.infer<typeof Customer>

export const EventInfo = z.looseObject({
  start: Timestamp,
  end: Timestamp,
  what: optionalText,
  where: optionalText,
  description: optionalText,
})
export type EventInfo = z.infer<typeof EventInfo>

/**
 * A booking. `state` and `graph` are plain strings on purpose: the API adds
 * states and graphs over time, and an unknown one must not break a page.
 * The values the kit knows are listed in {@link BOOKING_STATES}.
 */
export const Booking = z.looseObject({
  id: text,
  graph: text,
  state: text,
  completed: z._default(flag, false),
  possible_actions: z._default(z.array(text), []),
  created_at: z.optional(z.nullable(Timestamp)),
  updated_at: z.optional(z.nullable(Timestamp)),
  attributes: z.optional(
    z.nullable(z.looseObject({ event_info: z.optional(z.nullable(EventInfo)) })),
  ),
  calendar: z.optional(z.unknown()),
  customers: z.optional(z.nullable(z.array(Customer))),
  resource: z.optional(z.nullable(NamedRef)),
  meta: optionalRecord,
})
export type Booking = z.infer<typeof Booking>

/** Laravel-style paging fields that list endpoints add at the top level. */
const pagingShape = {
  total: z.optional(z.nullable(numeric)),
  per_page: z.optional(z.nullable(coercedNumber)),
  current_page: z.optional(z.nullable(numeric)),
  last_page: z.optional(z.nullable(numeric)),
  next_page_url: optionalText,
  prev_page_url: optionalText,
  from: z.optional(z.nullable(numeric)),
  to: z.optional(z.nullable(numeric)),
}
export const PagingFields = z.looseObject(pagingShape)

/** `{ "data": T }`: the envelope of every payload. */
export function envelope<T extends z.ZodMiniType>(data: T) {
  return z.looseObject({ data })
}

/** A list envelope: `{ "data": T[] }` plus the paging fields. */
export function listEnvelope<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({ ...pagingShape, data: z.array(item) })
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
