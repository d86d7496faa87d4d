import { ProxyRejection } from './proxyError.js'
import type { JsonObject } from './policy.js'

/**
 * Reads a request body as a JSON object, refusing what a booking page never sends.
 *
 * - Only `application/json` (415 otherwise). This is also the CSRF guard: a
 *   cross-site `<form>` or a "simple" `text/plain` fetch cannot send it
 *   without a CORS preflight, which only listed origins pass.
 * - No `Content-Encoding`: a small gzip body can inflate to gigabytes.
 * - At most `maxBytes` bytes (413), counted while streaming, so a lying or
 *   missing `Content-Length` cannot make the proxy buffer more.
 * - Valid UTF-8 and JSON, and an object at the top (400).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonObject> {
  const mediaType = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (mediaType !== 'application/json') throw new ProxyRejection(415, 'Content-Type must be application/json')
  const encoding = request.headers.get('Content-Encoding')
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') {
    throw new ProxyRejection(415, 'Content-Encoding is not supported')
  }
  const declared = Number(request.headers.get('Content-Length') ?? '0')
  if (declared > maxBytes) throw new ProxyRejection(413, 'Request body is too large')

  const bytes = await readLimited(request, maxBytes)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ProxyRejection(400, 'Request body is not valid UTF-8')
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ProxyRejection(400, 'Request body is not valid JSON')
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ProxyRejection(400, 'Request body must be a JSON object')
  }
  return json as JsonObject
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new ProxyRejection(413, 'Request body is too large')
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}
