// Guards the premise of the suite: each project really runs under the host
// zone it names, so "passes under a non-UTC host" means something.
import { describe, expect, it } from 'vitest'

describe('host time zone of the test run', () => {
  it('is the zone the project set in TZ', () => {
    expect(process.env.TZ).toBeTruthy()
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ)
    const offset = new Date('2026-01-15T00:00:00Z').getTimezoneOffset()
    expect(offset).toBe(process.env.TZ === 'UTC' ? 0 : -780)
  })
})
