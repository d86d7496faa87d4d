import type { ErrorBag } from '../http.js'
import { dateKeyIn, localHourInstant as convertLocalHour, parseInstant, weekdayOfKey } from '../time.js'
import type { Interval } from './intervals.js'
import { shiftDayKey } from '../../time/shiftDayKey.js'

const KINDS = ['day_and_time', 'hours', 'day', 'period', 'weekdays', 'weekends'] as const
type Kind = (typeof KINDS)[number]

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

export interface ParsedConstraint {
  effect: 'allow' | 'block'
  kind: Kind
  /** 0 = Sunday … 6 = Saturday. */
  day?: number
  /** Whole local hours 0–24. */
  startHour?: number
  endHour?: number
  periodStart?: string
  periodEnd?: string
}

function readHour(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 24 ? n : null
}

function readDay(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const i = DAY_NAMES.indexOf(value.trim().toLowerCase())
  return i === -1 ? null : i
}

/**
 * Validates a `constraints` / `availability_constraints` array, reporting problems under
 * `field.N` in `bag`. Returns the constraints that parsed.
 */
export function parseConstraints(raw: unknown, field: string, bag: ErrorBag): ParsedConstraint[] {
  if (raw === undefined || raw === null) return []
  if (!Array.isArray(raw)) {
    bag.add(field, `The ${field} must be an array.`)
    return []
  }
  const out: ParsedConstraint[] = []
  raw.forEach((item: unknown, index) => {
    const path = `${field}.${index}`
    const keys = item && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : []
    const key = keys[0]
    const match = key && keys.length === 1 ? /^(allow|block)_(.+)$/.exec(key) : null
    const kind = match?.[2] as Kind | undefined
    if (!match || !kind || !KINDS.includes(kind)) {
      bag.add(path, `The ${path} must be one object with one known constraint key (e.g. allow_hours).`)
      return
    }
    const value = (item as Record<string, unknown>)[key!]
    const args = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
    const c: ParsedConstraint = { effect: match[1] as 'allow' | 'block', kind }
    if (kind === 'day_and_time' || kind === 'day') {
      const day = readDay(args.day)
      if (day === null) bag.add(`${path}.${key}.day`, `The day must be a weekday name such as "Monday".`)
      else c.day = day
    }
    if (kind === 'day_and_time' || kind === 'hours') {
      const start = readHour(args.start)
      const end = readHour(args.end)
      if (start === null) bag.add(`${path}.${key}.start`, 'The start must be a whole hour from 0 to 24.')
      if (end === null) bag.add(`${path}.${key}.end`, 'The end must be a whole hour from 0 to 24.')
      if (start === null || end === null) return
      c.startHour = start
      c.endHour = end
    }
    if (kind === 'period') {
      for (const side of ['start', 'end'] as const) {
        if (parseInstant(args[side], 'UTC') === null) {
          bag.add(`${path}.${key}.${side}`, `The ${side} must be a timestamp.`)
        }
      }
      if (typeof args.start !== 'string' || typeof args.end !== 'string') return
      c.periodStart = args.start
      c.periodEnd = args.end
    }
    out.push(c)
  })
  return out
}

/** Local day keys in `zone` covering `[from, to]`, one day of margin each side. */
export function dayKeysCovering(from: number, to: number, zone: string): string[] {
  const keys: string[] = []
  const last = shiftDayKey(dateKeyIn(to, zone), 1)
  for (let key = shiftDayKey(dateKeyIn(from, zone), -1); key <= last; key = shiftDayKey(key, 1)) keys.push(key)
  return keys
}

const MEMO_LIMIT = 50_000
const memo = new Map<string, number>()

/**
 * `localHourInstant` remembered: each conversion asks Intl for an offset (about 10 µs), and
 * a search converts the same few hours of the same days for every constraint and resource
 * in a zone. Pure, so a process-wide memo is safe; it is dropped whole when it grows large.
 */
function localHourInstant(key: string, hour: number, zone: string): number {
  const id = `${zone} ${key} ${hour}`
  let ms = memo.get(id)
  if (ms === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear()
    ms = convertLocalHour(key, hour, zone)
    memo.set(id, ms)
  }
  return ms
}

/**
 * Upper bound of the local-time conversions `constraintIntervals` makes for `c` over
 * `days` days: what a search budget counts before doing the work.
 */
export function constraintCost(c: ParsedConstraint, days: number): number {
  if (c.kind === 'period') return 1
  if (c.kind === 'day' || c.kind === 'day_and_time') return 2 * Math.ceil(days / 7)
  return 2 * days
}

function hoursOf(key: string, start: number, end: number, zone: string): Interval[] {
  if (start === end) return []
  // An end before the start runs past midnight into the next local day.
  const endKey = end < start ? shiftDayKey(key, 1) : key
  return [[localHourInstant(key, start, zone), localHourInstant(endKey, end, zone)]]
}

function wholeDay(key: string, zone: string): Interval {
  return [localHourInstant(key, 0, zone), localHourInstant(key, 24, zone)]
}

/**
 * The instants a constraint covers, computed on the local calendar of `zone`. Local days and
 * hours are converted one by one, so 9–17 stays 9–17 on the wall clock across DST changes
 * (a 23- or 25-hour day simply has a shorter or longer night).
 */
export function constraintIntervals(c: ParsedConstraint, zone: string, dayKeys: readonly string[]): Interval[] {
  if (c.kind === 'period') {
    const a = parseInstant(c.periodStart, zone)
    const b = parseInstant(c.periodEnd, zone)
    return a !== null && b !== null && b > a ? [[a, b]] : []
  }
  const out: Interval[] = []
  for (const key of dayKeys) {
    const wd = weekdayOfKey(key)
    switch (c.kind) {
      case 'hours':
        out.push(...hoursOf(key, c.startHour!, c.endHour!, zone))
        break
      case 'day_and_time':
        if (wd === c.day) out.push(...hoursOf(key, c.startHour!, c.endHour!, zone))
        break
      case 'day':
        if (wd === c.day) out.push(wholeDay(key, zone))
        break
      case 'weekdays':
        if (wd >= 1 && wd <= 5) out.push(wholeDay(key, zone))
        break
      case 'weekends':
        if (wd === 0 || wd === 6) out.push(wholeDay(key, zone))
        break
    }
  }
  return out
}
