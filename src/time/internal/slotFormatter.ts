import type { HourCycle, SlotFormatOptions } from '../types.js'
import { MS_PER_DAY, MS_PER_MINUTE } from './civil.js'
import { getDateTimeFormat } from './formatterCache.js'
import { getZone, type Zone } from './zone.js'

const MINUTES_PER_DAY = 1440
// Any UTC day works as the reference: time-of-day fields do not depend on the date.
const REFERENCE_DAY = Date.UTC(2000, 0, 3)
const TIME_TYPES = new Set<string>(['hour', 'minute', 'dayPeriod'])

type TimeParts = Partial<Record<string, string>>

/** A label with its time fields cut out: `[literal, field, literal, field, …, literal]`. */
type LabelTemplate = string[]

// Formatting through Intl per slot is what makes naive slot lists slow. A list of
// 15-minute slots only has 96 distinct times of day, so time labels are formatted once per
// (locale, hour cycle, minute of day) in UTC and reused for every day and zone: the
// text of "13:30" does not depend on the date or the zone. The long label also carries
// the date and zone name, so it is formatted once per (day, offset) and only its time
// fields are swapped per slot. The property tests check all of this against Intl.
export class SlotFormatter {
  readonly #zone: Zone
  readonly #locale: string | undefined
  readonly #timeOptions: Intl.DateTimeFormatOptions
  readonly #labelOptions: Intl.DateTimeFormatOptions
  readonly #times: (string | undefined)[] = []
  readonly #ranges = new Map<number, string>()
  readonly #labelTimes: (TimeParts | undefined)[] = []
  readonly #templates = new Map<number, LabelTemplate>()

  constructor(zone: Zone, locale: string | undefined, hourCycle: HourCycle | undefined) {
    this.#zone = zone
    this.#locale = locale
    // Unforced, the locale's own short time pattern ('09:30' in en-GB and de,
    // '9:30 AM' in en-US, '9.30' in fi): hour 'numeric' drops the leading zero
    // 24-hour locales write and disagrees with formatRange. A forced cycle
    // uses the components, since timeStyle would give en-GB '01:30 pm'.
    // (Intl reads an undefined hourCycle as not given.)
    this.#timeOptions = hourCycle ? { hour: 'numeric', minute: '2-digit', hourCycle } : { timeStyle: 'short' }
    this.#labelOptions = {
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'long',
      hourCycle,
    }
  }

  /**
   * The formatter whose output the fast paths reproduce, or (`utc`) its UTC twin for the
   * wall-clock references. Only cache misses and cross-midnight ranges come here.
   */
  #intl(options: Intl.DateTimeFormatOptions, utc?: boolean): Intl.DateTimeFormat {
    return getDateTimeFormat(this.#locale, { ...options, timeZone: utc ? 'UTC' : this.#zone.intlId })
  }

  time(epochMs: number): string {
    const minute = minuteOfDay(epochMs + this.#zone.offsetAt(epochMs))
    return (this.#times[minute] ??= this.#intl(this.#timeOptions, true).format(REFERENCE_DAY + minute * MS_PER_MINUTE))
  }

  range(startMs: number, endMs: number): string {
    const startLocal = startMs + this.#zone.offsetAt(startMs)
    const endLocal = endMs + this.#zone.offsetAt(endMs)
    // Ranges across midnight show dates, and ranges that run backwards on the wall clock
    // (inside a repeated hour) depend on the instants; both go straight to Intl.
    if (endLocal <= startLocal || Math.floor(startLocal / MS_PER_DAY) !== Math.floor(endLocal / MS_PER_DAY)) {
      return this.#intl(this.#timeOptions).formatRange(startMs, endMs)
    }
    const start = minuteOfDay(startLocal)
    const end = minuteOfDay(endLocal)
    const key = start * MINUTES_PER_DAY + end
    let text = this.#ranges.get(key)
    if (text === undefined) {
      text = this.#intl(this.#timeOptions, true).formatRange(REFERENCE_DAY + start * MS_PER_MINUTE, REFERENCE_DAY + end * MS_PER_MINUTE)
      this.#ranges.set(key, text)
    }
    return text
  }

  label(epochMs: number): string {
    const offset = this.#zone.offsetAt(epochMs)
    const local = epochMs + offset
    // Keyed by day and offset because the zone name ("… Summer Time") follows the offset.
    const key = Math.floor(local / MS_PER_DAY) * 172_800 + Math.round(offset / 1000) + 86_400
    let template = this.#templates.get(key)
    if (!template) {
      template = toTemplate(partsAsFormatted(this.#intl(this.#labelOptions), epochMs))
      this.#templates.set(key, template)
    }
    const minute = minuteOfDay(local)
    let parts = this.#labelTimes[minute]
    if (!parts) {
      parts = {}
      for (const part of partsAsFormatted(this.#intl(this.#labelOptions, true), REFERENCE_DAY + minute * MS_PER_MINUTE)) {
        if (TIME_TYPES.has(part.type)) parts[part.type] = part.value
      }
      this.#labelTimes[minute] = parts
    }
    let text = template[0]!
    for (let i = 1; i < template.length; i += 2) text += (parts[template[i]!] ?? '') + template[i + 1]!
    return text
  }
}

function minuteOfDay(local: number): number {
  return Math.floor((local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY) / MS_PER_MINUTE)
}

// V8 turns U+202F (narrow no-break space, as in "1:30\u202fPM") into a plain space in
// format() but not in formatToParts(). The label must equal format(), so the part values
// are re-read from format()'s text at the same positions.
function partsAsFormatted(format: Intl.DateTimeFormat, epochMs: number): Intl.DateTimeFormatPart[] {
  const parts = format.formatToParts(epochMs)
  const text = format.format(epochMs)
  let length = 0
  for (const part of parts) length += part.value.length
  if (length !== text.length) return parts
  let at = 0
  return parts.map(({ type, value }) => ({ type, value: text.slice(at, (at += value.length)) }))
}

function toTemplate(parts: Intl.DateTimeFormatPart[]): LabelTemplate {
  const template = ['']
  for (const { type, value } of parts) {
    if (TIME_TYPES.has(type)) template.push(type, '')
    else template[template.length - 1] += value
  }
  return template
}

const formatters = new Map<string, SlotFormatter>()
// The same options come in for every slot of a list: the last ones skip building a key.
let lastTimeZone: string | undefined
let lastLocale: string | undefined
let lastHourCycle: HourCycle | undefined
let last: SlotFormatter | undefined

export function getSlotFormatter({ timeZone, locale, hourCycle }: SlotFormatOptions): SlotFormatter {
  if (last && timeZone === lastTimeZone && locale === lastLocale && hourCycle === lastHourCycle) return last
  const key = `${timeZone}\n${locale ?? ''}\n${hourCycle ?? ''}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new SlotFormatter(getZone(timeZone), locale, hourCycle)
    formatters.set(key, formatter)
  }
  lastTimeZone = timeZone
  lastLocale = locale
  lastHourCycle = hourCycle
  return (last = formatter)
}
