import { InvalidTimeZoneError } from '../errors.js'
import { daysFromCivil, MS_PER_DAY } from './civil.js'
import { MODERN_NAMES } from './timeZoneAliases.js'

/** A change of UTC offset: from `at` on, the zone is `after` ms ahead of UTC. */
export interface Transition {
  at: number
  before: number
  after: number
}

// A bucket is one UTC day of a zone's timeline, resolved once into constant-offset
// pieces. Sampling both ends of a day and bisecting only when they differ costs one Intl
// call per day instead of one per slot. It assumes a zone never changes offset and changes
// back within the same day; no IANA zone does, and the property tests compare the result
// with Intl itself. The pieces are one flat array, `[start, offset, start, offset, …]`.
type Bucket = number[]

// Before 1000 CE every zone is on local mean time, and Intl mishandles BC years; clamping
// keeps the lookup total without pretending to know more.
const EARLIEST = daysFromCivil(1000, 1, 1) * MS_PER_DAY
const MAX_BUCKETS = 20_000

export class Zone {
  /** The id ICU resolved, used for Intl calls. */
  readonly intlId: string
  /** The current IANA name (Europe/Kyiv, not Europe/Kiev). */
  readonly canonical: string
  readonly #parts: Intl.DateTimeFormat
  readonly #buckets = new Map<number, Bucket>()
  #hotIndex = NaN
  #hot: Bucket = []

  constructor(intlId: string, parts: Intl.DateTimeFormat) {
    this.intlId = intlId
    this.canonical = MODERN_NAMES[intlId] ?? intlId
    this.#parts = parts
  }

  /** Milliseconds to add to an epoch instant to get this zone's wall clock at that instant. */
  offsetAt(epochMs: number): number {
    const index = Math.floor(epochMs / MS_PER_DAY)
    const bucket = index === this.#hotIndex ? this.#hot : this.#bucket(index)
    let i = bucket.length - 2
    while (i > 0 && epochMs < bucket[i]!) i -= 2
    return bucket[i + 1]!
  }

  /** Offset changes with `from <= at < to`, in order. */
  transitions(from: number, to: number): Transition[] {
    const found: Transition[] = []
    for (let index = Math.floor(from / MS_PER_DAY); index * MS_PER_DAY < to; index++) {
      const bucket = this.#bucket(index)
      for (let i = 2; i < bucket.length; i += 2) {
        const at = bucket[i]!
        if (at >= from && at < to) found.push({ at, before: bucket[i - 1]!, after: bucket[i + 1]! })
      }
    }
    return found
  }

  #bucket(index: number): Bucket {
    let bucket = this.#buckets.get(index)
    if (!bucket) {
      if (this.#buckets.size >= MAX_BUCKETS) this.#buckets.clear()
      const start = index * MS_PER_DAY
      const end = start + MS_PER_DAY
      // A neighbouring day already knows the offset at a shared edge: a bucket ends with the
      // offset at its day's end and starts with the offset at its start. So a run of days
      // costs one Intl call per day rather than two.
      const startOffset = this.#buckets.get(index - 1)?.at(-1) ?? this.#intlOffset(start)
      bucket = [start, startOffset]
      this.#split(bucket, start, startOffset, end, this.#buckets.get(index + 1)?.[1] ?? this.#intlOffset(end))
      this.#buckets.set(index, bucket)
    }
    this.#hotIndex = index
    this.#hot = bucket
    return bucket
  }

  // Transitions fall on whole seconds, so bisecting down to one second finds them exactly.
  #split(bucket: Bucket, lo: number, loOffset: number, hi: number, hiOffset: number): void {
    if (loOffset === hiOffset) return
    if (hi - lo <= 1000) {
      bucket.push(hi, hiOffset)
      return
    }
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000
    const midOffset = this.#intlOffset(mid)
    this.#split(bucket, lo, loOffset, mid, midOffset)
    this.#split(bucket, mid, midOffset, hi, hiOffset)
  }

  /** The reference computation: what Intl says the wall clock shows, minus the instant. */
  #intlOffset(epochMs: number): number {
    const t = Math.max(epochMs, EARLIEST)
    // en-US with h23 formats as "M/D/YYYY, HH:mm:ss"; the fields are read whatever their width.
    const [month, day, year, hour, minute, second] = this.#parts.format(t).split(/\D+/).map(Number) as number[]
    const wall = daysFromCivil(year!, month!, day!) * MS_PER_DAY + ((hour! * 60 + minute!) * 60 + second!) * 1000
    return wall - (t - (((t % 1000) + 1000) % 1000))
  }
}

const zones = new Map<string, Zone>()

/** Every name {@link getZone} has accepted so far, as given. */
export function zoneNamesSeen(): IterableIterator<string> {
  return zones.keys()
}

/**
 * The shape of an IANA zone id (`Europe/Paris`, `America/Argentina/Buenos_Aires`,
 * `Etc/GMT+5`, and the old single-word ids `UTC`, `CET`, `EST5EDT`), in any case as `Intl`
 * itself is case-insensitive. It keeps out what some engines accept and others do not,
 * above all bare offsets (`+01:00`, valid in Intl since ES2024 only), so a zone is valid or
 * not whatever the runtime, and every layer of the kit agrees on it.
 */
const IANA_ID = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/

/**
 * The cached zone for a name: the one zone rule of the kit. A name is a zone when it has
 * the shape of an IANA id and the runtime's `Intl` knows it (ids, their aliases such as
 * `US/Eastern` and `CET`, and case variants); anything else throws {@link InvalidTimeZoneError}.
 */
export function getZone(name: string): Zone {
  let zone = zones.get(name)
  if (zone) return zone
  if (typeof name !== 'string' || name.length > 64 || !IANA_ID.test(name)) throw new InvalidTimeZoneError(name)
  let parts: Intl.DateTimeFormat
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
  } catch (cause) {
    throw new InvalidTimeZoneError(name, { cause })
  }
  zone = new Zone(parts.resolvedOptions().timeZone ?? name, parts)
  zones.set(name, zone)
  return zone
}
