import { useSyncExternalStore } from 'react'
import type { RequestLog } from './requestLog'

/** The requests a story's kit sent, listed on the page (a story asserts that a change sent none). */
export function RequestLogView({ log }: { log: RequestLog }) {
  const entries = useSyncExternalStore(log.subscribe, log.entries, log.entries)
  return (
    <section aria-label="Request log">
      <p>
        Requests sent: <output aria-label="Requests sent">{entries.length}</output>
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
