import { RateLimitError } from '../../client/index.js'
import { getDateTimeFormat } from '../../time/internal/formatterCache.js'
import type { HourCycle } from '../../time/types.js'

/**
 * After a 429 with `Retry-After`: the instant to try again at, or undefined.
 * Call it in the failure's handler, never during render (it reads the clock).
 */
export function retryAtInstant(error: unknown): number | undefined {
  if (!(error instanceof RateLimitError) || error.retryAfter === undefined) return undefined
  return Date.now() + error.retryAfter * 1000
}

/** A retry instant as a short time in the customer's zone. */
export function formatRetryInstant(instant: number, options: { timeZone: string; locale: string; hourCycle?: HourCycle | undefined }): string {
  const { timeZone, locale, hourCycle } = options
  return getDateTimeFormat(locale, { timeZone, timeStyle: 'short', ...(hourCycle && { hourCycle }) }).format(instant)
}

