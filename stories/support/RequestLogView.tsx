import { useSyncExternalStore } from 'react'
import type { RequestLog } from './requestLog'

/** The requests a story's kit sent, listed on the page (a story asserts that a change sent none). */
export function RequestLogView({ log }: { log: RequestLog }) {
  const entries = useSyncExternalStore(log.subscribe, log.entries, log.entries)
  return (
    <section aria-label="Requests sent">
      <p>
        Requests sent: <output data-testid="request-count">{entries.length}</output>
      </p>
      <ol>
        {entries.map((entry, index) => (
          <li key={index}>
            <code>
              {entry.method} {entry.path}
            </code>
          </li>
        ))}
      </ol>
    </section>
  )
}
