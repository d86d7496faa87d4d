import { json } from './http.js'
import type { MockFaults, MockLatency } from './types.js'

function rate(value: boolean | number | undefined): number {
  if (value === true) return 1
  if (typeof value === 'number' && Number.isFinite(value)) return Math.min(1, Math.max(0, value))
  return 0
}

/** Draws from `random` only when the setting asks for chance, so plain runs keep their sequence. */
function roll(chance: number, random: () => number): boolean {
  if (chance <= 0) return false
  if (chance >= 1) return true
  return random() < chance
}

export function latencyMs(latency: MockLatency | undefined, random: () => number): number {
  if (latency === undefined) return 0
  if (typeof latency === 'number') return Math.max(0, latency)
  const { min, max } = latency
  return max > min ? min + Math.floor(random() * (max - min + 1)) : Math.max(0, min)
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}

const GATEWAY_PAGE = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
`

/** The broken payloads a flaky proxy or gateway produces. */
const MALFORMED: ReadonlyArray<() => Response> = [
  () => new Response(GATEWAY_PAGE, { status: 502, headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
  () =>
    new Response('{"data": [{"start": "2026-03-29T09:00:00+02:00", "end": "2026-03-29T10:', {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    }),
  () => json(200, { result: 'ok', items: null }),
  () => json(200, { data: 'unexpected string where an object or list belongs' }),
]

export const MALFORMED_KINDS = MALFORMED.length

/**
 * A fault to answer instead of handling the request, or `null`. Faulted requests have no
 * side effects: nothing is booked when the answer is an error or a broken payload.
 */
export function pickFault(faults: MockFaults | undefined, random: () => number): Response | null {
  if (!faults) return null
  if (roll(rate(faults.malformed), random)) {
    return MALFORMED[Math.min(MALFORMED.length - 1, Math.floor(random() * MALFORMED.length))]!()
  }
  if (roll(rate(faults.errorRate), random)) {
    const status = faults.status ?? 500
    const retry: Record<string, string> = status === 429 || status === 503 ? { 'Retry-After': '1' } : {}
    const message = status === 429 ? 'Too many requests' : 'Injected fault from the mock backend'
    return json(status, { error: message }, retry)
  }
  return null
}
