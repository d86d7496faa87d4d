import { getDateTimeFormat } from '../../time/internal/formatterCache.js'
import { dayKeyToUtcNoon } from './civilDay.js'

/** A day key as a full date in the locale: `Tuesday, March 24, 2026`. */
export function formatFullDay(dayKey: string, locale: string): string {
  return getDateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(dayKeyToUtcNoon(dayKey))
}

/** A range of day keys in the locale: `Mar 23 – 29, 2026`. */
export function formatDayRange(first: string, last: string, locale: string): string {
  const format = getDateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
  return format.formatRange(dayKeyToUtcNoon(first), dayKeyToUtcNoon(last))
}

/** The zone's short name at an instant in the locale (`CEST`, or `GMT+2` where it has none). */
export function formatZoneAbbreviation(instant: string, timeZone: string, locale: string): string {
  const parts = getDateTimeFormat(locale, { timeZone, timeZoneName: 'short', hour: 'numeric' }).formatToParts(
    Date.parse(instant),
  )
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone
}
