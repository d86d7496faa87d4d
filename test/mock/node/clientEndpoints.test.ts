// The kit's own client against the kit's own mock server, over real HTTP:
// every endpoint the client wraps gets an answer the client's schemas accept,
// and the mock's errors arrive as the client's typed errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createBookingClient,
  AuthError,
  NotFoundError,
  SlotTakenError,
  ValidationError,
  type BookingClient,
} from '../../../src/client/index'
import { createDemoSeed, DEMO_IDS } from '../../../src/mock/index'
import { startMockServer, type MockServer } from '../../../src/mock/node/index'

const NOW = '2026-03-23T08:00:00Z' // a Monday
const APP_KEY = 'test_widget_key_mock'
let server: MockServer
let client: BookingClient

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: createDemoSeed(NOW), backend: { now: NOW, appKey: APP_KEY } })
  client = createBookingClient({ baseUrl: `${server.url}/v2/`, appKey: APP_KEY })
})
afterAll(() => server.close())

const customer = { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/London' }

describe('client → mock server: resources', () => {
  it('lists, gets, creates, updates and deletes', async () => {
    const list = await client.resources.list({ limit: 2 })
    expect(list.items).toHaveLength(2)
    expect(list.page).toMatchObject({ total: 3, perPage: 2, currentPage: 1, lastPage: 2 })

    const astrid = await client.resources.get(DEMO_IDS.copenhagen)
    expect(astrid).toMatchObject({ id: DEMO_IDS.copenhagen, timezone: 'Europe/Copenhagen' })
    expect(astrid.calendars?.length).toBeGreaterThan(0)

    const created = await client.resources.create({ name: 'Room 4', timezone: 'Asia/Kathmandu' })
    expect(created).toMatchObject({ name: 'Room 4', timezone: 'Asia/Kathmandu' })
    const updated = await client.resources.update(created.id, { name: 'Room 4B' })
    expect(updated.name).toBe('Room 4B')
    await expect(client.resources.delete(created.id)).resolves.toBeUndefined()
    await expect(client.resources.get(created.id)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('answers an invalid zone with a ValidationError naming the field', async () => {
    const error = await client.resources.create({ name: 'X', timezone: 'Mars/Olympus' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect(Object.keys((error as ValidationError).fieldErrors)).toContain('timezone')
  })
})

describe('client → mock server: availability', () => {
  it('queries slots and the dates that have any', async () => {
    const params = {
      mode: 'roundrobin_prioritized' as const,
      resources: [DEMO_IDS.copenhagen],
      length: '1 hour',
      from: '2026-03-24T00:00:00Z',
      to: '2026-03-26T00:00:00Z',
    }
    const slots = await client.availability.query(params)
    expect(slots.length).toBeGreaterThan(0)
    expect(slots[0]!.resources[0]).toMatchObject({ id: DEMO_IDS.copenhagen })
    for (const slot of slots) expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(3_600_000)

    const dates = await client.availability.dates({ ...params, output_timezone: 'Europe/Copenhagen' })
    expect(dates.map((d) => d.date)).toEqual(['2026-03-24', '2026-03-25'])
  })
})

describe('client → mock server: bookings', () => {
  const slot = (day: string, hour: string) => ({
    resource_id: DEMO_IDS.copenhagen,
    start: `2026-04-${day}T${hour}:00:00+02:00`,
    end: `2026-04-${day}T${hour}:30:00+02:00`,
  })

  it('creates, lists, gets, and walks the state machine', async () => {
    const instant = await client.bookings.create({ ...slot('07', '10'), what: 'Intro', customer })
    expect(instant).toMatchObject({ graph: 'instant', state: 'confirmed', completed: false })
    expect(instant.attributes?.event_info?.what).toBe('Intro')
    expect(instant.customers?.[0]?.email).toBe(customer.email)

    const list = await client.bookings.list({ search: { 'customer.email': customer.email }, include: ['customers'] })
    expect(list.items.map((b) => b.id)).toContain(instant.id)
    expect((await client.bookings.get(instant.id, { include: 'attributes' })).id).toBe(instant.id)

    const moved = await client.bookings.reschedule(instant.id, { ...slot('08', '11'), message: 'Later please' })
    expect(moved.id).toBe(instant.id)
    expect(Date.parse(moved.attributes?.event_info?.start ?? '')).toBe(Date.parse('2026-04-08T11:00:00+02:00'))

    const cancelled = await client.bookings.cancel(instant.id, { message: 'Ill' })
    expect(cancelled).toMatchObject({ state: 'cancelled', completed: true })
    await expect(client.bookings.delete(instant.id)).resolves.toBeUndefined()

    const tentative = await client.bookings.create({ ...slot('09', '10'), graph: 'confirm_decline', customer })
    expect(tentative.state).toBe('tentative')
    expect((await client.bookings.confirm(tentative.id)).state).toBe('confirmed')
    expect((await client.bookings.act(tentative.id, 'complete')).state).toBe('completed')

    const declined = await client.bookings.create({ ...slot('10', '10'), graph: 'confirm_decline', customer })
    expect((await client.bookings.decline(declined.id, { message: 'Full' })).state).toBe('declined')
  })

  it('refuses a taken slot, a bad action and a bad email with typed errors', async () => {
    await client.bookings.create({ ...slot('14', '09'), customer })
    await expect(client.bookings.create({ ...slot('14', '09'), customer })).rejects.toBeInstanceOf(SlotTakenError)

    const booking = await client.bookings.create({ ...slot('14', '13'), customer })
    const refused = await client.bookings.confirm(booking.id).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ValidationError)
    expect((refused as ValidationError).message).toMatch(/PUT \/bookings\/.+\/confirm: 422 Cannot apply action 'confirm' to current state 'confirmed'/)

    const invalid = await client.bookings
      .create({ ...slot('15', '09'), customer: { ...customer, email: 'not-an-email' } })
      .catch((e: unknown) => e)
    expect((invalid as ValidationError).fieldErrors['customer.email']?.length).toBeGreaterThan(0)
  })

  it('answers a wrong key with AuthError', async () => {
    const wrong = createBookingClient({ baseUrl: `${server.url}/v2`, appKey: 'test_widget_key_wrong' })
    await expect(wrong.resources.list()).rejects.toBeInstanceOf(AuthError)
  })
})
