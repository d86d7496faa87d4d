// Type tests: what the client's methods promise to callers, and what they refuse.
// Checked by `tsc` (vitest typecheck); nothing here runs.
import { describe, expectTypeOf, it } from 'vitest'
import * as z from 'zod/mini'
import type {
  BookingKitError,
  HttpError,
  NotFoundError,
  RateLimitError,
  ResponseShapeError,
  SlotTakenError,
  ValidationError} from '../../src/client';
import {
  createBookingClient,
  type AvailableDate,
  type Booking,
  type BookingClient,
  type FieldErrors,
  type ListResult,
  type Page,
  type Resource,
  type ShapeIssue,
  type Slot,
} from '../../src/client'

const client = createBookingClient({ baseUrl: 'https://api.timekit.io/v2', appKey: 'test_widget_key_x' })

describe('createBookingClient', () => {
  it('returns a BookingClient', () => {
    expectTypeOf(client).toEqualTypeOf<BookingClient>()
    expectTypeOf(createBookingClient).parameter(0).toHaveProperty('baseUrl').toEqualTypeOf<string>()
    expectTypeOf(createBookingClient).parameter(0).toHaveProperty('timeoutMs').toEqualTypeOf<number | undefined>()
  })

  it('takes headers as an object or a (possibly async) function', () => {
    createBookingClient({ baseUrl: '/api', headers: { 'X-A': 'a' } })
    createBookingClient({ baseUrl: '/api', headers: () => ({ 'X-A': 'a' }) })
    createBookingClient({ baseUrl: '/api', headers: async () => ({ Authorization: 'Bearer t' }) })
    // @ts-expect-error header values are strings
    createBookingClient({ baseUrl: '/api', headers: { 'X-A': 1 } })
    // @ts-expect-error baseUrl is required
    createBookingClient({ appKey: 'k' })
  })
})

describe('availability', () => {
  it('query resolves to Slot[] and dates to AvailableDate[]', () => {
    expectTypeOf(client.availability.query({ mode: 'mutual', resources: ['a', 'b'] })).resolves.toEqualTypeOf<
      Slot[]
    >()
    expectTypeOf(client.availability.dates({ mode: 'exclusive' })).resolves.toEqualTypeOf<AvailableDate[]>()
  })

  it('gives slots string instants and resources as { id, name? }', () => {
    expectTypeOf<Slot['start']>().toEqualTypeOf<string>()
    expectTypeOf<Slot['end']>().toEqualTypeOf<string>()
    expectTypeOf<Slot['resources'][number]['id']>().toEqualTypeOf<string>()
    expectTypeOf<Slot['resources'][number]['name']>().toEqualTypeOf<string | null | undefined>()
  })

  it('rejects invalid params', () => {
    // @ts-expect-error mode is required
    void client.availability.query({ resources: ['r1'] })
    // @ts-expect-error not a mode the API knows
    void client.availability.query({ mode: 'round_robin' })
    // @ts-expect-error resources are ids, not objects
    void client.availability.query({ mode: 'mutual', resources: [{ id: 'r1' }] })
    // @ts-expect-error day names are English and capitalised
    void client.availability.query({ mode: 'mutual', constraints: [{ allow_day: { day: 'monday' } }] })
    // @ts-expect-error hours are numbers
    void client.availability.query({ mode: 'mutual', constraints: [{ allow_hours: { start: '9', end: 17 } }] })
    // @ts-expect-error not a constraint
    void client.availability.query({ mode: 'mutual', constraints: [{ allow_mondays: {} }] })
  })
})

