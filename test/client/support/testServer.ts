// A real HTTP server on 127.0.0.1 for the client tests: it records every
// request and answers with the responses a test scripted, in order. The
// client under test talks to it through the platform's own `fetch`, so the
// URL building, headers, bodies and status handling are the real thing.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string
  /** Path as sent on the wire (still percent-encoded), e.g. `/v2/bookings/a%2Fb`. */
  path: string
  /** Query parameters, decoded. */
  query: Record<string, string>
  /** Header names are lower case, as Node gives them. */
  headers: IncomingHttpHeaders
  /** Raw body text (`''` when none). */
  body: string
  /** The body parsed as JSON, or `undefined` when it was empty or not JSON. */
  json: unknown
}

/** What the server answers to one request. */
export interface ScriptedResponse {
  /** @default 200 */
  status?: number
  headers?: Record<string, string>
  /** A string is sent as it is; anything else is sent as JSON. `undefined` sends no body. */
  body?: unknown
  /** Never answer: the request hangs until the client gives up or the server closes. */
  hang?: boolean
  /**
   * Send the headers and this much of the body, announce the full length,
   * then cut the connection: the body ends early on the wire.
   */
  cutAfterBytes?: number
  /** Send the headers and this much of the body, then go silent (the rest never comes). */
  stallAfterBytes?: number
  /** Answer only after this many milliseconds. */
  delayMs?: number
}

export type Responder = ScriptedResponse | ((request: RecordedRequest) => ScriptedResponse)

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  /** `http://127.0.0.1:<port>/v2`: the base URL tests give the client. */
  readonly baseUrl: string
  /** Every request since the last `reset()`, oldest first. */
  readonly requests: RecordedRequest[]
  /** Queue responses; each request takes the next one. */
  reply(...responses: Responder[]): void
  /** The only request since the last reset; fails when there were none or several. */
  onlyRequest(): RecordedRequest
  /** Forget requests and scripted responses, and drop hanging requests. */
  reset(): void
  /** Scripted responses that no request has taken yet. */
  pending(): number
  /** Requests the server holds open without an answer (`hang`, or a `delayMs` not yet over). */
  held(): number
  close(): Promise<void>
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): ScriptedResponse {
  return { status, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } }
}

/** A response whose body is sent byte for byte, with the given content type. */
export function raw(
  status: number,
  body: string,
  contentType = 'text/html; charset=utf-8',
  headers: Record<string, string> = {},
): ScriptedResponse {
  return { status, body, headers: { 'Content-Type': contentType, ...headers } }
}

function send(res: ServerResponse, response: ScriptedResponse): void {
  const body =
    response.body === undefined ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body)
  const bytes = Buffer.from(body, 'utf8')
  res.statusCode = response.status ?? 200
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value)
  res.setHeader('Content-Length', String(bytes.length))
  if (response.stallAfterBytes !== undefined) {
    res.write(bytes.subarray(0, response.stallAfterBytes))
    return
  }
  if (response.cutAfterBytes !== undefined) {
    res.write(bytes.subarray(0, response.cutAfterBytes), () => res.socket?.destroy())
    return
  }
  res.end(bytes)
}

export async function startTestServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = []
  const script: Responder[] = []
  const sockets = new Set<Socket>()
  const hanging = new Set<ServerResponse>()
  const timers = new Set<NodeJS.Timeout>()

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const body = Buffer.concat(chunks).toString('utf8')
      let parsed: unknown
      try {
        parsed = body === '' ? undefined : JSON.parse(body)
      } catch {
        parsed = undefined
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
        json: parsed,
      }
      requests.push(recorded)
      const next = script.shift()
      if (next === undefined) {
        // An unscripted request is a test mistake: answer so that it shows.
        send(res, json(599, { error: `test server: no scripted response for ${recorded.method} ${recorded.path}` }))
        return
      }
      const response = typeof next === 'function' ? next(recorded) : next
      if (response.hang || response.delayMs !== undefined || response.stallAfterBytes !== undefined) {
        hanging.add(res)
        res.on('close', () => hanging.delete(res))
      }
      if (response.hang) return
      if (response.delayMs !== undefined) {
        const timer = setTimeout(() => {
          timers.delete(timer)
          hanging.delete(res)
          if (!res.destroyed) send(res, response)
        }, response.delayMs)
        timers.add(timer)
        return
      }
      send(res, response)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`

  return {
    origin,
    baseUrl: `${origin}/v2`,
    requests,
    reply(...responses) {
      script.push(...responses)
    },
    onlyRequest() {
      if (requests.length !== 1) {
        throw new Error(`expected exactly one request, the server saw ${requests.length}`)
      }
      return requests[0]!
    },
    reset() {
      requests.length = 0
      script.length = 0
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const res of hanging) res.socket?.destroy()
      hanging.clear()
    },
    pending() {
      return script.length
    },
    held() {
      return hanging.size
    },
    close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const res of hanging) res.socket?.destroy()
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}

/** A URL on 127.0.0.1 that refuses connections: a port that was just listened on and closed. */
export async function refusedOrigin(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  return `http://127.0.0.1:${port}`
}
