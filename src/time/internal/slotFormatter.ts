import type { HourCycle, SlotFormatOptions } from '../types.js'
import { MS_PER_DAY, MS_PER_MINUTE } from './civil.js'
import { getDateTimeFormat } from './formatterCache.js'
import { getZone, type Zone } from './zone.js'

const MINUTES_PER_DAY = 1440
// Any UTC day works as the reference: time-of-day fields do not depend on the date.
const REFERENCE_DAY = Date.UTC(2000, 0, 3)
const TIME_TYPES = new Set<string>(['hour', 'minute', 'dayPeriod'])

type TimeParts = Partial<Record<string, string>>

interface LabelTemplate {
  literals: string[]
  fields: string[]
}

// Formatting through Intl per slot is what makes naive slot lists slow. A list of
// 15-minute slots only has 96 distinct times of day, so time labels are formatted once per
// (locale, hour cycle, minute of day) in UTC and reused for every day and zone: the
// text of "13:30" does not depend on the date or the zone. The long label also carries
// the date and zone name, so it is formatted once per (day, offset) and only its time
// fields are swapped per slot. The property tests check all of this against Intl.
export class SlotFormatter {
  readonly zone: Zone
  private readonly locale: string | undefined
  private readonly timeOptions: Intl.DateTimeFormatOptions
  private readonly labelOptions: Intl.DateTimeFormatOptions
  private readonly times: (string | undefined)[] = []
  private readonly ranges = new Map<number, string>()
  private readonly labelTimes: (TimeParts | undefined)[] = []
  private readonly templates = new Map<number, LabelTemplate>()
  private readonly formats = new Map<string, Intl.DateTimeFormat>()

  constructor(zone: Zone, locale: string | undefined, hourCycle: HourCycle | undefined) {
    this.zone = zone
    this.locale = locale
    const cycle = hourCycle ? { hourCycle } : {}
    // Unforced, the locale's own short time pattern ('09:30' in en-GB and de,
    // '9:30 AM' in en-US, '9.30' in fi): hour 'numeric' drops the leading zero
    // 24-hour locales write and disagrees with formatRange. A forced cycle
    // uses the components, since timeStyle would give en-GB '01:30 pm'.
    this.timeOptions = hourCycle ? { hour: 'numeric', minute: '2-digit', hourCycle } : { timeStyle: 'short' }
    this.labelOptions = {
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'long',
      ...cycle,
    }
  }

  /** The formatter whose output the fast paths reproduce (`zone`), or its UTC twin for wall-clock references. */
  intl(kind: 'time' | 'label', zone: 'zone' | 'UTC' = 'zone'): Intl.DateTimeFormat {
    const key = `${kind}|${zone}`
    let format = this.formats.get(key)
    if (!format) {
      const timeZone = zone === 'UTC' ? 'UTC' : this.zone.intlId
      format = getDateTimeFormat(this.locale, { ...(kind === 'time' ? this.timeOptions : this.labelOptions), timeZone })
      this.formats.set(key, format)
    }
    return format
  }

  time(epochMs: number): string {
    const minute = minuteOfDay(epochMs + this.zone.offsetAt(epochMs))
    let text = this.times[minute]
    if (text === undefined) {
      text = this.intl('time', 'UTC').format(REFERENCE_DAY + minute * MS_PER_MINUTE)
      this.times[minute] = text
    }
    return text
  }

  range(startMs: number, endMs: number): string {
    const startLocal = startMs + this.zone.offsetAt(startMs)
    const endLocal = endMs + this.zone.offsetAt(endMs)
    // Ranges across midnight show dates, and ranges that run backwards on the wall clock
    // (inside a repeated hour) depend on the instants; both go straight to Intl.
    if (endLocal <= startLocal || Math.floor(startLocal / MS_PER_DAY) !== Math.floor(endLocal / MS_PER_DAY)) {
      return this.intl('time').formatRange(startMs, endMs)
    }
    const key = minuteOfDay(startLocal) * MINUTES_PER_DAY + minuteOfDay(endLocal)
    let text = this.ranges.get(key)
    if (text === undefined) {
      text = this.intl('time', 'UTC').formatRange(
        REFERENCE_DAY + minuteOfDay(startLocal) * MS_PER_MINUTE,
        REFERENCE_DAY + minuteOfDay(endLocal) * MS_PER_MINUTE,
      )
      this.ranges.set(key, text)
    }
    return text
  }

  label(epochMs: number): string {
    const offset = this.zone.offsetAt(epochMs)
    const local = epochMs + offset
    const day = Math.floor(local / MS_PER_DAY)
    // Keyed by day and offset because the zone name ("… Summer Time") follows the offset.
    const key = day * 172_800 + Math.round(offset / 1000) + 86_400
    let template = this.templates.get(key)
    if (!template) {
      template = toTemplate(partsAsFormatted(this.intl('label'), epochMs))
      this.templates.set(key, template)
    }
    const minute = minuteOfDay(local)
    let parts = this.labelTimes[minute]
    if (!parts) {
      parts = {}
      for (const part of partsAsFormatted(this.intl('label', 'UTC'), REFERENCE_DAY + minute * MS_PER_MINUTE)) {
        if (TIME_TYPES.has(part.type)) parts[part.type] = part.value
      }
      this.labelTimes[minute] = parts
    }
    const { literals, fields } = template
    let text = literals[0]!
    for (let i = 0; i < fields.length; i++) text += (parts[fields[i]!] ?? '') + literals[i + 1]!
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
  return parts.map((part) => {
    const value = text.slice(at, at + part.value.length)
    at += part.value.length
    return { type: part.type, value }
  })
}

function toTemplate(parts: Intl.DateTimeFormatPart[]): LabelTemplate {
  const literals = ['']
  const fields: string[] = []
  for (const part of parts) {
    if (TIME_TYPES.has(part.type)) {
      fields.push(part.type)
      literals.push('')
    } else {
      literals[literals.length - 1] += part.value
    }
  }
  return { literals, fields }
}

const formatters = new Map<string, SlotFormatter>()
let last: { timeZone: string; locale: string | undefined; hourCycle: string | undefined; formatter: SlotFormatter } | undefined

export function getSlotFormatter(options: SlotFormatOptions): SlotFormatter {
  const { timeZone, locale, hourCycle } = options
  if (last && last.timeZone === timeZone && last.locale === locale && last.hourCycle === hourCycle) return last.formatter
  const key = `${timeZone}\n${locale ?? ''}\n${hourCycle ?? ''}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new SlotFormatter(getZone(timeZone), locale, hourCycle)
    formatters.set(key, formatter)
  }
  last = { timeZone, locale, hourCycle, formatter }
  return formatter
}
