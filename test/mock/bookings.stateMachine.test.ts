import { describe, expect, it } from 'vitest'
import { backendWith, bookingBody, call, ID, resource } from './helpers'

const S = '2026-06-10T09:00:00Z'
const E = '2026-06-10T10:00:00Z'
const fresh = () => backendWith({ resources: [resource(ID.a, 'Europe/Copenhagen'), resource(ID.b, 'Asia/Kolkata')] })

async function create(backend = fresh(), extra: Record<string, unknown> = {}, start = S, end = E) {
  return call(backend, 'POST', '/bookings?include=attributes,customers', bookingBody(ID.a, start, end, extra))
}

describe('booking state machine', () => {
  it('instant: create → confirmed (201)', async () => {
    const res = await create()
    expect(res.status).toBe(201)
    expect(res.body.data).toMatchObject({
      graph: 'instant',
      state: 'confirmed',
      completed: false,
      possible_actions: ['cancel', 'cancel_by_customer', 'complete', 'reschedule_by_customer'],
      resource: { id: ID.a, name: 'Resource 1' },
      attributes: { event_info: { start: '2026-06-10T09:00:00+00:00', end: '2026-06-10T10:00:00+00:00', what: 'Call' } },
    })
    expect(res.body.data.customers[0]).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/London' })
    expect(res.body.data.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(res.body.data.calendar.id).toBeTruthy()
  })

  it('confirm_decline: create → tentative; confirm → confirmed; decline → declined', async () => {
    const backend = fresh()
    const first = await create(backend, { graph: 'confirm_decline' })
    expect(first.body.data).toMatchObject({ state: 'tentative', possible_actions: ['confirm', 'decline'], completed: false })
    const confirmed = await call(backend, 'PUT', `/bookings/${first.body.data.id}/confirm`, {})
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.data.state).toBe('confirmed')

    const second = await create(backend, { graph: 'confirm_decline' }, '2026-06-11T09:00:00Z', '2026-06-11T10:00:00Z')
    const declined = await call(backend, 'PUT', `/bookings/${second.body.data.id}/decline`, { decline: { message: 'Sorry' } })
    expect(declined.body.data).toMatchObject({ state: 'declined', completed: true, possible_actions: [] })
  })

  it.each([
    ['cancel', 'cancelled', true],
    ['cancel_by_customer', 'cancelled_by_customer', true],
    ['complete', 'completed', true],
    ['reschedule_by_customer', 'rescheduled_by_customer', false],
  ])('confirmed → %s → %s', async (action, state, completed) => {
    const backend = fresh()
    const { body } = await create(backend)
    const res = await call(backend, 'PUT', `/bookings/${body.data.id}/${action}`, { [action]: { message: 'why' } })
    expect(res.status).toBe(200)
    expect(res.body.data).toMatchObject({ state, completed, possible_actions: [] })
    expect((await call(backend, 'GET', `/bookings/${body.data.id}`)).body.data.state).toBe(state)
  })

  it('refuses an action the state does not allow with the real current state', async () => {
    const backend = fresh()
    const { body } = await create(backend)
    const res = await call(backend, 'PUT', `/bookings/${body.data.id}/confirm`, {})
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: "Cannot apply action 'confirm' to current state 'confirmed'" })
    await call(backend, 'PUT', `/bookings/${body.data.id}/cancel`, {})
    const again = await call(backend, 'PUT', `/bookings/${body.data.id}/cancel`, {})
    expect(again.body).toEqual({ error: "Cannot apply action 'cancel' to current state 'cancelled'" })
    const odd = await call(backend, 'PUT', `/bookings/${body.data.id}/constructor`, {})
    expect(odd.status).toBe(422)
  })

  it('refuses an unknown graph and answers 404 for an unknown booking', async () => {
    const res = await create(fresh(), { graph: 'group_owner' })
    expect(res.status).toBe(422)
    expect(res.body.errors.graph).toHaveLength(1)
    const missing = await call(fresh(), 'PUT', '/bookings/5b4a5f5e-0000-4000-8000-000000000000/confirm', {})
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({ error: 'Resource does not exist', model: 'Booking' })
  })
})

describe('slot conflicts', () => {
  it('answers 409 for an overlapping live booking, and frees the slot once cancelled', async () => {
    const backend = fresh()
    const first = await create(backend)
    const overlap = await create(backend, {}, '2026-06-10T09:30:00+00:00', '2026-06-10T10:30:00+00:00')
    expect(overlap.status).toBe(409)
    expect(overlap.body).toEqual({ error: 'The slot is no longer available' })
    expect((await create(backend, {}, E, '2026-06-10T11:00:00Z')).status).toBe(201)
    await call(backend, 'PUT', `/bookings/${first.body.data.id}/cancel`, {})
    expect((await create(backend)).status).toBe(201)
  })

  it('a tentative booking holds its slot; another resource is unaffected; allow_double_bookings overrides', async () => {
    const backend = fresh()
    await create(backend, { graph: 'confirm_decline' })
    expect((await create(backend)).status).toBe(409)
    expect((await call(backend, 'POST', '/bookings', bookingBody(ID.b, S, E))).status).toBe(201)
    expect((await create(backend, { settings: { allow_double_bookings: true } })).status).toBe(201)
  })
})

