import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/**
 * Sends a request exactly as written: `fetch` and the URL parser would
 * normalise `../`, `%2e%2e` and `\` before they left the test, and refuse
 * TRACE, so attacks go through `node:http` with a literal request target.
 */
export function rawRequest(
  port: number,
  init: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: init.method,
        path: init.path,
        headers: {
          ...(init.body === undefined || init.headers?.['Transfer-Encoding']
            ? {}
            : { 'Content-Length': Buffer.byteLength(init.body) }),
          ...init.headers,
        },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(init.body)
  })
}
