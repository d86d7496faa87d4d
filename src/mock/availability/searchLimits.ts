import { DAY, MINUTE } from '../time.js'

/**
 * Bounds that keep one availability request from blocking the mock server. Every request
 * is handled synchronously (so check-then-book stays atomic), which means a request that
 * computes for seconds stalls every other client. Each bound is checked before the work it
 * bounds, and a refusal is a 422 that says which field to change.
 */
export const SEARCH_LIMITS = {
  /** Distinct resources in one request (duplicates are removed first). */
  resources: 50,
  /** Constraints in one request's `constraints`. */
  constraints: 100,
  /** `resources × (window ÷ timeslot_increments)`: the slot starts the engine would try. */
  candidates: 100_000,
  /**
   * Local-time conversions the constraints need (`constraintCost` summed over every
   * resource's own, the project's and the request's constraints): each costs about 10 µs.
   */
  conversions: 10_000,
  /** Slots in one answer of `POST /availability`. */
  slots: 20_000,
  /** `Σ slot.resources` in one answer: what `exclusive` multiplies by the resource count. */
  slotResources: 60_000,
  /** Longest slot `length` and `buffer`. */
  length: 31 * DAY,
} as const

/** The longest booking `POST /bookings` and reschedule accept. */
export const MAX_BOOKING_MS = SEARCH_LIMITS.length

const NARROW = 'Narrow the search: a shorter window (from/to), a longer timeslot_increments or fewer resources.'

/** The 422 text for a search over the candidate budget, or `null` when it is within. */
export function candidatesProblem(resources: number, windowMs: number, increment: number): string | null {
  const candidates = resources * Math.ceil(Math.max(0, windowMs) / Math.max(increment, MINUTE))
  if (candidates <= SEARCH_LIMITS.candidates) return null
  return (
    `This search would try ${candidates.toLocaleString('en-US')} slot starts ` +
    `(${resources} resources × window ÷ timeslot_increments); the limit is ` +
    `${SEARCH_LIMITS.candidates.toLocaleString('en-US')}. ${NARROW}`
  )
}

/** The 422 text for constraints over the conversion budget, or `null` when within. */
export function conversionsProblem(conversions: number): string | null {
  if (conversions <= SEARCH_LIMITS.conversions) return null
  return (
    `The constraints of this search would need ${conversions.toLocaleString('en-US')} local-time ` +
    `conversions (constraints × days, per resource); the limit is ` +
    `${SEARCH_LIMITS.conversions.toLocaleString('en-US')}. ${NARROW}`
  )
}

/** The 422 text for an answer over the size limits, or `null` when it fits. */
export function answerProblem(slots: number, slotResources: number): string | null {
  if (slots <= SEARCH_LIMITS.slots && slotResources <= SEARCH_LIMITS.slotResources) return null
  return (
    `The answer would hold ${slots.toLocaleString('en-US')} slots naming ` +
    `${slotResources.toLocaleString('en-US')} resources; the limits are ` +
    `${SEARCH_LIMITS.slots.toLocaleString('en-US')} slots and ` +
    `${SEARCH_LIMITS.slotResources.toLocaleString('en-US')} resources across them. ${NARROW}`
  )
}
