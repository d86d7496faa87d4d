import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createMockBackend } from '../../src/mock'
import { startMockServer } from '../../src/mock/node/startMockServer'
import { backendWith, bookingBody, call, ID, resource } from './helpers'

const S = '2026-06-10T09:00:00Z'
const E = '2026-06-10T10:00:00Z'
const fresh = () => backendWith({ resources: [resource(ID.a, 'UTC')] })

describe('booking records', () => {
  it('stores the message of an action and of a reschedule, in order', async () => {
    const backend = fresh()
    const { body } = await call(backend, 'POST', '/bookings', bookingBody(ID.a, S, E))
    const id = body.data.id
    const moved = await call(backend, 'POST', `/bookings/${id}/reschedule`, {
      start: '2026-06-10T11:00:00Z',
      end: '2026-06-10T12:00:00Z',
      message: 'Later, please',
    })
    expect(moved.status).toBe(200)
    expect((await call(backend, 'PUT', `/bookings/${id}/cancel`, { cancel: { message: 'Sorry, ill' } })).status).toBe(200)
    const stored = backend.snapshot().bookings.find((b) => b.id === id)!
    expect(stored.messages).toEqual([
      { action: 'reschedule', message: 'Later, please', created_at: '2026-01-01T00:00:00.000Z' },
      { action: 'cancel', message: 'Sorry, ill', created_at: '2026-01-01T00:00:00.000Z' },
    ])
  })

  it('DELETE follows the contract\'s final states: rescheduled_by_customer is not one', async () => {
    const backend = fresh()
    const { body } = await call(backend, 'POST', '/bookings', bookingBody(ID.a, S, E))
    await call(backend, 'PUT', `/bookings/${body.data.id}/reschedule_by_customer`, {})
    const res = await call(backend, 'DELETE', `/bookings/${body.data.id}`)
    expect(res.status).toBe(422)
    expect(res.body.error).toMatch(/rescheduled_by_customer/)
    const declined = await call(backend, 'POST', '/bookings', bookingBody(ID.a, S, E, { graph: 'confirm_decline' }))
    await call(backend, 'PUT', `/bookings/${declined.body.data.id}/decline`, {})
    expect((await call(backend, 'DELETE', `/bookings/${declined.body.data.id}`)).status).toBe(204)
  })

  it('bounds a booking to 31 days, on create and on reschedule', async () => {
    const backend = fresh()
    const long = await call(backend, 'POST', '/bookings', bookingBody(ID.a, S, '2026-07-12T09:00:00Z'))
    expect(long.status).toBe(422)
    expect(long.body.errors.end).toEqual(['A booking may last at most 31 days.'])
    const ok = await call(backend, 'POST', '/bookings', bookingBody(ID.a, S, '2026-07-11T09:00:00Z'))
    expect(ok.status).toBe(201)
    const moved = await call(backend, 'POST', `/bookings/${ok.body.data.id}/reschedule`, { start: S, end: '2027-06-10T09:00:00Z' })
    expect(moved.status).toBe(422)
  })
})

describe('persistence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rbk-mock-records-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('rolls the change back in memory when persisting it fails, and keeps later writes', async () => {
    let fail = true
    const backend = createMockBackend({
      now: '2026-01-01T00:00:00Z',
      resources: [resource(ID.a, 'UTC')],
      onMutation: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5))
        if (fail) throw new Error('disk full')
      },
    })
    const refused = await call(backend, 'POST', '/bookings', bookingBody(ID.a, S, E))
    expect(refused.status).toBe(500)
    expect(refused.body.error).toMatch(/could not persist the change, so it was not made: Error: disk full/)
    expect(backend.snapshot().bookings).toEqual([])
    expect((await call(backend, 'GET', '/bookings')).body.total).toBe(0)
    fail = false
    // The slot is free again: the refused booking never happened.
    const [a, b] = await Promise.all([
      call(backend, 'POST', '/bookings', bookingBody(ID.a, S, E)),
      call(backend, 'POST', '/bookings', bookingBody(ID.a, E, '2026-06-10T11:00:00Z')),
    ])
    expect([a.status, b.status]).toEqual([201, 201])
    expect(backend.snapshot().bookings).toHaveLength(2)
  })

  it('keeps projects in snapshot() and in the data file, and reads them back', async () => {
    const project = { id: 'p1', name: 'Intro calls', resources: [ID.a], mode: 'exclusive', length: '30 minutes' }
    const dataPath = join(dir, 'data.json')
    const first = await startMockServer({ port: 0, dataPath, seed: { resources: [resource(ID.a, 'UTC')], projects: [project] } })
    expect(first.backend.snapshot().projects).toEqual([project])
    await first.close()
    expect(JSON.parse(readFileSync(dataPath, 'utf8')).projects).toEqual([project])
    // Restarted with another seed: the file wins, projects included.
    const second = await startMockServer({ port: 0, dataPath, seed: { resources: [], projects: [] } })
    try {
      const res = await fetch(`${second.url}/v2/availability`, {
        method: 'POST',
        body: JSON.stringify({ project_id: 'p1', from: '2030-01-01T00:00:00Z', to: '2030-01-01T02:00:00Z' }),
      })
      expect(res.status).toBe(200)
      expect(((await res.json()) as { data: unknown[] }).data).toHaveLength(4)
    } finally {
      await second.close()
    }
  })
})
