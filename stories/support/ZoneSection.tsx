import { useId, type ReactNode } from 'react'

/**
 * A region named by a visible heading: with two kits on one page, an `aria-label` alone
 * left a sighted reader unable to tell where one customer's picker ends and the next begins.
 */
export function ZoneSection({ label, children }: { label: string; children: ReactNode }) {
  const id = useId()
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{label}</h2>
      {children}
    </section>
  )
}
