import type { StoreEnv } from '../store.js'
import { formatInstant, parseInstant } from '../time.js'
import type { MockBookingRecord, MockBookingSeed, MockCustomer, MockResource } from '../types.js'
import { isCompleted, possibleActions } from './stateMachine.js'

/** Stored instants are canonical UTC RFC 3339 (`+00:00`), whatever offset came in. */
export function canonicalInstant(value: string): string {
  const ms = parseInstant(value)
  if (ms === null) throw new Error(`Invalid timestamp in booking seed: ${value}`)
  return formatInstant(ms, 'UTC')
}

export function normaliseCustomer(raw: Partial<MockCustomer>, newId: () => string): MockCustomer {
  const { id, name, email, phone, voip, timezone, ...custom } = raw
  return {
    id: id ?? newId(),
    name: name ?? '',
    email: email ?? '',
    phone: phone ?? null,
    voip: voip ?? null,
    timezone: timezone ?? null,
    ...custom,
  }
}

/** Completes a seed booking; the default state follows the graph's create action. */
export function normaliseBookingSeed(
  seed: MockBookingSeed,
  resources: ReadonlyMap<string, MockResource>,
  env: StoreEnv,
): MockBookingRecord {
  const at = new Date(env.now()).toISOString()
  const resource = resources.get(seed.resource_id)
  const graph = seed.graph ?? 'instant'
  return {
    id: seed.id ?? env.newId(),
    graph,
    state: seed.state ?? (graph === 'instant' ? 'confirmed' : 'tentative'),
    start: canonicalInstant(seed.start),
    end: canonicalInstant(seed.end),
    what: seed.what ?? '',
    where: seed.where ?? '',
    description: seed.description ?? '',
    resource_id: seed.resource_id,
    resource_name: seed.resource_name ?? resource?.name ?? '',
    calendar_id: seed.calendar_id ?? resource?.calendars[0]?.id ?? null,
    customers: (seed.customers ?? []).map((c) => normaliseCustomer(c, env.newId)),
    participants: seed.participants ?? [],
    meta: seed.meta ?? {},
    project_id: seed.project_id ?? null,
    allow_double_bookings: seed.allow_double_bookings ?? false,
    messages: seed.messages ?? [],
    created_at: seed.created_at ?? at,
    updated_at: seed.updated_at ?? at,
  }
}

/** Top-level include names from `include=attributes.event_info,customers` → `{attributes, customers}`. */
export function parseInclude(url: URL): Set<string> {
  const raw = url.searchParams.getAll('include').join(',')
  return new Set(
    raw
      .split(',')
      .map((part) => part.trim().split('.')[0]!)
      .filter(Boolean),
  )
}

/**
 * The wire shape. Without `include` the booking is compact; `attributes` adds
 * `attributes.event_info`, `event` adds the calendar event, `customers` the customers.
 */
export function serializeBooking(
  b: MockBookingRecord,
  resources: ReadonlyMap<string, MockResource>,
  include: ReadonlySet<string>,
): Record<string, unknown> {
  const resource = resources.get(b.resource_id)
  const calendar = resource?.calendars.find((c) => c.id === b.calendar_id)
  const out: Record<string, unknown> = {
    id: b.id,
    graph: b.graph,
    state: b.state,
    completed: isCompleted(b.state),
    possible_actions: possibleActions(b.state),
    created_at: b.created_at,
    updated_at: b.updated_at,
    calendar: b.calendar_id ? { id: b.calendar_id, name: calendar?.name ?? null } : null,
    resource: { id: b.resource_id, name: resource?.name ?? b.resource_name },
    project_id: b.project_id,
    meta: b.meta,
  }
  const eventInfo = { start: b.start, end: b.end, what: b.what, where: b.where, description: b.description }
  if (include.has('attributes')) out.attributes = { event_info: eventInfo }
  if (include.has('event')) {
    out.event = { ...eventInfo, calendar_id: b.calendar_id, participants: b.participants }
  }
  if (include.has('customers')) out.customers = b.customers
  return out
}
