import { createMockBackend, type MockBackend, type MockBackendOptions, type MockResourceSeed } from '../../src/mock'

export const BASE = 'http://mock.test/v2'

// Tests read arbitrary JSON replies and assert on them field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Reply<T = any> {
  status: number
  body: T
  headers: Headers
}

/** One JSON round trip through `backend.handle`, the Web-standard entry point. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call<T = any>(
  backend: MockBackend,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const response = await backend.handle(
    new Request(`${BASE}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    }),
  )
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
}

/** mulberry32: a tiny seeded PRNG so "random" tests are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const ID = {
  a: '11111111-1111-4111-8111-111111111111',
  b: '22222222-2222-4222-8222-222222222222',
  c: '33333333-3333-4333-8333-333333333333',
}

export function resource(id: string, timezone: string, constraints: MockResourceSeed['availability_constraints'] = []) {
  return { id, name: `Resource ${id.slice(0, 1)}`, timezone, availability_constraints: constraints }
}

export function backendWith(options: MockBackendOptions): MockBackend {
  return createMockBackend({ now: '2026-01-01T00:00:00Z', random: seededRandom(1), ...options })
}

/** `yyyy-MM-ddTHH:mm` of each slot start, as rendered in the request's output_timezone. */
export const starts = (data: Array<{ start: string }>) => data.map((s) => s.start.slice(0, 16))

export function customer(email = 'ada@example.com') {
  return { name: 'Ada Lovelace', email, timezone: 'Europe/London' }
}

export function bookingBody(resourceId: string, start: string, end: string, extra: Record<string, unknown> = {}) {
  return { resource_id: resourceId, start, end, what: 'Call', customer: customer(), ...extra }
}
