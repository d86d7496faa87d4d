import type { Handler, HandlerContext } from './context.js'
import { latencyMs, pickFault, sleep } from './faults.js'
import { corsHeaders, errorMessage, HttpError, json, preflightHeaders, withHeaders } from './http.js'
import { createIdSource, createRequestIdSource } from './ids.js'
import { apiSegments, matchRoute } from './routes.js'
import { checkpointStore, createStore, restoreStore, snapshotStore } from './store.js'
import { parseInstant } from './time.js'
import type { MockFaults, MockLatency, MockNow, MockSeed, MockSnapshot } from './types.js'
import { readBasicAuth } from '../client/basicAuth.js'

/** Timekit's request body limit, in characters. */
export const MAX_BODY_CHARS = 64_000

export interface MockBackendOptions extends MockSeed {
  /** When set, requests need `Authorization: Basic base64(":" + appKey)`, else 401. */
  appKey?: string
  /** The current instant: a fixed value or a function. @default the real clock */
  now?: MockNow
  /** A `[0, 1)` source for round robin, ids, latency and faults. @default Math.random (ids: crypto.randomUUID) */
  random?: () => number
  /** Delay before each answer: fixed ms or a `{min, max}` range. @default 0 */
  latency?: MockLatency
  faults?: MockFaults
  /**
   * Path prefix in front of the API (`/api/timekit`). @default auto: after a `/v2` segment,
   * else wherever a known endpoint path starts.
   */
  basePath?: string
  /**
   * Called with the new state after every mutating request and awaited before that request
   * is answered, so a store that persists here makes every acknowledged write durable. When
   * it throws, the change is undone in memory too and the request answers 500: memory never
   * holds a write the disk refused. Writes are handled one at a time while it runs.
   */
  onMutation?: (snapshot: MockSnapshot) => void | Promise<void>
}

export interface MockBackend {
  /** Web-standard handler: serves `fetch` injection, MSW, a Service Worker and the Node server. */
  handle(request: Request): Promise<Response>
  /** Same signature as the global `fetch`; relative URLs resolve against `http://mock.local`. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>
  /** Back to the seed the backend was created with. */
  reset(): void
  /** A deep, JSON-serialisable copy of `{resources, bookings, projects}`; valid as a seed. */
  snapshot(): MockSnapshot
}

function clock(now: MockNow | undefined): () => number {
  const read = (value: string | number | Date): number => {
    if (typeof value === 'number') return value
    if (value instanceof Date) return value.getTime()
    const ms = parseInstant(value) ?? Date.parse(value)
    if (Number.isNaN(ms)) throw new Error(`createMockBackend: cannot read now=${value}`)
    return ms
  }
  if (now === undefined) return () => Date.now()
  if (typeof now === 'function') return () => read(now())
  const fixed = read(now)
  return () => fixed
}

function basicAuthorised(request: Request, appKey: string): boolean {
  const credentials = readBasicAuth(request.headers.get('Authorization'))
  return credentials !== null && credentials.user === '' && credentials.password === appKey
}

async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  if (request.method === 'GET' || request.method === 'HEAD') return {}
  const text = await request.text()
  if (text.length > MAX_BODY_CHARS) {
    throw errorMessage(413, `The request body exceeds ${MAX_BODY_CHARS} characters`)
  }
  if (text.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw errorMessage(400, 'The request body is not valid JSON')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw errorMessage(422, 'The request body must be a JSON object')
  }
  return parsed as Record<string, unknown>
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const now = clock(options.now)
  const random = options.random ?? Math.random
  const newId = createIdSource(options.random)
  const nextRequestId = createRequestIdSource()
  let store = createStore(
    { resources: options.resources ?? [], bookings: options.bookings ?? [], projects: options.projects ?? [] },
    { now, newId },
  )
  // The normalised seed (ids, calendars and timestamps filled in), so reset() is exact.
  const seed: MockSeed = snapshotStore(store)
  // Writes wait for the previous write's persistence: a write that fails is rolled back to
  // the state before it, which must not also erase a later write that was acknowledged.
  let writeQueue: Promise<unknown> = Promise.resolve()

  async function route(request: Request): Promise<Response> {
    await sleep(latencyMs(options.latency, random))
    const fault = pickFault(options.faults, random)
    if (fault) return fault
    if (options.appKey !== undefined && !basicAuthorised(request, options.appKey)) {
      throw errorMessage(401, 'Unauthorized: missing or wrong app key (expected HTTP Basic with an empty user)')
    }
    const url = new URL(request.url)
    let segments: string[] | null
    try {
      segments = apiSegments(url, options.basePath)
    } catch {
      segments = null
    }
    const match = segments ? matchRoute(request.method, segments) : ({ kind: 'none' } as const)
    if (match.kind === 'none') throw errorMessage(404, `No route for ${request.method} ${url.pathname}`)
    if (match.kind === 'method') {
      throw new HttpError(405, { error: `Method ${request.method} not allowed` }, { Allow: match.allowed.join(', ') })
    }
    const body = await readJsonBody(request)
    const run = () => handleAndPersist(request, url, match.handler, match.params, body)
    if (!options.onMutation || request.method === 'GET' || request.method === 'HEAD') return run()
    const result = writeQueue.then(run)
    writeQueue = result.catch(() => {})
    return result
  }

  async function handleAndPersist(
    request: Request,
    url: URL,
    handler: Handler,
    params: Record<string, string>,
    body: Record<string, unknown>,
  ): Promise<Response> {
    // From here to the end of the handler nothing awaits: check-then-write is atomic.
    const current = store
    const before = options.onMutation ? checkpointStore(current) : undefined
    const ctx: HandlerContext = { request, url, params, body, store: current, now, random, newId }
    const response = handler(ctx)
    if (current.dirty) {
      current.dirty = false
      try {
        await options.onMutation?.(snapshotStore(current))
      } catch (error) {
        if (before) restoreStore(current, before)
        return json(500, { error: `The mock backend could not persist the change, so it was not made: ${String(error)}` })
      }
    }
    return response
  }

  async function handle(request: Request): Promise<Response> {
    const headers = { ...corsHeaders(request), 'Timekit-Request-Id': nextRequestId() }
    if (request.method === 'OPTIONS') {
      return new Response(null, { status: 204, headers: { ...headers, ...preflightHeaders() } })
    }
    let response: Response
    try {
      response = await route(request)
    } catch (error) {
      response =
        error instanceof HttpError
          ? json(error.status, error.body, error.headers)
          : json(500, { error: `Internal mock backend error: ${error instanceof Error ? error.message : String(error)}` })
    }
    return withHeaders(response, headers)
  }

  return {
    handle,
    fetch(input, init) {
      const resolved = typeof input === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(input) ? new URL(input, 'http://mock.local') : input
      return handle(new Request(resolved, init))
    },
    reset() {
      store = createStore(seed, { now, newId })
      if (options.onMutation) void Promise.resolve(options.onMutation(snapshotStore(store))).catch(() => {})
    },
    snapshot: () => snapshotStore(store),
  }
}
