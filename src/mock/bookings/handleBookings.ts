import * as z from 'zod/mini'
import { CreateBookingInput, RescheduleInput } from '../../client/requestSchemas.js'
import { HOLDING_STATES } from '../availability/slots.js'
import type { HandlerContext } from '../context.js'
import { ErrorBag, errorMessage, json, noContent, notFound } from '../http.js'
import { paginate, readPageParams } from '../paging.js'
import { formatInstant, parseInstant } from '../time.js'
import type { MockBookingGraph, MockBookingRecord, MockResource } from '../types.js'
import { isEmail, readFields } from '../validation.js'
import { normaliseCustomer, parseInclude, serializeBooking } from './records.js'
import { parseSearch } from './search.js'
import { MAX_BOOKING_MS } from '../availability/searchLimits.js'
import { applyAction, CREATE_STATE, GRAPHS, isCompleted, refusal } from './stateMachine.js'

export const SLOT_TAKEN = 'The slot is no longer available'

// The bodies are the client's request schemas, read field by field so that every error of
// a request is answered at once; what the contract cannot say (unknown ids, end before
// start, the graphs this mock runs, e-mail syntax) is checked below.
const BookingBody = CreateBookingInput
const RescheduleBody = z.partial(RescheduleInput)

function readTimes(bag: ErrorBag, start: string | undefined, end: string | undefined) {
  const s = start === undefined ? null : parseInstant(start)
  const e = end === undefined ? null : parseInstant(end)
  if (s !== null && e !== null && e <= s) bag.add('end', 'The end must be a date after start.')
  else if (s !== null && e !== null && e - s > MAX_BOOKING_MS) {
    bag.add('end', `A booking may last at most ${MAX_BOOKING_MS / 86_400_000} days.`)
  }
  return { start: s, end: e }
}

function readResource(ctx: HandlerContext, bag: ErrorBag, id: string | undefined, required: boolean) {
  if (id === undefined) {
    if (required) bag.add('resource_id', 'The resource_id field is required.')
    return undefined
  }
  const resource = ctx.store.resources.get(id)
  if (!resource) bag.add('resource_id', 'The selected resource_id is invalid.')
  return resource
}

/** A live booking of the resource overlapping `[start, end)`, other than `excludeId`. */
function findConflict(ctx: HandlerContext, resourceId: string, start: number, end: number, excludeId?: string) {
  for (const b of ctx.store.bookings.values()) {
    if (b.id === excludeId || b.resource_id !== resourceId || !HOLDING_STATES.has(b.state)) continue
    if (Date.parse(b.start) < end && start < Date.parse(b.end)) return b
  }
  return undefined
}

function getBooking(ctx: HandlerContext): MockBookingRecord {
  const booking = ctx.store.bookings.get(ctx.params.id ?? '')
  if (!booking) throw notFound('Booking')
  return booking
}

function respond(ctx: HandlerContext, status: number, booking: MockBookingRecord): Response {
  return json(status, { data: serializeBooking(booking, ctx.store.resources, parseInclude(ctx.url)) })
}

export function listBookings(ctx: HandlerContext): Response {
  const match = parseSearch(ctx.url.searchParams.get('search'))
  const include = parseInclude(ctx.url)
  const page = paginate([...ctx.store.bookings.values()].filter(match), ctx.url, readPageParams(ctx.url))
  return json(200, { ...page, data: page.data.map((b) => serializeBooking(b, ctx.store.resources, include)) })
}

export function showBooking(ctx: HandlerContext): Response {
  return respond(ctx, 200, getBooking(ctx))
}

/**
 * Validates, checks the slot and inserts in one synchronous run, so two requests for the
 * same slot can never both pass the check: the second sees the first one's booking.
 */
