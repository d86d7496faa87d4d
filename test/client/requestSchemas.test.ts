import fc from 'fast-check'
import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import {
  AvailabilityParams,
  createBookingClient,
  CreateBookingInput,
  CustomerInput,
  InstantString,
  Timestamp,
  TimeZoneName,
} from '../../src/client'
import { basicAuth, readBasicAuth } from '../../src/client/basicAuth'
import { createMockBackend, DEMO_IDS } from '../../src/mock'
import { createDemoSeed } from '../../src/mock/seed'
import { isValidZone, parseInstant as mockParseInstant } from '../../src/mock/time'
import { InvalidDateTimeError, isValidTimeZone } from '../../src/time'
import { parseInstant } from '../../src/time/internal/parseInstant'
import { MODERN_NAMES } from '../../src/time/internal/timeZoneAliases'
import { call } from '../mock/helpers'

// One contract for every layer: the zone rule and the RFC 3339 reader of the time layer are
// the ones the client's schemas and the mock backend use, so a value one layer accepts is
// never refused by another (<BookingKitProvider timeZone="CET"> used to get a 422 from the mock).

const NOW = '2030-01-07T08:00:00Z'
const fresh = () => createMockBackend({ ...createDemoSeed(NOW), now: NOW })

const ZONES = [
  ...Intl.supportedValuesOf('timeZone'),
  ...Object.keys(MODERN_NAMES),
  ...Object.values(MODERN_NAMES),
  ...['UTC', 'CET', 'GMT', 'EST', 'EST5EDT', 'Etc/GMT+5', 'europe/paris', 'US/Eastern'],
  ...['+01:00', '-0500', 'Z', '', ' UTC', 'Mars/Base', 'Europe/Nowhere', 'europe copenhagen'],
]

const accepts = (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value).success

describe('one zone rule: time, the client schemas and the mock accept the same zones', () => {
  it('property: over every Intl id, the alias table and odd strings, the three layers agree', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...ZONES), fc.string(), fc.stringMatching(/^[A-Za-z]{2,5}$/)), (name) => {
        const byTime = isValidTimeZone(name)
        expect({ name, client: accepts(TimeZoneName, name), mock: isValidZone(name) }).toEqual({
          name,
          client: byTime,
          mock: byTime,
        })
      }),
      { numRuns: 3000 },
    )
  })

  it('every Intl id and alias is accepted by all three, checked one by one', () => {
    const disagree = ZONES.filter((n) => isValidTimeZone(n) !== accepts(TimeZoneName, n) || isValidTimeZone(n) !== isValidZone(n))
    expect(disagree).toEqual([])
    const known = [...Intl.supportedValuesOf('timeZone'), ...Object.keys(MODERN_NAMES)]
    expect(known.filter((n) => !isValidTimeZone(n))).toEqual([])
  })

  it('the mock answers every zone over HTTP as the rule says (POST /resources: 201 or 422 on timezone)', async () => {
    const backend = fresh()
    const wrong: string[] = []
    for (const timezone of new Set(ZONES)) {
      const res = await call(backend, 'POST', '/resources', { name: 'Room', timezone })
      const expected = isValidTimeZone(timezone) ? 201 : 422
      if (res.status !== expected) wrong.push(`${timezone}: ${res.status}`)
      if (res.status === 422) expect(res.body.errors.timezone).toEqual(['The timezone must be a valid zone'])
    }
    expect(wrong).toEqual([])
  })

  it.each(['CET', 'GMT', 'EST'])('%s works end to end: the client sends it as output_timezone and the mock answers 200', async (zone) => {
    const backend = fresh()
    const client = createBookingClient({ baseUrl: 'http://mock.test/v2', fetch: (input, init) => backend.handle(new Request(input, init)) })
    const dates = await client.availability.dates({
      mode: 'exclusive',
      resources: [DEMO_IDS.copenhagen],
      from: '2030-01-07T00:00:00Z',
      to: '2030-01-14T00:00:00Z',
      output_timezone: zone,
    })
    expect(dates.length).toBeGreaterThan(0)
    expect(accepts(AvailabilityParams, { mode: 'exclusive', output_timezone: zone })).toBe(true)
    const customer = { name: 'Ada', email: 'ada@example.com', timezone: zone }
    expect(accepts(CustomerInput, customer)).toBe(true)
  })
})

