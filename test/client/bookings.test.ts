// client.bookings against a real HTTP server: every call of the state machine,
// with its request line, query, body, and the booking read back.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { BookingKitError, createBookingClient, DEFAULT_BOOKING_INCLUDE, type BookingClient } from '../../src/client'
import { BOOKING_ID, CUSTOMER, PAGING, RESOURCE_ID, bookingPayload } from './support/fixtures'
import { json, startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let client: BookingClient

beforeAll(async () => {
  server = await startTestServer()
  client = createBookingClient({ baseUrl: server.baseUrl, appKey: 'test_widget_key_b' })
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.reset()
})

const AUTH = `Basic ${Buffer.from(':test_widget_key_b').toString('base64')}`

describe('bookings.list', () => {
  it('GETs /bookings and returns { items, page }', async () => {
    server.reply(json(200, { data: [bookingPayload()], ...PAGING }))
    const result = await client.bookings.list()
    expect(server.onlyRequest()).toMatchObject({ method: 'GET', path: '/v2/bookings', query: {} })
    expect(server.onlyRequest().headers.authorization).toBe(AUTH)
    expect(result.items).toHaveLength(1)
    expect(result.items[0]?.id).toBe(BOOKING_ID)
    expect(result.page).toMatchObject({ total: 31, perPage: 15, currentPage: 2, lastPage: 3, from: 16, to: 30 })
  })

  it('gives page: null without paging fields', async () => {
    server.reply(json(200, { data: [] }))
    await expect(client.bookings.list()).resolves.toEqual({ items: [], page: null })
  })

  it.each([
    [
      'include as an array, search as an object',
      { include: ['attributes', 'event.calendar'], search: { 'resource.id': RESOURCE_ID, state: 'confirmed' } },
      { include: 'attributes,event.calendar', search: `resource.id:${RESOURCE_ID};state:confirmed` },
    ],
    [
      'include and search as the API strings',
      { include: 'customers', search: 'state:tentative;graph:confirm_decline' },
      { include: 'customers', search: 'state:tentative;graph:confirm_decline' },
    ],
    ['limit and page', { limit: 50, page: 3 }, { limit: '50', page: '3' }],
    ['a search on a boolean and a number', { search: { completed: false, total: 2 } }, { search: 'completed:false;total:2' }],
  ] as const)('sends %s', async (_label, params, query) => {
    server.reply(json(200, { data: [] }))
    await client.bookings.list(params)
    expect(server.onlyRequest().query).toEqual(query)
  })
})

describe('bookings.get', () => {
  it('GETs /bookings/:id and reads every field', async () => {
    server.reply(json(200, { data: bookingPayload() }))
    const booking = await client.bookings.get(BOOKING_ID)
    expect(server.onlyRequest()).toMatchObject({ method: 'GET', path: `/v2/bookings/${BOOKING_ID}`, query: {} })
    expect(booking).toEqual({
      ...bookingPayload(),
      attributes: {
        event_info: {
          start: '2026-03-10T09:00:00+01:00',
          end: '2026-03-10T10:00:00+01:00',
          what: 'Check-up',
          where: 'Room 3B',
          description: null,
        },
      },
    })
  })

  it('sends include when asked', async () => {
    server.reply(json(200, { data: bookingPayload() }))
    await client.bookings.get(BOOKING_ID, { include: ['attributes', 'customers'] })
    expect(server.onlyRequest().query).toEqual({ include: 'attributes,customers' })
  })

  it('URL-encodes the id', async () => {
    server.reply(json(200, { data: bookingPayload({ id: 'b 1/2' }) }))
    await client.bookings.get('b 1/2')
    expect(server.onlyRequest().path).toBe('/v2/bookings/b%201%2F2')
  })

  it('keeps an unknown state and graph as strings, and unknown fields', async () => {
    server.reply(
      json(200, {
        data: bookingPayload({ state: 'awaiting_payment', graph: 'instant_payment_v2', payment: { amount: 40 } }),
      }),
    )
    const booking = await client.bookings.get(BOOKING_ID)
    expect(booking.state).toBe('awaiting_payment')
    expect(booking.graph).toBe('instant_payment_v2')
    expect(booking).toMatchObject({ payment: { amount: 40 } })
  })

  it('defaults completed and possible_actions when the API leaves them out', async () => {
    server.reply(json(200, { data: { id: BOOKING_ID, graph: 'instant', state: 'confirmed' } }))
    await expect(client.bookings.get(BOOKING_ID)).resolves.toEqual({
      id: BOOKING_ID,
      graph: 'instant',
      state: 'confirmed',
      completed: false,
      possible_actions: [],
    })
  })
})

describe('bookings.create', () => {
  const INPUT = {
    resource_id: RESOURCE_ID,
    start: '2026-03-10T09:00:00+01:00',
    end: '2026-03-10T10:00:00+01:00',
    what: 'Check-up',
    customer: { ...CUSTOMER, insurance_no: 'X-12' },
  }

  it('POSTs to /bookings with graph instant and the default include, and reads the 201', async () => {
    server.reply(json(201, { data: bookingPayload({ graph: 'instant', state: 'confirmed', possible_actions: ['cancel'] }) }))
    const booking = await client.bookings.create(INPUT)
    const request = server.onlyRequest()
    expect(request).toMatchObject({ method: 'POST', path: '/v2/bookings' })
    expect(request.query).toEqual({ include: DEFAULT_BOOKING_INCLUDE.join(',') })
    expect(request.query.include).toBe('attributes,event,customers')
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.json).toEqual({ graph: 'instant', ...INPUT })
    expect(booking).toMatchObject({ state: 'confirmed', possible_actions: ['cancel'] })
  })

  it('sends the graph the caller chose and the include it asked for', async () => {
    server.reply(json(201, { data: bookingPayload() }))
    await client.bookings.create({ ...INPUT, graph: 'confirm_decline' }, { include: 'attributes' })
    const request = server.onlyRequest()
    expect(request.query).toEqual({ include: 'attributes' })
    expect(request.json).toMatchObject({ graph: 'confirm_decline' })
  })

  it('still sends graph instant when the input spells graph: undefined', async () => {
    // A widget-style config merge (`{ ...defaults, graph: config.graph }`) easily
    // produces an explicit undefined; it must not drop the default.
    server.reply(json(201, { data: bookingPayload() }))
    await client.bookings.create({ ...INPUT, graph: undefined })
    expect(server.onlyRequest().json).toMatchObject({ graph: 'instant' })
  })
})

