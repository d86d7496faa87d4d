/** One request the page sent to the mock backend. */
export interface LoggedRequest {
  method: string
  /** Path and query, without the base URL. */
  path: string
}

/** A list of the requests a story's kit sent, for a story to show (and assert on) what went over the wire. */
export interface RequestLog {
  entries(): LoggedRequest[]
  subscribe(listener: () => void): () => void
  record(input: RequestInfo | URL, init?: RequestInit): void
}

export function createRequestLog(): RequestLog {
  let entries: LoggedRequest[] = []
  const listeners = new Set<() => void>()
  return {
    entries: () => entries,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    record(input, init) {
      const request = input instanceof Request ? input : undefined
      const url = new URL(request?.url ?? String(input), 'https://mock.local')
      const method = (init?.method ?? request?.method ?? 'GET').toUpperCase()
      entries = [...entries, { method, path: `${url.pathname.replace(/^\/v2/, '')}${url.search}` }]
      // Told after the fetch starts, not during a render that triggered it.
      queueMicrotask(() => listeners.forEach((listener) => listener()))
    },
  }
}