const IMPOSSIBLE = [
  '2026-13-01T08:00:00Z',
  '2026-00-10T08:00:00Z',
  '2026-02-30T08:00:00Z',
  '2025-02-29T08:00:00Z',
  '2026-04-31T08:00:00+02:00',
  '2026-03-29T24:00:00Z',
  '2026-03-29T23:60:00Z',
  '2026-03-29T23:59:60Z',
  '2026-03-29T08:00:00+24:00',
  '2026-03-29T08:00:00',
  '2026-03-29',
  'tomorrow',
]

describe('one RFC 3339 reader: impossible timestamps are refused by every layer', () => {
  it.each(IMPOSSIBLE)('%s', async (value) => {
    expect(() => parseInstant(value)).toThrow(InvalidDateTimeError)
    expect(accepts(Timestamp, value)).toBe(false)
    expect(accepts(InstantString, value)).toBe(false)
    expect(mockParseInstant(value)).toBeNull()
    const res = await call(fresh(), 'POST', '/bookings', {
      resource_id: DEMO_IDS.copenhagen,
      start: value,
      end: '2030-01-08T10:00:00Z',
      customer: { name: 'Ada', email: 'ada@example.com' },
    })
    expect(res.status).toBe(422)
    expect(res.body.errors.start).toEqual(['The start must be a timestamp with an offset.'])
  })

  it('property: on any yyyy-MM-ddTHH:mm:ss±hh:mm, including impossible ones, the three layers agree to the millisecond', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0')
    const stamp = fc
      .record({
        y: fc.integer({ min: 1900, max: 2100 }),
        mo: fc.integer({ min: 0, max: 13 }),
        d: fc.integer({ min: 0, max: 32 }),
        h: fc.integer({ min: 0, max: 24 }),
        mi: fc.integer({ min: 0, max: 60 }),
        s: fc.integer({ min: 0, max: 60 }),
        offset: fc.constantFrom('Z', '+00:00', '+0100', '-05:30', '+14:00', '-1200'),
      })
      .map(({ y, mo, d, h, mi, s, offset }) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`)
    fc.assert(
      fc.property(stamp, (value) => {
        let byTime: number | null
        try {
          byTime = parseInstant(value)
        } catch {
          byTime = null
        }
        const client = z.safeParse(Timestamp, value)
        expect({
          client: client.success ? Date.parse(client.data) : null,
          mock: mockParseInstant(value),
          request: accepts(InstantString, value),
        }).toEqual({ client: byTime, mock: byTime, request: byTime !== null })
      }),
      { numRuns: 3000 },
    )
  })
})

describe('request schemas', () => {
  it('a booking body the client sends passes the schema the mock validates with', () => {
    const body = {
      resource_id: DEMO_IDS.copenhagen,
      start: '2030-01-08T09:00:00+01:00',
      end: '2030-01-08T10:00:00+0100',
      customer: { name: 'Ada', email: 'ada@example.com', loyalty_id: 7 },
    }
    const parsed = z.safeParse(CreateBookingInput, body)
    expect(parsed.success).toBe(true)
    // Custom customer keys are part of the contract and survive.
    expect(parsed.data?.customer).toMatchObject({ loyalty_id: 7 })
    expect(accepts(CreateBookingInput, { ...body, customer: { name: 'Ada' } })).toBe(false)
  })
})

describe('HTTP Basic: one helper, UTF-8 both ways', () => {
  it.each(['test_widget_key_abc123', 'clé-ünïcødé-🔑', ':colon:inside', ''])('round-trips %j', (key) => {
    const header = basicAuth(key)
    expect(header).toMatch(/^Basic [A-Za-z0-9+/]+=*$/)
    expect(readBasicAuth(header)).toEqual({ user: '', password: key })
  })

  it('reads what Buffer encodes and refuses what is not Basic or not UTF-8', () => {
    expect(readBasicAuth(`Basic ${Buffer.from(':k€y').toString('base64')}`)).toEqual({ user: '', password: 'k€y' })
    expect(readBasicAuth(`Basic ${Buffer.from([0x3a, 0xff, 0xfe]).toString('base64')}`)).toBeNull()
    for (const header of [null, '', 'Bearer abc', 'Basic !!!', `Basic ${btoa('no-colon')}`]) expect(readBasicAuth(header)).toBeNull()
  })
})
