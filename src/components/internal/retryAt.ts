import { RateLimitError } from '../../client/index.js'
import { getDateTimeFormat } from '../../time/internal/formatterCache.js'
import type { HourCycle } from '../../time/types.js'

/**
 * After a 429 with `Retry-After`: when to try again, as a short time in the
 * customer's zone. Call it in the failure's handler, never during render (it
 * reads the clock).
 */
export function formatRetryAt(
  error: unknown,
  options: { timeZone: string; locale: string; hourCycle?: HourCycle | undefined },
): string | undefined {
  if (!(error instanceof RateLimitError) || error.retryAfter === undefined) return undefined
  const { timeZone, locale, hourCycle } = options
  return getDateTimeFormat(locale, { timeZone, timeStyle: 'short', ...(hourCycle && { hourCycle }) }).format(Date.now() + error.retryAfter * 1000)
}
