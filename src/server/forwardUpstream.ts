import { applyResponsePolicy } from './applyResponsePolicy.js'
import { FORWARDED_RESPONSE_HEADERS, pickHeaders } from './headers.js'
import type { BookingProxyPolicy } from './policy.js'
import { proxyError } from './proxyError.js'
import type { UpstreamAnswer, UpstreamRequester } from './nodeUpstream.js'
import { readCappedText } from './readCappedText.js'
import { textResponse } from './responseText.js'
import type { ProxyRoute } from './routes.js'

/** One prepared upstream call. */
export interface UpstreamCall {
  url: URL
  method: string
  headers: Headers
  body: string | undefined
  route: ProxyRoute
}

export interface ForwardOptions {
  fetch: typeof fetch
  /** Used instead of `fetch` when set (Node's own HTTP client, see `nodeRequester`). */
  request?: UpstreamRequester | null
  timeoutMs: number
  /** Largest upstream body read, in bytes; a larger one becomes a 502. */
  maxResponseBytes: number
  policy: BookingProxyPolicy
  /** Strings that must never appear in a response (the key and its Basic header). */
  secrets: readonly string[]
  /** Aborts the upstream call when the browser goes away. */
  signal: AbortSignal | null
  onError: (error: unknown) => void
}

const UNAVAILABLE = 'Upstream unavailable'

/**
 * Calls Timekit and turns its answer into the browser's.
 *
 * What passes: JSON 2xx (trimmed by the response policy) and JSON 4xx with
 * their status, so `SlotTakenError` (409) and `ValidationError` (422 with
 * `errors`) work in the browser as they would against Timekit. What does
 * not: 5xx, HTML, redirects, a 401 (the proxy's own key is wrong: nothing
 * the browser can fix), network failures. Those become one JSON 502 that
 * says nothing about the upstream; `onError` gets the detail for the logs.
 */
export async function forwardUpstream(call: UpstreamCall, options: ForwardOptions): Promise<Response> {
  // One controller for both the timeout and the browser leaving: `AbortSignal.any` would
  // cost a second signal per request and, in Node 20, keeps each one alive until GC.
  const controller = new AbortController()
  let timedOut = false
  const timer =
    options.timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true
          controller.abort()
        }, options.timeoutMs)
      : undefined
  const browser = options.signal
  const onBrowserGone = () => controller.abort(browser?.reason)
  if (browser?.aborted) onBrowserGone()
  else browser?.addEventListener('abort', onBrowserGone, { once: true })
  const signal = controller.signal

  let response: UpstreamAnswer
  let text: string
  try {
    if (options.request) {
      response = await options.request(call, signal, options.maxResponseBytes)
    } else {
      const fetched = await options.fetch(call.url, {
        method: call.method,
        headers: call.headers,
        body: call.body,
        signal,
        // A redirect would be followed with the key attached; refuse it instead.
        redirect: 'manual',
      })
      response = { status: fetched.status, headers: fetched.headers, text: await readCappedText(fetched, options.maxResponseBytes) }
    }
    text = response.text
  } catch (error) {
    // A browser that went away is not an upstream failure: nobody reads this answer and
    // nothing went wrong that a log should report.
    if (browser?.aborted && !timedOut) return proxyError(499, 'Client closed request')
    options.onError(error)
    return timedOut ? proxyError(504, 'Upstream timed out') : proxyError(502, UNAVAILABLE)
  } finally {
    clearTimeout(timer)
    browser?.removeEventListener('abort', onBrowserGone)
  }

  const passed = pickHeaders(response.headers, FORWARDED_RESPONSE_HEADERS)
  const headers = Object.fromEntries(passed)
  const status = response.status
  if (options.secrets.some((secret) => text.includes(secret))) {
    // Defence in depth: Timekit never echoes the key, but if anything upstream
    // ever did, the answer is dropped rather than passed to a browser.
    options.onError(new Error(`upstream ${status} response contained the app key; dropped`))
    return proxyError(502, UNAVAILABLE, { headers })
  }

  const json = parseJson(text)
  if (status === 204 || (status >= 200 && status < 300 && text === '')) {
    return new Response(null, { status, headers: { ...headers, 'Cache-Control': 'no-store' } })
  }
  if (status >= 200 && status < 300 && json.ok) {
    return jsonResponse(status, applyResponsePolicy(json.value, call.route, options.policy), headers)
  }
  if (status >= 400 && status < 500 && status !== 401 && json.ok) {
    return jsonResponse(status, json.value, headers)
  }
  if (status === 429) return proxyError(429, 'Too many requests', { headers })
  options.onError(new Error(`upstream answered ${status}${json.ok ? '' : ' with a non-JSON body'}`))
  return proxyError(502, UNAVAILABLE, { headers })
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: false }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

function jsonResponse(status: number, body: unknown, headers: Record<string, string>): Response {
  return textResponse(JSON.stringify(body), {
    status,
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
