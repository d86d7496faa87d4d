import { describe, expect, it } from 'vitest'
import { createDemoSeed, createMockBackend, DEMO_IDS } from '../../src/mock'
import { call, seededRandom } from './helpers'

describe('demo seed', () => {
  it('has resources in three zones with working hours, a project and bookings', () => {
    const seed = createDemoSeed('2026-06-08T06:00:00Z')
    expect(seed.resources.map((r) => r.timezone)).toEqual(['Europe/Copenhagen', 'America/New_York', 'Asia/Kolkata'])
    for (const r of seed.resources) expect(r.availability_constraints!.length).toBeGreaterThan(0)
    expect(seed.projects[0]!.id).toBe(DEMO_IDS.project)
    expect(seed.bookings.length).toBeGreaterThanOrEqual(3)
    expect(createDemoSeed().resources).toHaveLength(3) // default: relative to the current clock
  })

  it('places bookings on coming weekdays inside working hours, relative to now', async () => {
    const now = '2026-06-12T15:00:00Z' // a Friday
    const backend = createMockBackend({ ...createDemoSeed(now), now })
    const { body } = await call(backend, 'GET', '/bookings?include=attributes&search=state:confirmed')
    const starts = body.data.map((b: { attributes: { event_info: { start: string } } }) => b.attributes.event_info.start)
    expect(starts.length).toBe(3)
    for (const s of starts) {
      expect(Date.parse(s)).toBeGreaterThan(Date.parse(now))
      expect([1, 2]).toContain(new Date(s).getUTCDay()) // Monday or Tuesday after the weekend
    }
  })

  it('answers availability through the demo project and blocks the seeded bookings', async () => {
    const now = '2026-06-08T00:00:00Z'
    const backend = createMockBackend({ ...createDemoSeed(now), now, random: seededRandom(9) })
    const res = await call(backend, 'POST', '/availability', { project_id: DEMO_IDS.project, from: 'now', to: '1 week' })
    expect(res.status).toBe(200)
    const booked = createDemoSeed(now).bookings.find((b) => b.resource_id === DEMO_IDS.copenhagen && b.state === undefined)!
    const sameStart = res.body.data.filter(
      (s: { start: string; resources: Array<{ id: string }> }) =>
        Date.parse(s.start) === Date.parse(booked.start) && s.resources[0]!.id === DEMO_IDS.copenhagen,
    )
    expect(sameStart).toEqual([])
    const used = new Set(res.body.data.map((s: { resources: Array<{ id: string }> }) => s.resources[0]!.id))
    expect(used.size).toBe(3)
  })

  it('derives ids from a seeded random, so seeded runs repeat exactly', async () => {
    const run = async () => {
      const backend = createMockBackend({ ...createDemoSeed('2026-06-08T00:00:00Z'), now: '2026-06-08T00:00:00Z', random: seededRandom(4) })
      const res = await call(backend, 'POST', '/resources', { name: 'New', timezone: 'UTC' })
      return res.body.data.id
    }
    expect(await run()).toBe(await run())
  })
})
