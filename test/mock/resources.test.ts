import { describe, expect, it } from 'vitest'
import { backendWith, call, ID, resource } from './helpers'

const fresh = () => backendWith({ resources: [resource(ID.a, 'Europe/Copenhagen')] })

describe('resources', () => {
  it('POST creates a resource with a default calendar (201)', async () => {
    const b = fresh()
    const res = await call(b, 'POST', '/resources', {
      name: 'Nora',
      timezone: 'America/New_York',
      email: 'nora@example.com',
      meta: { floor: 2 },
      tags: ['x'],
      availability_constraints: [{ allow_hours: { start: 8, end: 12 } }],
    })
    expect(res.status).toBe(201)
    expect(res.body.data).toMatchObject({ name: 'Nora', timezone: 'America/New_York', meta: { floor: 2 }, tags: ['x'] })
    expect(res.body.data.calendars).toHaveLength(1)
    expect(res.body.data.calendars[0]).toMatchObject({ provider: 'timekit', id: expect.any(String) })
    const read = await call(b, 'GET', `/resources/${res.body.data.id}`)
    expect(read.body.data).toEqual(res.body.data)
  })

  it('requires a name and a valid IANA zone (422 in the errors shape)', async () => {
    const b = fresh()
    const missing = await call(b, 'POST', '/resources', {})
    expect(missing.status).toBe(422)
    expect(missing.body.errors).toEqual({
      name: ['The name field is required.'],
      timezone: ['The timezone field is required.'],
    })
    const badZone = await call(b, 'POST', '/resources', { name: 'X', timezone: 'Europe/Nowhere' })
    expect(badZone.body).toEqual({ errors: { timezone: ['The timezone must be a valid zone'] } })
    const badConstraint = await call(b, 'POST', '/resources', {
      name: 'X',
      timezone: 'UTC',
      availability_constraints: [{ allow_hours: { start: 'nine' } }],
    })
    expect(badConstraint.status).toBe(422)
    expect(Object.keys(badConstraint.body.errors)[0]).toMatch(/^availability_constraints\.0/)
  })

  it('GET /resources is paged; every resource has a calendar', async () => {
    const b = fresh()
    for (const name of ['B', 'C']) await call(b, 'POST', '/resources', { name, timezone: 'UTC' })
    const res = await call(b, 'GET', '/resources?limit=2')
    expect(res.body).toMatchObject({ total: 3, per_page: 2, current_page: 1, last_page: 2, from: 1, to: 2 })
    expect(res.body.data.every((r: { calendars: unknown[] }) => r.calendars.length === 1)).toBe(true)
  })

  it('PUT updates given fields and validates them; DELETE answers 204 then 404', async () => {
    const b = fresh()
    const updated = await call(b, 'PUT', `/resources/${ID.a}`, { name: 'Renamed', timezone: 'Asia/Kolkata' })
    expect(updated.status).toBe(200)
    expect(updated.body.data).toMatchObject({ id: ID.a, name: 'Renamed', timezone: 'Asia/Kolkata' })
    const bad = await call(b, 'PUT', `/resources/${ID.a}`, { timezone: 'nowhere' })
    expect(bad.status).toBe(422)
    expect(bad.body.errors.timezone).toEqual(['The timezone must be a valid zone'])
    const del = await b.handle(new Request(`http://x/v2/resources/${ID.a}`, { method: 'DELETE' }))
    expect(del.status).toBe(204)
    const gone = await call(b, 'GET', `/resources/${ID.a}`)
    expect(gone.status).toBe(404)
    expect(gone.body).toEqual({ error: 'Resource does not exist', model: 'Resource' })
  })
})
