import { getDateTimeFormat } from '../../time/internal/formatterCache.js'
import { dayKeyToUtcNoon } from './civilDay.js'

/** A day key as a full date in the locale: `Tuesday, March 24, 2026`. */
export function formatFullDay(dayKey: string, locale: string): string {
  return getDateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(dayKeyToUtcNoon(dayKey))
}

/**
 * ICU versions disagree on the spaces around a range's dash: Node 20's ICU 78
 * writes thin spaces (`Nov 21\u2009–\u200927`), Chromium's plain ones. A
 * server-rendered range would then fail hydration, so range texts are written
 * with plain spaces in every engine.
 */
export function sameInEveryEngine(text: string): string {
  return text.replace(/\u2009/g, ' ')
}

/** A range of day keys in the locale: `Mar 23 – 29, 2026`. */
export function formatDayRange(first: string, last: string, locale: string): string {
  const format = getDateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
  return sameInEveryEngine(format.formatRange(dayKeyToUtcNoon(first), dayKeyToUtcNoon(last)))
}

/** The zone's short name at an instant in the locale (`CEST`, or `GMT+2` where it has none). */
export function formatZoneAbbreviation(instant: string, timeZone: string, locale: string): string {
  const ms = Date.parse(instant)
  // Every slot of a DST day shows the zone's name, and formatToParts is slow:
  // one answer per quarter hour serves them all (offsets change on quarter hours).
  const key = `${timeZone}|${locale}|${Math.floor(ms / QUARTER_HOUR)}`
  let name = abbreviations.get(key)
  if (name === undefined) {
    const parts = getDateTimeFormat(locale, { timeZone, timeZoneName: 'short', hour: 'numeric' }).formatToParts(ms)
    name = parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone
    if (abbreviations.size >= MAX_ABBREVIATIONS) abbreviations.clear()
    abbreviations.set(key, name)
  }
  return name
}

const QUARTER_HOUR = 900_000
const MAX_ABBREVIATIONS = 2_000
const abbreviations = new Map<string, string>()
