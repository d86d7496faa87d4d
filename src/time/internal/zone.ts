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
// with Intl itself.
interface Bucket {
  starts: number[]
  offsets: number[]
}

// Before 1000 CE every zone is on local mean time, and Intl mishandles BC years; clamping
// keeps the lookup total without pretending to know more.
const EARLIEST = daysFromCivil(1000, 1, 1) * MS_PER_DAY
const MAX_BUCKETS = 20_000

export class Zone {
  /** The id ICU resolved, used for Intl calls. */
  readonly intlId: string
  /** The current IANA name (Europe/Kyiv, not Europe/Kiev). */
  readonly canonical: string
  private readonly parts: Intl.DateTimeFormat
  private readonly buckets = new Map<number, Bucket>()
  private readonly edges = new Map<number, number>()
  private hotIndex = Number.NaN
  private hot: Bucket = { starts: [], offsets: [] }

  constructor(intlId: string, parts: Intl.DateTimeFormat) {
    this.intlId = intlId
    this.canonical = MODERN_NAMES[intlId] ?? intlId
    this.parts = parts
  }

  /** Milliseconds to add to an epoch instant to get this zone's wall clock at that instant. */
  offsetAt(epochMs: number): number {
    const index = Math.floor(epochMs / MS_PER_DAY)
    const bucket = index === this.hotIndex ? this.hot : this.bucket(index)
    const { starts, offsets } = bucket
    if (starts.length === 1) return offsets[0]!
    let i = starts.length - 1
    while (i > 0 && epochMs < starts[i]!) i--
    return offsets[i]!
  }

  /** Offset changes with `from <= at < to`, in order. */
  transitions(from: number, to: number): Transition[] {
    const found: Transition[] = []
    for (let index = Math.floor(from / MS_PER_DAY); index * MS_PER_DAY < to; index++) {
      const { starts, offsets } = this.bucket(index)
      for (let i = 1; i < starts.length; i++) {
        const at = starts[i]!
        if (at >= from && at < to) found.push({ at, before: offsets[i - 1]!, after: offsets[i]! })
      }
    }
    return found
  }

  private bucket(index: number): Bucket {
    let bucket = this.buckets.get(index)
    if (!bucket) {
      if (this.buckets.size >= MAX_BUCKETS) {
        this.buckets.clear()
        this.edges.clear()
      }
      const start = index * MS_PER_DAY
      const end = start + MS_PER_DAY
      const startOffset = this.edge(start)
      bucket = { starts: [start], offsets: [startOffset] }
      this.split(bucket, start, startOffset, end, this.edge(end))
      this.buckets.set(index, bucket)
    }
    this.hotIndex = index
    this.hot = bucket
    return bucket
  }

  private edge(epochMs: number): number {
    let offset = this.edges.get(epochMs)
    if (offset === undefined) {
      offset = this.intlOffset(epochMs)
      this.edges.set(epochMs, offset)
    }
    return offset
  }

  // Transitions fall on whole seconds, so bisecting down to one second finds them exactly.
  private split(bucket: Bucket, lo: number, loOffset: number, hi: number, hiOffset: number): void {
    if (loOffset === hiOffset) return
    if (hi - lo <= 1000) {
      bucket.starts.push(hi)
      bucket.offsets.push(hiOffset)
      return
    }
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000
    const midOffset = this.intlOffset(mid)
    this.split(bucket, lo, loOffset, mid, midOffset)
    this.split(bucket, mid, midOffset, hi, hiOffset)
  }

  /** The reference computation: what Intl says the wall clock shows, minus the instant. */
  intlOffset(epochMs: number): number {
    const t = Math.max(epochMs, EARLIEST)
    const text = this.parts.format(t)
    // en-US with h23 formats as "MM/DD/YYYY, HH:mm:ss"; the year may have any width.
    const slash2 = text.indexOf('/', 3)
    const comma = text.indexOf(',', slash2)
    const month = Number(text.slice(0, 2))
    const day = Number(text.slice(3, 5))
    const year = Number(text.slice(slash2 + 1, comma))
    const hour = Number(text.slice(comma + 2, comma + 4))
    const minute = Number(text.slice(comma + 5, comma + 7))
    const second = Number(text.slice(comma + 8, comma + 10))
    const wall = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000
    return wall - (t - (((t % 1000) + 1000) % 1000))
  }
}

const zones = new Map<string, Zone>()

/**
 * The shape of an IANA zone id (`Europe/Paris`, `America/Argentina/Buenos_Aires`,
 * `Etc/GMT+5`, and the old single-word ids `UTC`, `CET`, `EST5EDT`), in any case as `Intl`
 * itself is case-insensitive. It keeps out what some engines accept and others do not,
 * above all bare offsets (`+01:00`, valid in Intl since ES2024 only), so a zone is valid or
 * not whatever the runtime, and every layer of the kit agrees on it.
 */
const IANA_ID = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/

/** Whether `name` has the shape of an IANA zone id (see {@link getZone} for the full rule). */
export function hasZoneIdShape(name: unknown): name is string {
  return typeof name === 'string' && name.length <= 64 && IANA_ID.test(name)
}

/**
 * The cached zone for a name: the one zone rule of the kit. A name is a zone when it has
 * the shape of an IANA id and the runtime's `Intl` knows it (ids, their aliases such as
 * `US/Eastern` and `CET`, and case variants); anything else throws {@link InvalidTimeZoneError}.
 */
export function getZone(name: string): Zone {
  let zone = zones.get(name)
  if (zone) return zone
  if (!hasZoneIdShape(name)) throw new InvalidTimeZoneError(name)
  let parts: Intl.DateTimeFormat
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
  } catch (cause) {
    throw new InvalidTimeZoneError(name, { cause })
  }
  zone = new Zone(parts.resolvedOptions().timeZone ?? name, parts)
  zones.set(name, zone)
  return zone
}
