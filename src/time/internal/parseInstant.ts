import { InvalidDateTimeError } from '../errors.js'
import { daysFromCivil, daysInMonth, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './civil.js'

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

/** Epoch milliseconds of an RFC 3339 instant with `Z`, `±HH:mm` or `±HHmm`; throws {@link InvalidDateTimeError}. */
export function parseInstant(input: string): number {
  if (typeof input !== 'string' || input.length < 17) throw new InvalidDateTimeError(String(input), EXPECTED)
  const s = input
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
    throw new InvalidDateTimeError(s, EXPECTED)
  }
  let i = 16
  let second = 0
  let millis = 0
  if (s.charCodeAt(i) === 58) {
    second = digits(s, i + 1, 2)
    // 60 is a leap second in RFC 3339; epoch time has none, so it is rejected rather than folded.
    if (second < 0 || second > 59) throw new InvalidDateTimeError(s, EXPECTED)
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
      if (j === i + 1) throw new InvalidDateTimeError(s, EXPECTED)
      millis = Math.floor(millis)
      i = j
    }
  }
  let offset: number
  const z = s.charCodeAt(i)
  if ((z === 90 || z === 122) && i === s.length - 1) {
    offset = 0
  } else if (z === 43 || z === 45) {
    const oh = digits(s, i + 1, 2)
    const colon = s.charCodeAt(i + 3) === 58
    const om = digits(s, colon ? i + 4 : i + 3, 2)
    if (oh < 0 || oh > 23 || om < 0 || om > 59 || s.length !== i + (colon ? 6 : 5)) {
      throw new InvalidDateTimeError(s, EXPECTED)
    }
    offset = (z === 45 ? -1 : 1) * (oh * MS_PER_HOUR + om * MS_PER_MINUTE)
  } else {
    throw new InvalidDateTimeError(s, EXPECTED)
  }
  return (
    daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + millis - offset
  )
}
