import { InvalidDateTimeError } from '../errors.js'
import { daysFromCivil, daysInMonth, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './civil.js'

// The one RFC 3339 reader of the kit: the time layer, the client's `Timestamp` schema and
// the mock backend all call it, so an instant one layer accepts is never refused by another
// (and `2026-02-30`, month 13, hour 24 or second 60 are refused by all of them).

const EXPECTED = 'an RFC 3339 instant such as 2026-03-29T01:30:00Z, 2026-03-29T03:30:00+02:00 or 2026-03-29T03:30:00+0200'

// Hand-rolled rather than `Date.parse`: engines disagree on `+0100` (no colon) and on
// strings without an offset, and an instant without an offset would silently take the
// host zone, which is exactly the bug this layer exists to prevent. It also runs once per
// slot on the hot path, where a regex costs several times more.
function digits(s: string, from: number, count: number): number {
  let n = 0
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    n = n * 10 + c
  }
  return n
}

/** `scanDateTime` sets this to the offset it read, or NaN when the string had none. */
let scannedOffset = NaN

// Returns the wall-clock time read as if it were UTC, or NaN. The offset goes to a module
// variable instead of a returned object: this runs once per slot and must not allocate.
function scanDateTime(s: unknown): number {
  scannedOffset = NaN
  if (typeof s !== 'string' || s.length < 16) return NaN
  const year = digits(s, 0, 4)
  const month = digits(s, 5, 2)
  const day = digits(s, 8, 2)
  const hour = digits(s, 11, 2)
  const minute = digits(s, 14, 2)
  const sep = s.charCodeAt(10)
  if (
    year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
    s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 ||
    (sep !== 84 && sep !== 116 && sep !== 32) || day > daysInMonth(year, month)
  ) {
    return NaN
  }
  let i = 16
  let second = 0
  let millis = 0
  if (s.charCodeAt(i) === 58) {
    second = digits(s, i + 1, 2)
    // 60 is a leap second in RFC 3339; epoch time has none, so it is rejected rather than folded.
    if (second < 0 || second > 59) return NaN
    i += 3
    if (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44) {
      let scale = 100
      let j = i + 1
      for (; j < s.length; j++) {
        const c = s.charCodeAt(j) - 48
        if (c < 0 || c > 9) break
        millis += c * scale
        scale /= 10
      }
      if (j === i + 1) return NaN
      millis = Math.floor(millis)
      i = j
    }
  }
  const wall =
    daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + millis
  if (i === s.length) return wall
  const z = s.charCodeAt(i)
  if ((z === 90 || z === 122) && i === s.length - 1) {
    scannedOffset = 0
  } else if (z === 43 || z === 45) {
    const oh = digits(s, i + 1, 2)
    const colon = s.charCodeAt(i + 3) === 58
    const om = digits(s, colon ? i + 4 : i + 3, 2)
    if (oh < 0 || oh > 23 || om < 0 || om > 59 || s.length !== i + (colon ? 6 : 5)) return NaN
    scannedOffset = (z === 45 ? -1 : 1) * (oh * MS_PER_HOUR + om * MS_PER_MINUTE)
  } else {
    return NaN
  }
  return wall
}

/**
 * Epoch milliseconds of an RFC 3339 instant with `Z`, `±HH:mm` or `±HHmm`, or `NaN` for
 * anything else (no offset, impossible dates, leap seconds, trailing text). Never throws.
 */
export function readInstant(input: unknown): number {
  const wall = scanDateTime(input)
  return wall - scannedOffset
}

/** Whether `input` is an instant {@link readInstant} reads. */
export function isInstant(input: unknown): input is string {
  return !Number.isNaN(readInstant(input))
}

/**
 * A date-time without an offset (`2026-03-29T09:00:00`) as wall-clock milliseconds read as
 * if UTC, for callers that then place it in a zone of their choice; `NaN` when the string
 * is not one (a string with an offset is an instant, not a wall time).
 */
export function readWallDateTime(input: unknown): number {
  const wall = scanDateTime(input)
  return Number.isNaN(scannedOffset) ? wall : NaN
}

/** Epoch milliseconds of an RFC 3339 instant with `Z`, `±HH:mm` or `±HHmm`; throws {@link InvalidDateTimeError}. */
export function parseInstant(input: string): number {
  const epochMs = readInstant(input)
  if (Number.isNaN(epochMs)) throw new InvalidDateTimeError(String(input), EXPECTED)
  return epochMs
}