describe('reschedule and delete', () => {
  it('POST /bookings/:id/reschedule keeps the id and moves the times; the slot must be free', async () => {
    const backend = fresh()
    const a = await create(backend)
    const b = await create(backend, {}, '2026-06-10T12:00:00Z', '2026-06-10T13:00:00Z')
    const id = a.body.data.id
    const overlapSelf = await call(backend, 'POST', `/bookings/${id}/reschedule?include=attributes`, {
      start: '2026-06-10T09:30:00+0000',
      end: '2026-06-10T10:30:00+0000',
      message: 'Half an hour later, please',
    })
    expect(overlapSelf.status).toBe(200)
    expect(overlapSelf.body.data.id).toBe(id)
    expect(overlapSelf.body.data.attributes.event_info.start).toBe('2026-06-10T09:30:00+00:00')
    expect(b.status).toBe(201)
    const clash = await call(backend, 'POST', `/bookings/${id}/reschedule`, { start: '2026-06-10T12:30:00Z', end: '2026-06-10T13:30:00Z' })
    expect(clash.status).toBe(409)
    const moved = await call(backend, 'POST', `/bookings/${id}/reschedule?include=attributes`, {
      start: '2026-06-10T12:00:00Z',
      end: '2026-06-10T13:00:00Z',
      resource_id: ID.b,
    })
    expect(moved.status).toBe(200)
    expect(moved.body.data.resource).toEqual({ id: ID.b, name: 'Resource 2' })
    expect(backend.snapshot().bookings).toHaveLength(2)
  })

  it('refuses to reschedule a booking that no longer holds time', async () => {
    const backend = fresh()
    const { body } = await create(backend)
    await call(backend, 'PUT', `/bookings/${body.data.id}/cancel`, {})
    const res = await call(backend, 'POST', `/bookings/${body.data.id}/reschedule`, { start: S, end: E })
    expect(res.status).toBe(422)
    expect(res.body.error).toBe("Cannot apply action 'reschedule' to current state 'cancelled'")
  })

  it('DELETE only removes bookings in a final state', async () => {
    const backend = fresh()
    const { body } = await create(backend)
    const early = await call(backend, 'DELETE', `/bookings/${body.data.id}`)
    expect(early.status).toBe(422)
    expect(early.body.error).toMatch(/confirmed/)
    await call(backend, 'PUT', `/bookings/${body.data.id}/complete`, {})
    const done = await backend.handle(new Request(`http://x/v2/bookings/${body.data.id}`, { method: 'DELETE' }))
    expect(done.status).toBe(204)
    const gone = await call(backend, 'GET', `/bookings/${body.data.id}`)
    expect(gone.status).toBe(404)
    expect(gone.body).toEqual({ error: 'Resource does not exist', model: 'Booking' })
  })
})

describe('booking validation (422 in the errors shape)', () => {
  it.each([
    ['customer.email', { customer: { name: 'Ada' } }, 'The customer.email field is required.'],
    ['customer.email', { customer: { name: 'Ada', email: 'not-an-email' } }, 'The customer.email must be a valid email address.'],
    ['customer.name', { customer: { email: 'ada@example.com' } }, 'The customer.name field is required.'],
    ['customer.timezone', { customer: { name: 'Ada', email: 'ada@example.com', timezone: 'Mars/Base' } }, 'The customer.timezone must be a valid zone'],
    ['start', { start: 'tomorrow' }, 'The start must be a timestamp with an offset.'],
    ['end', { end: '2026-06-10T08:00:00Z' }, 'The end must be a date after start.'],
    ['resource_id', { resource_id: 'nope' }, 'The selected resource_id is invalid.'],
  ])('%s', async (field, patch, message) => {
    const res = await call(fresh(), 'POST', '/bookings', { ...bookingBody(ID.a, S, E), ...patch })
    expect(res.status).toBe(422)
    expect(res.body.errors[field]).toEqual([message])
  })

  it('reports every missing field at once', async () => {
    const res = await call(fresh(), 'POST', '/bookings', {})
    expect(Object.keys(res.body.errors).sort()).toEqual(['customer', 'end', 'resource_id', 'start'])
  })
})
