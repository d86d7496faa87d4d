import type { IncomingMessage, ServerResponse } from 'node:http'
import { proxyError } from './proxyError.js'
import { knownText } from './responseText.js'

/** A `node:http` request listener, also usable as Express / Connect middleware. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void

type NodeRequest = IncomingMessage & { originalUrl?: string; body?: unknown }

const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/**
 * Adapts a Web-standard handler (`createBookingProxy(...)`) to `node:http`
 * and Express: `http.createServer(toNodeHandler(proxy))`,
 * `app.use('/api/booking', toNodeHandler(proxy))`.
 *
 * The request target is checked before a `Request` is built, because the
 * WHATWG URL parser would quietly resolve `/a/../b`, `%2e%2e` and `\` into
 * another path: the proxy must judge what the client sent, not a rewrite of it.
 * Only origin-form targets (`/path?query`) are accepted; an absolute-form
 * target (`GET http://evil.com/x`) is refused, and the URL's origin is built
 * from a checked `Host` so it cannot smuggle a path or credentials.
 *
 * Express's `req.originalUrl` is used when present, so `basePath` is the full
 * mount path (`/api/booking`) whatever `app.use` stripped. Mount it before
 * any body parser; if one already ran, its parsed `req.body` is re-serialised.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeHandler {
  return (req, res) => {
    void handle(handler, req, res).catch((error: unknown) => {
      console.error('react-booking-kit/server:', error)
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' })
        res.end(JSON.stringify({ error: 'Proxy error' }))
      } else res.destroy()
    })
  }
}

async function handle(
  handler: (request: Request) => Promise<Response>,
  req: NodeRequest,
  res: ServerResponse,
): Promise<void> {
  const target = req.originalUrl ?? req.url ?? '/'
  const host = req.headers.host && HOST.test(req.headers.host) ? req.headers.host : 'localhost'
  const origin = `${'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http'}://${host}`
  const rawPath = target.split('?')[0] as string
  const url = target.startsWith('/') ? parseUrl(`${origin}${target}`) : null
  if (!url || url.pathname !== rawPath) {
    await send(res, proxyError(400, 'Invalid path'))
    return
  }

  const abort = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) abort.abort()
  })

  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const method = (req.method ?? 'GET').toUpperCase()
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: abort.signal }
  if (method !== 'GET' && method !== 'HEAD') {
    if (req.readableEnded && req.body !== undefined) {
      // A body parser got here first; hand its result on as the body it was.
      const parsed = req.body
      init.body =
        typeof parsed === 'string' ? parsed : parsed instanceof Uint8Array ? new Uint8Array(parsed) : JSON.stringify(parsed)
      headers.delete('content-length')
    } else {
      init.body = bodyStream(req)
      init.duplex = 'half'
    }
  }
  let request: Request
  try {
    request = new Request(url, init)
  } catch {
    // The Fetch standard forbids TRACE, TRACK and CONNECT, so no Web handler
    // can even see them: refuse them here in the proxy's own error shape.
    await send(res, proxyError(FORBIDDEN_METHODS.has(method) ? 405 : 400, FORBIDDEN_METHODS.has(method) ? 'Method not allowed' : 'Bad request'))
    return
  }
  await send(res, await handler(request))
}

const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK'])

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue
    res.setHeader(name, value)
  }
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  const text = knownText(response)
  if (text !== undefined) {
    res.end(text)
    return
  }
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined
  res.end(body)
}

/**
 * The request body as a Web stream, with back-pressure. Written by hand
 * rather than with `Readable.toWeb` so this file needs no runtime `node:`
 * import and the `/server` entry loads in workers and edge runtimes too.
 * When the proxy stops reading (a 413), the rest is drained, not destroyed:
 * destroying the request would close the socket before the 413 is sent.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const onData = (chunk: Uint8Array | string) => {
        if (cancelled) return
        controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk))
        if ((controller.desiredSize ?? 0) <= 0) req.pause()
      }
      req.on('data', onData)
      req.once('end', () => {
        if (!cancelled) controller.close()
      })
      req.once('error', (error) => {
        if (!cancelled) controller.error(error)
      })
    },
    pull() {
      req.resume()
    },
    cancel() {
      cancelled = true
      req.resume()
    },
  }, { highWaterMark: 4 })
}

function parseUrl(href: string): URL | null {
  try {
    return new URL(href)
  } catch {
    return null
  }
}