describe('booking actions', () => {
  it('confirm PUTs {} to /bookings/:id/confirm', async () => {
    server.reply(json(200, { data: bookingPayload({ state: 'confirmed' }) }))
    const booking = await client.bookings.confirm(BOOKING_ID)
    const request = server.onlyRequest()
    expect(request).toMatchObject({ method: 'PUT', path: `/v2/bookings/${BOOKING_ID}/confirm`, json: {} })
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.headers.authorization).toBe(AUTH)
    expect(booking.state).toBe('confirmed')
  })

  it.each([
    ['decline', 'declined'],
    ['cancel', 'cancelled'],
  ] as const)('%s sends the message under the action name', async (action, state) => {
    server.reply(json(200, { data: bookingPayload({ state, completed: true, possible_actions: [] }) }))
    const booking = await client.bookings[action](BOOKING_ID, { message: 'Sorry, the doctor is ill' })
    expect(server.onlyRequest()).toMatchObject({
      method: 'PUT',
      path: `/v2/bookings/${BOOKING_ID}/${action}`,
      json: { [action]: { message: 'Sorry, the doctor is ill' } },
    })
    expect(booking).toMatchObject({ state, completed: true })
  })

  it.each(['decline', 'cancel'] as const)('%s without a message sends {}', async (action) => {
    server.reply(json(200, { data: bookingPayload() }))
    await client.bookings[action](BOOKING_ID)
    expect(server.onlyRequest().json).toEqual({})
  })

  it('act PUTs any action with its body, encoding id and action', async () => {
    server.reply(json(200, { data: bookingPayload({ state: 'cancelled_by_customer' }) }))
    const booking = await client.bookings.act('id/1', 'cancel_by_customer', { cancel_by_customer: { message: 'Ill' } })
    expect(server.onlyRequest()).toMatchObject({
      method: 'PUT',
      path: '/v2/bookings/id%2F1/cancel_by_customer',
      json: { cancel_by_customer: { message: 'Ill' } },
    })
    expect(booking.state).toBe('cancelled_by_customer')
  })

  it('act sends {} without a body', async () => {
    server.reply(json(200, { data: bookingPayload({ state: 'completed' }) }))
    await client.bookings.act(BOOKING_ID, 'complete')
    expect(server.onlyRequest()).toMatchObject({ path: `/v2/bookings/${BOOKING_ID}/complete`, json: {} })
  })

  it.each([['..'], ['.']])('act refuses the action %j, which would leave the booking path', async (action) => {
    const error = await client.bookings.act(BOOKING_ID, action).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BookingKitError)
    expect((error as BookingKitError).message).toBe(`PUT /bookings/:id/${action}: the id cannot be ${JSON.stringify(action)}; nothing was sent`)
    expect(server.requests).toHaveLength(0)
  })

  it('reschedule POSTs the new times to /bookings/:id/reschedule and keeps the id', async () => {
    const input = {
      start: '2026-03-11T14:00:00+01:00',
      end: '2026-03-11T15:00:00+01:00',
      resource_id: RESOURCE_ID,
      message: 'Can we do Wednesday?',
    }
    server.reply(
      json(200, {
        data: bookingPayload({
          state: 'confirmed',
          attributes: { event_info: { start: '2026-03-11T13:00:00Z', end: '2026-03-11T14:00:00Z' } },
        }),
      }),
    )
    const booking = await client.bookings.reschedule(BOOKING_ID, input)
    expect(server.onlyRequest()).toMatchObject({
      method: 'POST',
      path: `/v2/bookings/${BOOKING_ID}/reschedule`,
      json: input,
    })
    expect(booking.id).toBe(BOOKING_ID)
    expect(booking.attributes?.event_info?.start).toBe('2026-03-11T13:00:00Z')
  })

  it('delete DELETEs /bookings/:id without a body', async () => {
    server.reply({ status: 204 })
    await expect(client.bookings.delete(BOOKING_ID)).resolves.toBeUndefined()
    const request = server.onlyRequest()
    expect(request).toMatchObject({ method: 'DELETE', path: `/v2/bookings/${BOOKING_ID}`, body: '' })
    expect(request.headers).not.toHaveProperty('content-type')
    expect(request.headers.authorization).toBe(AUTH)
  })
})
