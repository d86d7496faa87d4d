import { describe, expect, it } from 'vitest'
import type { MockBookingSeed } from '../../src/mock'
import { backendWith, call, ID, resource } from './helpers'

const hour = (h: number) => `2026-06-10T${String(h).padStart(2, '0')}:00:00Z`
const seedBooking = (i: number, patch: Partial<MockBookingSeed> = {}): MockBookingSeed => ({
  id: `00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
  resource_id: i % 2 ? ID.a : ID.b,
  start: hour(i),
  end: hour(i + 1),
  what: `Booking ${i}`,
  customers: [{ id: `c${i}`, name: `Customer ${i}`, email: i < 3 ? 'Vip@Example.com' : `c${i}@example.com`, phone: null, voip: null, timezone: null }],
  ...patch,
})

const backend = () =>
  backendWith({
    resources: [resource(ID.a, 'UTC'), resource(ID.b, 'UTC')],
    bookings: [
      seedBooking(1),
      seedBooking(2, { graph: 'confirm_decline', state: 'tentative' }),
      seedBooking(3, { state: 'cancelled' }),
      seedBooking(4),
      seedBooking(5, { graph: 'confirm_decline', state: 'confirmed' }),
      seedBooking(6),
      seedBooking(7, { state: 'completed' }),
    ],
  })

describe('GET /bookings paging', () => {
  it('returns Laravel paging fields', async () => {
    const b = backend()
    const first = await call(b, 'GET', '/bookings?limit=3')
    expect(first.body).toMatchObject({ total: 7, per_page: 3, current_page: 1, last_page: 3, prev_page_url: null, from: 1, to: 3 })
    expect(first.body.data).toHaveLength(3)
    expect(first.body.next_page_url).toBe('http://mock.test/v2/bookings?limit=3&page=2')

    const last = await call(b, 'GET', '/bookings?limit=3&page=3')
    expect(last.body).toMatchObject({ current_page: 3, next_page_url: null, from: 7, to: 7 })
    expect(last.body.prev_page_url).toBe('http://mock.test/v2/bookings?limit=3&page=2')
    expect(last.body.data.map((x: { id: string }) => x.id.slice(-2))).toEqual(['07'])

    const beyond = await call(b, 'GET', '/bookings?limit=3&page=9')
    expect(beyond.body).toMatchObject({ data: [], from: null, to: null, total: 7 })
  })

  it('defaults to 25 per page and refuses a bad limit', async () => {
    const res = await call(backend(), 'GET', '/bookings')
    expect(res.body).toMatchObject({ per_page: 25, total: 7, last_page: 1, next_page_url: null })
    const bad = await call(backend(), 'GET', '/bookings?limit=0')
    expect(bad.status).toBe(422)
    expect(bad.body.errors.limit).toBeDefined()
  })
})

describe('GET /bookings search', () => {
  const ids = async (query: string) => {
    const res = await call(backend(), 'GET', `/bookings?search=${encodeURIComponent(query)}`)
    expect(res.status).toBe(200)
    return res.body.data.map((x: { id: string }) => Number(x.id.slice(-2)))
  }

  it('filters by resource.id, state, graph and customer.email', async () => {
    expect(await ids(`resource.id:${ID.a}`)).toEqual([1, 3, 5, 7])
    expect(await ids('state:confirmed')).toEqual([1, 4, 5, 6])
    expect(await ids('graph:confirm_decline')).toEqual([2, 5])
    expect(await ids('customer.email:vip@example.com')).toEqual([1, 2])
  })

  it('ANDs terms separated by ;', async () => {
    expect(await ids(`resource.id:${ID.b};state:confirmed`)).toEqual([4, 6])
    expect(await ids('graph:confirm_decline;state:tentative')).toEqual([2])
    expect(await ids('state:confirmed;state:cancelled')).toEqual([])
  })

  it('refuses an unknown key', async () => {
    const res = await call(backend(), 'GET', '/bookings?search=colour:blue')
    expect(res.status).toBe(422)
    expect(res.body.errors.search[0]).toMatch(/colour/)
  })
})

describe('include', () => {
  it('without include the booking is compact', async () => {
    const res = await call(backend(), 'GET', '/bookings?limit=1')
    const booking = res.body.data[0]
    expect(booking).toMatchObject({ id: expect.any(String), state: 'confirmed', resource: { id: ID.a, name: 'Resource 1' } })
    expect(booking).not.toHaveProperty('attributes')
    expect(booking).not.toHaveProperty('customers')
    expect(booking).not.toHaveProperty('event')
  })

  it('include=attributes,event,customers adds event_info, the event and the customers', async () => {
    const res = await call(backend(), 'GET', '/bookings?limit=1&include=attributes.event_info,event,customers')
    const booking = res.body.data[0]
    expect(booking.attributes.event_info).toEqual({
      start: '2026-06-10T01:00:00+00:00',
      end: '2026-06-10T02:00:00+00:00',
      what: 'Booking 1',
      where: '',
      description: '',
    })
    expect(booking.event).toMatchObject({ start: '2026-06-10T01:00:00+00:00', what: 'Booking 1' })
    expect(booking.customers).toEqual([
      { id: 'c1', name: 'Customer 1', email: 'Vip@Example.com', phone: null, voip: null, timezone: null },
    ])
  })

  it('GET /bookings/:id honours include too', async () => {
    const b = backend()
    const plain = await call(b, 'GET', '/bookings/00000000-0000-4000-8000-000000000004')
    expect(plain.body.data).not.toHaveProperty('customers')
    const full = await call(b, 'GET', '/bookings/00000000-0000-4000-8000-000000000004?include=customers')
    expect(full.body.data.customers[0].email).toBe('c4@example.com')
  })
})
