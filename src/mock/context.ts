import type { MockBookingRecord, MockProject, MockResource } from './types.js'

/** The engine's live state. Handlers mutate it synchronously and set `dirty`. */
export interface MockStore {
  resources: Map<string, MockResource>
  bookings: Map<string, MockBookingRecord>
  projects: Map<string, MockProject>
  /** Set by any mutation; the router persists (via `onMutation`) before answering. */
  dirty: boolean
}

export interface HandlerContext {
  request: Request
  url: URL
  params: Record<string, string>
  /** The parsed JSON body; `{}` when the request had none. */
  body: Record<string, unknown>
  store: MockStore
  /** The current instant in epoch ms (from the `now` option). */
  now: () => number
  random: () => number
  newId: () => string
}

/** Handlers are synchronous on purpose: check-then-insert can never interleave with another request. */
export type Handler = (ctx: HandlerContext) => Response
