import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the stub saw of one request: the proof of what the proxy forwarded. */
export interface RecordedRequest {
  method: string
  /** Path and query as received, e.g. `/v2/bookings?include=attributes`. */
  url: string
  headers: IncomingHttpHeaders
  body: string
  json: unknown
}

export interface StubAnswer {
  status: number
  body?: unknown
  /** A raw body (HTML from a gateway); wins over `body`. */
  raw?: string
  headers?: Record<string, string>
  /** Milliseconds to wait before answering. */
  delayMs?: number
}

export type StubResponder = (request: RecordedRequest) => StubAnswer

export interface StubUpstream {
  /** `http://127.0.0.1:port/v2`: what the proxy's `upstream` points at. */
  base: string
  requests: RecordedRequest[]
  /** Number of requests that reached the stub. */
  readonly hits: number
  /** Replace the responder (per test). */
  respond(responder: StubResponder): void
  close(): Promise<void>
}

export const RESOURCE_A = '11111111-1111-4111-8111-111111111111'
export const RESOURCE_B = '22222222-2222-4222-8222-222222222222'

/** The full resource Timekit would answer, private fields included. */
export function fullResource(id: string, name: string) {
  return {
    id,
    name,
    timezone: 'Europe/Copenhagen',
    img: null,
    email: `${name.toLowerCase()}@internal.example`,
    first_name: name,
    last_name: 'Host',
    meta: { salary_band: 'secret' },
    tags: ['vip'],
    availability_constraints: [{ allow_hours: { start: 9, end: 17 } }],
    calendars: [{ id: 'cal-1', name: 'Private', description: 'private', provider: 'google' }],
  }
}

/**
 * A Timekit-shaped answer per route, enough for the proxy's own tests:
 * resources with private fields, one slot, bookings with a 409 on a taken
 * slot and a 422 on a missing customer email.
 */
export function timekitLike(): StubResponder {
  const taken = new Set<string>()
  return (request): StubAnswer => {
    const path = request.url.split('?')[0]
    const body = (request.json ?? {}) as Record<string, unknown>
    if (request.method === 'GET' && path === '/v2/resources') {
      return {
        status: 200,
        body: {
          data: [fullResource(RESOURCE_A, 'Astrid'), fullResource(RESOURCE_B, 'Marcus')],
          total: 2,
          per_page: 25,
          current_page: 1,
          last_page: 1,
          next_page_url: 'http://127.0.0.1/internal/v2/resources?page=2',
          prev_page_url: null,
        },
        headers: { 'Timekit-Request-Id': 'req-list', 'X-Powered-By': 'Laravel', 'Set-Cookie': 'upstream=1' },
      }
    }
    if (request.method === 'GET' && path?.startsWith('/v2/resources/')) {
      const id = path.slice('/v2/resources/'.length)
      return { status: 200, body: { data: fullResource(id, 'Astrid') } }
    }
    if (request.method === 'POST' && path === '/v2/availability/dates') {
      return { status: 200, body: { data: [{ date: '2026-06-10', resources: [RESOURCE_A] }] } }
    }
    if (request.method === 'POST' && path === '/v2/availability') {
      return {
        status: 200,
        body: {
          data: [
            {
              start: '2026-06-10T09:00:00+02:00',
              end: '2026-06-10T10:00:00+02:00',
              resources: [{ id: RESOURCE_A, name: 'Astrid' }],
            },
          ],
        },
      }
    }
    if (request.method === 'POST' && path === '/v2/bookings') {
      const customer = (body.customer ?? {}) as Record<string, unknown>
      if (typeof customer.email !== 'string' || !customer.email.includes('@')) {
        return { status: 422, body: { errors: { 'customer.email': ['The customer.email must be a valid email'] } } }
      }
      const key = `${String(body.resource_id)}|${String(body.start)}`
      if (taken.has(key)) return { status: 409, body: { error: 'The slot is no longer available' } }
      taken.add(key)
      return {
        status: 201,
        body: {
          data: {
            id: '33333333-3333-4333-8333-333333333333',
            graph: body.graph ?? 'instant',
            state: body.graph === 'confirm_decline' ? 'tentative' : 'confirmed',
            completed: false,
            possible_actions: ['cancel'],
            resource: { id: body.resource_id, name: 'Astrid' },
          },
        },
        headers: { 'Timekit-Request-Id': 'req-create' },
      }
    }
    if (request.method === 'PUT' && /^\/v2\/bookings\/[^/]+\/cancel$/.test(path ?? '')) {
      return {
        status: 200,
        body: { data: { id: path!.split('/')[3], graph: 'instant', state: 'cancelled', completed: true } },
      }
    }
    return { status: 404, body: { error: 'Resource does not exist' } }
  }
}

/** A counting, recording stand-in for Timekit on 127.0.0.1 with a random port. */
export async function startStubUpstream(responder: StubResponder = timekitLike()): Promise<StubUpstream> {
  let current = responder
  const requests: RecordedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      let json: unknown
      try {
        json = body === '' ? undefined : JSON.parse(body)
      } catch {
        json = undefined
      }
      const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, json }
      requests.push(recorded)
      const answer = current(recorded)
      const send = () => {
        if (res.destroyed) return
        const text = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body))
        res.writeHead(answer.status, {
          'Content-Type': answer.raw === undefined ? 'application/json' : 'text/html',
          ...answer.headers,
        })
        res.end(text)
      }
      if (answer.delayMs) setTimeout(send, answer.delayMs)
      else send()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}/v2`,
    requests,
    get hits() {
      return requests.length
    },
    respond(next) {
      current = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
