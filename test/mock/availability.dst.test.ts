import fc from 'fast-check'
import { formatInTimeZone } from 'date-fns-tz'
import { describe, expect, it } from 'vitest'
import { backendWith, call, ID, resource } from './helpers'

const NINE_TO_FIVE = [{ allow_hours: { start: 9, end: 17 } }]
const H9_17 = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']

interface Case {
  zone: string
  change: string
  before: string
  after: string
  /** Length in hours of the local day on which the change happens. */
  dayLength: number
}

const CASES: Case[] = [
  { zone: 'America/New_York', change: '2026-03-08', before: '-05:00', after: '-04:00', dayLength: 23 },
  { zone: 'America/New_York', change: '2026-11-01', before: '-04:00', after: '-05:00', dayLength: 25 },
  { zone: 'Europe/Copenhagen', change: '2026-03-29', before: '+01:00', after: '+02:00', dayLength: 23 },
  { zone: 'Europe/Copenhagen', change: '2026-10-25', before: '+02:00', after: '+01:00', dayLength: 25 },
]

const dayBefore = (d: string) => new Date(Date.parse(`${d}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
const dayAfter = (d: string) => new Date(Date.parse(`${d}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

async function slotsAround(c: Case, constraints: unknown[], outputZone = c.zone) {
  const backend = backendWith({ resources: [resource(ID.a, c.zone, constraints as never)] })
  const res = await call(backend, 'POST', '/availability', {
    mode: 'exclusive',
    resources: [ID.a],
    from: `${dayBefore(c.change)}T00:00:00${c.before}`,
    to: `${dayAfter(dayAfter(c.change))}T00:00:00${c.after}`,
    output_timezone: outputZone,
  })
  expect(res.status).toBe(200)
  return res.body.data as Array<{ start: string; end: string }>
}

describe.each(CASES)('DST change in $zone on $change', (c) => {
  it('working hours 9–17 stay 9–17 on the local clock before, on and after the change', async () => {
    const data = await slotsAround(c, NINE_TO_FIVE)
    for (const [day, offset] of [
      [dayBefore(c.change), c.before],
      [c.change, c.after],
      [dayAfter(c.change), c.after],
    ] as const) {
      const onDay = data.filter((s) => s.start.startsWith(day))
      expect(onDay.map((s) => s.start.slice(11, 16)), day).toEqual(H9_17)
      expect(new Set(onDay.map((s) => s.start.slice(19))), day).toEqual(new Set([offset]))
    }
    for (const s of data) expect(Date.parse(s.end) - Date.parse(s.start)).toBe(3_600_000)
  })

  it('moves the UTC instants of 9:00 local by the size of the change', async () => {
    const data = await slotsAround(c, NINE_TO_FIVE, 'UTC')
    const firstUtc = (day: string) => data.find((s) => formatInTimeZone(s.start, c.zone, 'yyyy-MM-dd') === day)!.start
    const shift = Date.parse(firstUtc(dayAfter(c.change))) - Date.parse(firstUtc(dayBefore(c.change)))
    const expectedHours = c.dayLength === 23 ? 47 : 49
    expect(shift).toBe(expectedHours * 3_600_000)
  })

  it(`has ${c.dayLength} one-hour slots on the day of the change when the whole day is open`, async () => {
    const data = await slotsAround(c, [{ allow_day: { day: new Date(`${c.change}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }) } }])
    expect(data).toHaveLength(c.dayLength)
    expect(data[0]!.start).toBe(`${c.change}T00:00:00${c.before}`)
    expect(data.at(-1)!.end).toBe(`${dayAfter(c.change)}T00:00:00${c.after}`)
  })
})

describe('property: allow_hours is wall-clock time in the resource zone', () => {
  const zones = ['America/New_York', 'Europe/Copenhagen', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Auckland']
  it('every slot starts and ends inside the allowed local hours, any zone, any day of 2026', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 4 }),
        async (zone, dayOfYear, startHour, span) => {
          const endHour = Math.min(24, startHour + span)
          const from = Date.parse('2026-01-01T00:00:00Z') + dayOfYear * 86_400_000
          const backend = backendWith({
            resources: [resource(ID.a, zone, [{ allow_hours: { start: startHour, end: endHour } }])],
          })
          const res = await call(backend, 'POST', '/availability', {
            mode: 'exclusive',
            resources: [ID.a],
            from: new Date(from).toISOString(),
            to: new Date(from + 3 * 86_400_000).toISOString(),
            timeslot_increments: '30 minutes',
          })
          expect(res.status).toBe(200)
          expect(res.body.data.length).toBeGreaterThan(0)
          for (const s of res.body.data as Array<{ start: string; end: string }>) {
            const h = Number(formatInTimeZone(s.start, zone, 'H'))
            const m = formatInTimeZone(s.start, zone, 'mm')
            expect(h).toBeGreaterThanOrEqual(startHour)
            expect(['00', '30']).toContain(m)
            const endLocal = formatInTimeZone(Date.parse(s.end) - 1, zone, 'H')
            expect(Number(endLocal)).toBeLessThan(endHour)
          }
        },
      ),
      { numRuns: 60, seed: 20260329 },
    )
  })
})

describe('a change at midnight (America/Santiago, 6 September 2026: 00:00 does not exist)', () => {
  it('a resource open 00–04 local opens at 01:00 -03:00 on the change day, not at Saturday 23:00', async () => {
    const backend = backendWith({ resources: [resource(ID.a, 'America/Santiago', [{ allow_hours: { start: 0, end: 4 } }] as never)] })
    const res = await call(backend, 'POST', '/availability', {
      mode: 'exclusive',
      resources: [ID.a],
      from: '2026-09-05T12:00:00Z',
      to: '2026-09-07T12:00:00Z',
      output_timezone: 'UTC',
    })
    expect(res.status).toBe(200)
    const starts = (res.body.data as Array<{ start: string }>).map((s) => Date.parse(s.start))
    const sunday = starts.filter((ms) => ms >= Date.parse('2026-09-06T00:00:00Z') && ms < Date.parse('2026-09-06T12:00:00Z'))
    // 01:00, 02:00 and 03:00 -03:00: three hours, the first at 04:00Z.
    expect(sunday.map((ms) => new Date(ms).toISOString())).toEqual([
      '2026-09-06T04:00:00.000Z',
      '2026-09-06T05:00:00.000Z',
      '2026-09-06T06:00:00.000Z',
    ])
  })
})