describe('bookings', () => {
  it('list resolves to ListResult<Booking> with a nullable page', () => {
    expectTypeOf(client.bookings.list()).resolves.toEqualTypeOf<ListResult<Booking>>()
    expectTypeOf<ListResult<Booking>['items']>().toEqualTypeOf<Booking[]>()
    expectTypeOf<ListResult<Booking>['page']>().toEqualTypeOf<Page | null>()
    expectTypeOf<Page['total']>().toEqualTypeOf<number | null>()
    expectTypeOf(client.bookings.list({ include: ['attributes'], search: { state: 'confirmed' }, limit: 5 }))
      .resolves.toEqualTypeOf<ListResult<Booking>>()
  })

  it('single-booking calls resolve to Booking, deletes to void', () => {
    expectTypeOf(client.bookings.get('id')).resolves.toEqualTypeOf<Booking>()
    expectTypeOf(client.bookings.get('id', { include: 'customers' })).resolves.toEqualTypeOf<Booking>()
    expectTypeOf(
      client.bookings.create({ resource_id: 'r', start: 's', end: 'e', customer: { name: 'n', email: 'e' } }),
    ).resolves.toEqualTypeOf<Booking>()
    expectTypeOf(client.bookings.confirm('id')).resolves.toEqualTypeOf<Booking>()
    expectTypeOf(client.bookings.decline('id', { message: 'm' })).resolves.toEqualTypeOf<Booking>()
    expectTypeOf(client.bookings.cancel('id')).resolves.toEqualTypeOf<Booking>()
    expectTypeOf(client.bookings.act('id', 'complete')).resolves.toEqualTypeOf<Booking>()
    expectTypeOf(
      client.bookings.reschedule('id', { start: 's', end: 'e', resource_id: 'r' }),
    ).resolves.toEqualTypeOf<Booking>()
    expectTypeOf(client.bookings.delete('id')).resolves.toEqualTypeOf<void>()
  })

  it('keeps state and graph as plain strings, so unknown values type-check', () => {
    expectTypeOf<Booking['state']>().toEqualTypeOf<string>()
    expectTypeOf<Booking['graph']>().toEqualTypeOf<string>()
    expectTypeOf<Booking['completed']>().toEqualTypeOf<boolean>()
    expectTypeOf<Booking['possible_actions']>().toEqualTypeOf<string[]>()
    expectTypeOf<Booking['id']>().toEqualTypeOf<string>()
  })

  it('rejects invalid inputs', () => {
    // @ts-expect-error customer is required
    void client.bookings.create({ resource_id: 'r', start: 's', end: 'e' })
    // @ts-expect-error a customer needs an email
    void client.bookings.create({ resource_id: 'r', start: 's', end: 'e', customer: { name: 'n' } })
    // @ts-expect-error a booking is made with one resource_id
    void client.bookings.create({ resource_ids: ['r'], start: 's', end: 'e', customer: { name: 'n', email: 'e' } })
    // @ts-expect-error reschedule needs the resource
    void client.bookings.reschedule('id', { start: 's', end: 'e' })
    // @ts-expect-error ids are strings
    void client.bookings.get(42)
    // @ts-expect-error the message goes in an object
    void client.bookings.cancel('id', 'sorry')
    // @ts-expect-error limit is a number
    void client.bookings.list({ limit: '5' })
  })
})

describe('resources', () => {
  it('resolves to Resource and ListResult<Resource>', () => {
    expectTypeOf(client.resources.list()).resolves.toEqualTypeOf<ListResult<Resource>>()
    expectTypeOf(client.resources.get('id')).resolves.toEqualTypeOf<Resource>()
    expectTypeOf(client.resources.create({ name: 'Room', timezone: 'Europe/Oslo' })).resolves.toEqualTypeOf<Resource>()
    expectTypeOf(client.resources.update('id', { name: 'Room 2' })).resolves.toEqualTypeOf<Resource>()
    expectTypeOf(client.resources.delete('id')).resolves.toEqualTypeOf<void>()
  })

  it('rejects a create without name or timezone', () => {
    // @ts-expect-error timezone is required on create
    void client.resources.create({ name: 'Room' })
    // @ts-expect-error name is required on create
    void client.resources.create({ timezone: 'Europe/Oslo' })
  })
})

describe('client.request', () => {
  it('infers the result from the schema, and void without one', () => {
    const Project = z.object({ data: z.object({ id: z.string() }) })
    expectTypeOf(client.request({ method: 'GET', path: '/projects/p', schema: Project })).resolves.toEqualTypeOf<{
      data: { id: string }
    }>()
    expectTypeOf(client.request({ method: 'DELETE', path: '/projects/p', schema: null })).resolves.toEqualTypeOf<void>()
    // @ts-expect-error not a method the transport sends
    void client.request({ method: 'PATCH', path: '/projects/p', schema: null })
  })
})

describe('errors', () => {
  it('carry typed fields', () => {
    expectTypeOf<SlotTakenError['alternatives']>().toEqualTypeOf<Slot[]>()
    expectTypeOf<RateLimitError['retryAfter']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<NotFoundError['model']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<ValidationError['fieldErrors']>().toEqualTypeOf<FieldErrors>()
    expectTypeOf<FieldErrors>().toEqualTypeOf<Record<string, string[]>>()
    expectTypeOf<HttpError['status']>().toEqualTypeOf<number>()
    expectTypeOf<HttpError['requestId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<ResponseShapeError['issues']>().toEqualTypeOf<ShapeIssue[]>()
    expectTypeOf<ShapeIssue['path']>().toEqualTypeOf<PropertyKey[]>()
  })

  it('share one root', () => {
    expectTypeOf<SlotTakenError>().toExtend<HttpError>()
    expectTypeOf<ValidationError>().toExtend<BookingKitError>()
    expectTypeOf<ResponseShapeError>().toExtend<BookingKitError>()
    expectTypeOf<BookingKitError>().toExtend<Error>()
    expectTypeOf<BookingKitError['method']>().toEqualTypeOf<string>()
  })
})
