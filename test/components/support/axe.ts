// axe on a rendered container. The `region` rule is off: a component rendered
// alone is not inside a page's landmarks, which is the page's job, not the part's.
import axe from 'axe-core'
import { expect } from 'vitest'

export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, { rules: { region: { enabled: false } } })
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary).toEqual([])
}
