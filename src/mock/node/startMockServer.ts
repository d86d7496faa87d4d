import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMockBackend, MAX_BODY_CHARS, type MockBackend, type MockBackendOptions } from '../createMockBackend.js'
import { createDemoSeed } from '../seed.js'
import type { MockSeed } from '../types.js'
import { corsHeaders } from '../http.js'
import { createSnapshotWriter, readSnapshotFile, removeStaleTempFiles } from './persistence.js'

export interface StartMockServerOptions {
  /** Port to listen on; 0 picks a free one. @default 4010 */
  port?: number
  /** @default '127.0.0.1' */
  host?: string
  /**
   * JSON file that holds resources and bookings across restarts. Loaded when it exists
   * (else seeded from `seed`); rewritten atomically after every mutation, before answering.
   */
  dataPath?: string
  /** State to start from when there is no data file. @default createDemoSeed() */
  seed?: MockSeed
  /** `true` logs `METHOD path status ms` lines to stdout; a function receives each line. @default false */
  log?: boolean | ((line: string) => void)
  /** Further engine options (appKey, latency, faults, now, random …). */
  backend?: Omit<MockBackendOptions, keyof MockSeed | 'onMutation'>
}

export interface MockServer {
  /** `http://127.0.0.1:4010`, with the real port when 0 was asked for. */
  url: string
  backend: MockBackend
  /** Stops accepting, drops idle connections and waits for pending writes. */
  close(): Promise<void>
}

/** Node buffers the body; far past the engine's limit we stop reading and answer 413 at once. */
const MAX_READ_BYTES = MAX_BODY_CHARS * 4 + 1024

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_READ_BYTES) {
        resolve('too-large')
        req.resume()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

async function toRequest(req: IncomingMessage, origin: string, body: Buffer | undefined): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
  }
  const method = req.method ?? 'GET'
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' || !body ? undefined : new Uint8Array(body),
  })
}

async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  res.writeHead(response.status, headers)
  res.end(Buffer.from(await response.arrayBuffer()))
}

export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServer> {
  const { port = 4010, host = '127.0.0.1', dataPath } = options
  const log =
    options.log === true ? (line: string) => process.stdout.write(line + '\n') : options.log || undefined
  let seed: MockSeed = options.seed ?? createDemoSeed()
  let writer: ReturnType<typeof createSnapshotWriter> | undefined
  if (dataPath) {
    removeStaleTempFiles(dataPath)
    const stored = readSnapshotFile(dataPath)
    // A file from before projects were stored takes them from the seed.
    if (stored) seed = { ...stored, projects: stored.projects ?? seed.projects ?? [] }
    writer = createSnapshotWriter(dataPath)
  }
  const backend = createMockBackend({
    ...options.backend,
    ...seed,
    onMutation: writer ? (snapshot) => writer.write(snapshot) : undefined,
  })
  if (writer) await writer.write(backend.snapshot())

  const server = createServer((req, res) => {
    const started = performance.now()
    void (async () => {
      let status = 500
      try {
        const body = await readBody(req)
        if (body === 'too-large') {
          status = 413
          // The engine never sees this request, so its CORS headers are added here.
          const cors = corsHeaders(new Request(origin, { headers: req.headers.origin ? { Origin: req.headers.origin } : {} }))
          res.writeHead(413, { ...cors, 'Content-Type': 'application/json', Connection: 'close' })
          res.end(JSON.stringify({ error: `The request body exceeds ${MAX_BODY_CHARS} characters` }))
          return
        }
        const response = await backend.handle(await toRequest(req, origin, body))
        status = response.status
        await sendResponse(res, response)
      } catch (error) {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ error: `Mock server failure: ${String(error)}` }))
      } finally {
        log?.(`${req.method} ${req.url} ${status} ${Math.round(performance.now() - started)}ms`)
      }
    })()
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const origin = `http://${urlHost}:${address.port}`

  return {
    url: origin,
    backend,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      })
      await writer?.idle()
    },
  }
}
