import type { KnownBookingGraph, KnownBookingState } from '../client/index.js'

/** A Timekit constraint as it travels on the wire: a one-key object such as `{"block_weekends": {}}`. */
export type MockConstraint = Record<string, Record<string, unknown>>

export interface MockCalendar {
  id: string
  name: string
  description: string
  provider: string
  created_at: string
  updated_at: string
}

export interface MockResource {
  id: string
  name: string
  timezone: string
  email: string | null
  first_name: string | null
  last_name: string | null
  img: string | null
  meta: Record<string, unknown>
  tags: string[]
  availability_constraints: MockConstraint[]
  calendars: MockCalendar[]
  created_at: string
  updated_at: string
}

export interface MockCustomer {
  id: string
  name: string
  email: string
  phone: string | null
  voip: string | null
  timezone: string | null
  [key: string]: unknown
}

/** The booking states, from the client's one list (`BOOKING_STATES`). */
export type MockBookingState = KnownBookingState

/** The graphs the mock runs: two of the client's `BOOKING_GRAPHS`. */
export type MockBookingGraph = Extract<KnownBookingGraph, 'instant' | 'confirm_decline'>

/** How the engine stores a booking (and how `snapshot()` and a data file hold it). */
export interface MockBookingRecord {
  id: string
  graph: MockBookingGraph
  state: MockBookingState
  start: string
  end: string
  what: string
  where: string
  description: string
  resource_id: string
  /** Kept so a booking still names its resource after the resource is deleted. */
  resource_name: string
  calendar_id: string | null
  customers: MockCustomer[]
  participants: string[]
  meta: Record<string, unknown>
  project_id: string | null
  allow_double_bookings: boolean
  /** Messages sent with actions (`{"cancel": {"message": …}}`) and reschedules, oldest first. */
  messages: MockBookingMessage[]
  created_at: string
  updated_at: string
}

/** A message that came with an action or a reschedule: what the host or customer was told. */
export interface MockBookingMessage {
  /** `cancel`, `decline`, … or `reschedule`. */
  action: string
  message: string
  created_at: string
}

/** Availability defaults a project lends to `POST /availability` via `project_id`. */
export interface MockProject {
  id: string
  name?: string
  resources?: string[]
  mode?: string
  length?: string
  buffer?: string
  timeslot_increments?: string
  round_to_nearest_hour?: boolean
  output_timezone?: string
  availability_constraints?: MockConstraint[]
}

export type MockResourceSeed = Partial<MockResource> & { name: string; timezone: string }
export type MockBookingSeed = Partial<MockBookingRecord> & { resource_id: string; start: string; end: string }

export interface MockSeed {
  resources?: MockResourceSeed[]
  bookings?: MockBookingSeed[]
  projects?: MockProject[]
}

/** Serialisable state, the shape of `snapshot()` and of the local server's data file. */
export interface MockSnapshot {
  resources: MockResource[]
  bookings: MockBookingRecord[]
  projects: MockProject[]
}

export interface MockFaults {
  /** Share of requests (0–1) answered with `status` instead of being handled. @default 0 */
  errorRate?: number
  /** Status of an injected error (500, 502, 503, 429 …). 429 and 503 carry `Retry-After`. @default 500 */
  status?: number
  /** `true` for every request, or a share (0–1): answer a broken payload instead of handling. @default false */
  malformed?: boolean | number
}

export type MockLatency = number | { min: number; max: number }

export type MockNow = string | number | Date | (() => string | number | Date)
