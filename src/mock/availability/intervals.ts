/** Half-open `[start, end)` in epoch ms. */
export type Interval = readonly [number, number]

/** Sorted, non-overlapping, non-empty; touching intervals are joined. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])
  const out: [number, number][] = []
  for (const [a, b] of sorted) {
    const last = out[out.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

/** `base` minus every interval in `cut`. Both may be unsorted. */
export function subtractIntervals(base: readonly Interval[], cut: readonly Interval[]): Interval[] {
  const holes = mergeIntervals(cut)
  const out: Interval[] = []
  for (const [start, end] of mergeIntervals(base)) {
    let cursor = start
    for (const [a, b] of holes) {
      if (b <= cursor || a >= end) continue
      if (a > cursor) out.push([cursor, a])
      cursor = Math.max(cursor, b)
      if (cursor >= end) break
    }
    if (cursor < end) out.push([cursor, end])
  }
  return out
}

export function intersectIntervals(x: readonly Interval[], y: readonly Interval[]): Interval[] {
  const a = mergeIntervals(x)
  const b = mergeIntervals(y)
  const out: Interval[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const [a0, a1] = a[i]!
    const [b0, b1] = b[j]!
    const lo = Math.max(a0, b0)
    const hi = Math.min(a1, b1)
    if (hi > lo) out.push([lo, hi])
    if (a1 < b1) i++
    else j++
  }
  return out
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a[0] < b[1] && b[0] < a[1]
}
