import type * as NodeHttpModule from 'node:http'
import type { Agent, IncomingMessage } from 'node:http'
import { ResponseTooLargeError } from './readCappedText.js'

/** An upstream answer, read whole (within the byte limit). */
export interface UpstreamAnswer {
  status: number
  headers: Headers
  text: string
}

/** Sends one upstream request and reads its answer; rejects when `signal` aborts. */
export type UpstreamRequester = (
  call: { url: URL; method: string; headers: Headers; body: string | undefined },
  signal: AbortSignal,
  maxBytes: number,
) => Promise<UpstreamAnswer>

type NodeHttp = typeof NodeHttpModule

let requester: UpstreamRequester | null | undefined

/**
 * Upstream calls through `node:http(s)` with keep-alive agents, when the proxy runs on
 * Node and the app gave no `fetch`. Node's `fetch` (undici) costs about as much CPU per
 * call as all of the proxy's own work; `node:http` about a third of it. The modules come
 * from `process.getBuiltinModule` (Node 20.16+), not an import, so the `/server` entry
 * still loads unchanged in workers and edge runtimes, which use `fetch`.
 */
export function nodeRequester(): UpstreamRequester | null {
  if (requester !== undefined) return requester
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule
  const http = typeof get === 'function' ? (get('node:http') as NodeHttp | undefined) : undefined
  const https = typeof get === 'function' ? (get('node:https') as NodeHttp | undefined) : undefined
  if (!http || !https) return (requester = null)
  const agents: Record<string, { module: NodeHttp; agent: Agent }> = {
    'http:': { module: http, agent: new http.Agent({ keepAlive: true }) },
    'https:': { module: https, agent: new https.Agent({ keepAlive: true }) as Agent },
  }
  return (requester = (call, signal, maxBytes) =>
    new Promise<UpstreamAnswer>((resolve, reject) => {
      const target = agents[call.url.protocol]
      if (!target) return reject(new TypeError(`unsupported upstream protocol ${call.url.protocol}`))
      if (signal.aborted) return reject(signal.reason)
      const headers: Record<string, string> = {}
      call.headers.forEach((value, name) => {
        headers[name] = value
      })
      if (call.body !== undefined) headers['content-length'] = String(Buffer.byteLength(call.body))
      // No redirect is ever followed (as `redirect: 'manual'`): the key would go along.
      const req = target.module.request(call.url, { method: call.method, headers, agent: target.agent, signal })
      req.once('error', reject)
      req.once('response', (res: IncomingMessage) => {
        const declared = Number(res.headers['content-length'])
        if (declared > maxBytes) {
          res.destroy()
          return reject(new ResponseTooLargeError(maxBytes))
        }
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > maxBytes) {
            res.destroy()
            reject(new ResponseTooLargeError(maxBytes))
            return
          }
          chunks.push(chunk)
        })
        res.once('error', reject)
        // Destroyed mid-body (timeout, browser gone) without an 'error': settle anyway.
        res.once('close', () => {
          if (!res.complete) reject(signal.aborted ? signal.reason : new Error('upstream closed the answer before its end'))
        })
        res.once('end', () => {
          const out = new Headers()
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) out.set(name, Array.isArray(value) ? value.join(', ') : value)
          }
          resolve({ status: res.statusCode ?? 502, headers: out, text: Buffer.concat(chunks).toString('utf8') })
        })
      })
      req.end(call.body)
    }))
}