export function createBooking(ctx: HandlerContext): Response {
  const bag = new ErrorBag()
  const body = readFields(BookingBody, ctx.body, bag)
  const resource = readResource(ctx, bag, body.resource_id, false)
  const graph = body.graph ?? 'instant'
  if (!(GRAPHS as readonly string[]).includes(graph)) {
    bag.add('graph', `The selected graph is invalid (the mock supports ${GRAPHS.join(', ')}).`)
  }
  const times = readTimes(bag, body.start, body.end)
  const customer = body.customer
  if (customer?.name !== undefined && customer.name.trim() === '') bag.add('customer.name', 'The customer.name field is required.')
  if (customer?.email !== undefined && !isEmail(customer.email)) {
    bag.add('customer.email', 'The customer.email must be a valid email address.')
  }
  if (body.project_id && !ctx.store.projects.has(body.project_id)) {
    bag.add('project_id', 'The selected project_id is invalid.')
  }
  bag.throwIfAny()

  const start = times.start!
  const end = times.end!
  const allowDouble = body.settings?.allow_double_bookings ?? false
  if (!allowDouble && findConflict(ctx, resource!.id, start, end)) throw errorMessage(409, SLOT_TAKEN)

  const at = new Date(ctx.now()).toISOString()
  const booking: MockBookingRecord = {
    id: ctx.newId(),
    graph: graph as MockBookingGraph,
    state: CREATE_STATE[graph as MockBookingGraph],
    start: formatInstant(start),
    end: formatInstant(end),
    what: body.what ?? '',
    where: body.where ?? '',
    description: body.description ?? '',
    resource_id: resource!.id,
    resource_name: resource!.name,
    calendar_id: resource!.calendars[0]?.id ?? null,
    customers: [normaliseCustomer({ ...customer!, timezone: customer!.timezone ?? null }, ctx.newId)],
    participants: body.participants ?? [],
    meta: body.meta ?? {},
    project_id: body.project_id ?? null,
    allow_double_bookings: allowDouble,
    messages: [],
    created_at: at,
    updated_at: at,
  }
  ctx.store.bookings.set(booking.id, booking)
  ctx.store.dirty = true
  return respond(ctx, 201, booking)
}

/** A message sent along (`{"cancel": {"message": "…"}}`), appended to the booking's messages. */
function withMessage(booking: MockBookingRecord, action: string, message: unknown, at: string): MockBookingRecord['messages'] {
  if (typeof message !== 'string' || message.trim() === '') return booking.messages
  return [...booking.messages, { action, message, created_at: at }]
}

/** `PUT /bookings/:id/:action`; a message in the body (`{"cancel": {"message": …}}`) is stored on the booking. */
export function bookingAction(ctx: HandlerContext): Response {
  const booking = getBooking(ctx)
  const action = ctx.params.action ?? ''
  const next = applyAction(booking.state, action)
  const at = new Date(ctx.now()).toISOString()
  const args = ctx.body[action]
  const message = args && typeof args === 'object' ? (args as { message?: unknown }).message : undefined
  const updated = { ...booking, state: next, messages: withMessage(booking, action, message, at), updated_at: at }
  ctx.store.bookings.set(updated.id, updated)
  ctx.store.dirty = true
  return respond(ctx, 200, updated)
}

/** Keeps the id and moves the times (and maybe the resource); the new slot must be free. */
export function rescheduleBooking(ctx: HandlerContext): Response {
  const booking = getBooking(ctx)
  const bag = new ErrorBag()
  const body = readFields(RescheduleBody, ctx.body, bag)
  if (!HOLDING_STATES.has(booking.state)) throw refusal('reschedule', booking.state)
  if (body.start === undefined && !bag.errors.start) bag.add('start', 'The start field is required.')
  if (body.end === undefined && !bag.errors.end) bag.add('end', 'The end field is required.')
  const times = readTimes(bag, body.start, body.end)
  const target: MockResource | undefined =
    readResource(ctx, bag, body.resource_id, false) ?? ctx.store.resources.get(booking.resource_id)
  if (!target) bag.add('resource_id', 'The booking\'s resource no longer exists; pass a resource_id.')
  bag.throwIfAny()
  const start = times.start!
  const end = times.end!
  if (!booking.allow_double_bookings && findConflict(ctx, target!.id, start, end, booking.id)) {
    throw errorMessage(409, SLOT_TAKEN)
  }
  const at = new Date(ctx.now()).toISOString()
  const updated: MockBookingRecord = {
    ...booking,
    start: formatInstant(start),
    end: formatInstant(end),
    resource_id: target!.id,
    resource_name: target!.name,
    calendar_id: target!.id === booking.resource_id ? booking.calendar_id : (target!.calendars[0]?.id ?? null),
    messages: withMessage(booking, 'reschedule', body.message, at),
    updated_at: at,
  }
  ctx.store.bookings.set(updated.id, updated)
  ctx.store.dirty = true
  return respond(ctx, 200, updated)
}

/** 204 for a booking in a final state; 422 otherwise. */
export function deleteBooking(ctx: HandlerContext): Response {
  const booking = getBooking(ctx)
  // The contract's final states (`declined`, `cancelled*`, `completed`); `rescheduled_by_customer`
  // has no action out of it either, but it is not final.
  if (!isCompleted(booking.state)) {
    throw errorMessage(422, `Cannot delete a booking in state '${booking.state}'; only bookings in a final state can be deleted`)
  }
  ctx.store.bookings.delete(booking.id)
  ctx.store.dirty = true
  return noContent()
}
