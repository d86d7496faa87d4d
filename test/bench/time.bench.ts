// Benchmark: group and label 10,000 fifteen-minute slots in America/New_York with the kit,
// and the same with per-slot calls: date-fns-tz `formatInTimeZone` for day key, time and
// label; and `formatInTimeZone` for the day key with a fresh Intl call per label (how slot
// lists are usually written). Outputs must be identical; the kit must be at least 20x
// faster than both. A reused-Intl baseline is printed for information. Run: npm run bench
import { formatInTimeZone } from 'date-fns-tz'
import { formatSlotLabel, formatSlotTime, groupSlotsByDay } from '../../src/time/index'

const TIME_ZONE = 'America/New_York'
const LOCALE = 'en-US'
const SLOT_COUNT = 10_000
const WARMUP = 2
const RUNS = 7
const REQUIRED_RATIO = 20
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { timeZone: TIME_ZONE, hour: 'numeric', minute: '2-digit' }
const LABEL_OPTIONS: Intl.DateTimeFormatOptions = {
  ...TIME_OPTIONS,
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZoneName: 'long',
}

interface Slot {
  start: string
  end: string
  resources: string[]
}

interface LabelledDay {
  dayKey: string
  times: string[]
  labels: string[]
}

// Each run gets its own 104 days (both DST changes of a year fall in some of them), so
// per-day caches start cold every time and only the per-time-of-day caches carry over.
function makeSlots(run: number): Slot[] {
  const first = Date.UTC(2026 + run, 1, 20, 5, 0)
  return Array.from({ length: SLOT_COUNT }, (_, i) => ({
    start: new Date(first + i * 900_000).toISOString(),
    end: new Date(first + (i + 1) * 900_000).toISOString(),
    resources: ['r1'],
  }))
}

function withKit(slots: Slot[]): LabelledDay[] {
  const options = { timeZone: TIME_ZONE, locale: LOCALE }
  return groupSlotsByDay(slots, TIME_ZONE).map(({ dayKey, slots: daySlots }) => ({
    dayKey,
    times: daySlots.map((slot) => formatSlotTime(slot, options)),
    labels: daySlots.map((slot) => formatSlotLabel(slot, options)),
  }))
}

/**
 * The shape every per-slot baseline shares: a day key from `formatInTimeZone`
 * for each slot (how slot lists are usually grouped), then a time and a label
 * from `format`.
 */
function perSlot(slots: Slot[], format: (slot: Slot) => { time: string; label: string }): LabelledDay[] {
  const days = new Map<string, LabelledDay>()
  for (const slot of slots) {
    const dayKey = formatInTimeZone(slot.start, TIME_ZONE, 'yyyy-MM-dd')
    let day = days.get(dayKey)
    if (!day) {
      day = { dayKey, times: [], labels: [] }
      days.set(dayKey, day)
    }
    const { time, label } = format(slot)
    day.times.push(time)
    day.labels.push(label)
  }
  return [...days.values()]
}

/** A fresh Intl call per value. */
const withPerSlotCalls = (slots: Slot[]) =>
  perSlot(slots, (slot) => {
    const date = new Date(slot.start)
    return { time: date.toLocaleTimeString(LOCALE, TIME_OPTIONS), label: date.toLocaleString(LOCALE, LABEL_OPTIONS) }
  })

/**
 * The literal baseline: every value from `formatInTimeZone` per slot, with
 * date-fns patterns that spell the en-US output of the kit's formatters.
 */
const withFormatInTimeZone = (slots: Slot[]) =>
  perSlot(slots, (slot) => ({
    time: formatInTimeZone(slot.start, TIME_ZONE, 'h:mm a'),
    label: formatInTimeZone(slot.start, TIME_ZONE, "EEEE, MMMM d, yyyy 'at' h:mm a zzzz"),
  }))

/** A stronger baseline, for information only: Intl formatters built once and reused. */
function withCachedIntl(slots: Slot[]): LabelledDay[] {
  const time = new Intl.DateTimeFormat(LOCALE, TIME_OPTIONS)
  const label = new Intl.DateTimeFormat(LOCALE, LABEL_OPTIONS)
  return perSlot(slots, (slot) => ({ time: time.format(Date.parse(slot.start)), label: label.format(Date.parse(slot.start)) }))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function measure(name: string, run: (slots: Slot[]) => LabelledDay[]): { times: number[]; outputs: LabelledDay[][] } {
  for (let i = 0; i < WARMUP; i++) run(makeSlots(100 + i))
  const times: number[] = []
  const outputs: LabelledDay[][] = []
  for (let i = 0; i < RUNS; i++) {
    const slots = makeSlots(i)
    const started = performance.now()
    outputs.push(run(slots))
    times.push(performance.now() - started)
  }
  console.log(`${name.padEnd(44)} median ${median(times).toFixed(2).padStart(8)} ms  (runs: ${times.map((t) => t.toFixed(1)).join(', ')})`)
  return { times, outputs }
}

const kit = measure('kit (groupSlotsByDay + formatSlotTime/Label)', withKit)
const baseline = measure('per slot (formatInTimeZone + fresh Intl)', withPerSlotCalls)
const cached = measure('info: formatInTimeZone + cached Intl', withCachedIntl)
const literal = measure('formatInTimeZone per slot (day, time, label)', withFormatInTimeZone)

let mismatches = 0
for (let i = 0; i < RUNS; i++) {
  const expected = JSON.stringify(baseline.outputs[i])
  if (JSON.stringify(kit.outputs[i]) !== expected) mismatches++
  if (JSON.stringify(cached.outputs[i]) !== expected) mismatches++
  if (JSON.stringify(literal.outputs[i]) !== expected) {
    mismatches++
    console.error('formatInTimeZone output differs:', JSON.stringify(literal.outputs[i]![0]).slice(0, 300))
  }
}
const sample = kit.outputs[0]![0]!
console.log(`output: ${kit.outputs[0]!.length} days; first: ${sample.dayKey} "${sample.times[0]}" / "${sample.labels[0]}"`)

const ratio = median(baseline.times) / median(kit.times)
console.log(`ratio (per-slot baseline / kit): ${ratio.toFixed(1)}x (required ≥ ${REQUIRED_RATIO}x)`)
const literalRatio = median(literal.times) / median(kit.times)
console.log(`ratio (formatInTimeZone per slot / kit): ${literalRatio.toFixed(1)}x (required ≥ ${REQUIRED_RATIO}x)`)
console.log(`info: cached-Intl baseline / kit: ${(median(cached.times) / median(kit.times)).toFixed(1)}x`)

if (mismatches > 0) {
  console.error(`FAIL: ${mismatches} outputs differ from the baseline`)
  process.exit(1)
}
if (Math.min(ratio, literalRatio) < REQUIRED_RATIO) {
  console.error(`FAIL: kit is only ${Math.min(ratio, literalRatio).toFixed(1)}x faster`)
  process.exit(1)
}
console.log('OK: identical output')
