import { describe, expect, it } from 'vitest'
import { backendWith, call, ID, resource, starts } from './helpers'

// Kolkata has no DST and a half-hour offset: a UTC-based grid or zone would show at once.
const ZONE = 'Asia/Kolkata'
// Monday 8 June to Monday 15 June 2026, local days.
const WEEK = { from: '2026-06-08T00:00:00+05:30', to: '2026-06-15T00:00:00+05:30', output_timezone: ZONE }

async function localStarts(constraints: unknown[], resourceConstraints: unknown[] = [], extra: object = {}) {
  const backend = backendWith({ resources: [resource(ID.a, ZONE, resourceConstraints as never)] })
  const res = await call(backend, 'POST', '/availability', {
    mode: 'exclusive',
    resources: [ID.a],
    constraints,
    ...WEEK,
    ...extra,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return starts(res.body.data)
}

const days = (list: string[]) => [...new Set(list.map((s) => s.slice(0, 10)))]
const hoursOn = (list: string[], day: string) => list.filter((s) => s.startsWith(day)).map((s) => s.slice(11))
const H9_17 = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']
const ALL_WEEK = ['2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12', '2026-06-13', '2026-06-14']

describe('constraints, evaluated in the resource zone', () => {
  it('without constraints every hour of the window is free', async () => {
    expect(await localStarts([])).toHaveLength(7 * 24)
  })

  it('allow_hours allows only those local hours, every day', async () => {
    const list = await localStarts([{ allow_hours: { start: 9, end: 17 } }])
    expect(days(list)).toEqual(ALL_WEEK)
    for (const day of ALL_WEEK) expect(hoursOn(list, day)).toEqual(H9_17)
  })

  it('allow_hours across midnight runs into the next day', async () => {
    const list = await localStarts([{ allow_hours: { start: 22, end: 2 } }])
    expect(hoursOn(list, '2026-06-09')).toEqual(['00:00', '01:00', '22:00', '23:00'])
  })

  it('block_hours removes local hours', async () => {
    const list = await localStarts([{ allow_hours: { start: 9, end: 17 } }, { block_hours: { start: 12, end: 14 } }])
    expect(hoursOn(list, '2026-06-10')).toEqual(['09:00', '10:00', '11:00', '14:00', '15:00', '16:00'])
  })

  it('allow_day_and_time allows one weekday window; several add up', async () => {
    const list = await localStarts([
      { allow_day_and_time: { day: 'Monday', start: 9, end: 12 } },
      { allow_day_and_time: { day: 'wednesday', start: 14, end: 16 } },
    ])
    expect(list).toEqual(['2026-06-08T09:00', '2026-06-08T10:00', '2026-06-08T11:00', '2026-06-10T14:00', '2026-06-10T15:00'])
  })

  it('allow_* of different kinds in one list intersect: allow_weekdays + allow_hours is Monday–Friday 9–17', async () => {
    // Timekit: "if you are using allow_weekdays, you don't need to also supply block_weekends".
    const list = await localStarts([{ allow_weekdays: {} }, { allow_hours: { start: 9, end: 17 } }])
    expect(days(list)).toEqual(ALL_WEEK.slice(0, 5))
    for (const day of ALL_WEEK.slice(0, 5)) expect(hoursOn(list, day)).toEqual(H9_17)
  })

  it('block_day_and_time blocks one weekday window', async () => {
    const list = await localStarts([
      { allow_hours: { start: 9, end: 17 } },
      { block_day_and_time: { day: 'Monday', start: 9, end: 12 } },
    ])
    expect(hoursOn(list, '2026-06-08')).toEqual(['12:00', '13:00', '14:00', '15:00', '16:00'])
    expect(hoursOn(list, '2026-06-09')).toEqual(H9_17)
  })

  it('allow_day allows whole local days; block_day removes them', async () => {
    const allowed = await localStarts([{ allow_day: { day: 'Tuesday' } }])
    expect(days(allowed)).toEqual(['2026-06-09'])
    expect(allowed).toHaveLength(24)
    const blocked = await localStarts([{ allow_hours: { start: 9, end: 17 } }, { block_day: { day: 'Tuesday' } }])
    expect(days(blocked)).toEqual(ALL_WEEK.filter((d) => d !== '2026-06-09'))
  })

  it('allow_weekdays / block_weekdays', async () => {
    expect(days(await localStarts([{ allow_weekdays: {} }]))).toEqual(ALL_WEEK.slice(0, 5))
    expect(days(await localStarts([{ block_weekdays: {} }]))).toEqual(ALL_WEEK.slice(5))
  })

  it('allow_weekends / block_weekends', async () => {
    expect(days(await localStarts([{ allow_weekends: {} }]))).toEqual(ALL_WEEK.slice(5))
    expect(days(await localStarts([{ block_weekends: {} }]))).toEqual(ALL_WEEK.slice(0, 5))
  })

  it('allow_period / block_period, with offsets or as wall time in the resource zone', async () => {
    const allowed = await localStarts([
      { allow_period: { start: '2026-06-10T09:00:00+05:30', end: '2026-06-10T06:30:00Z' } },
    ])
    expect(allowed).toEqual(['2026-06-10T09:00', '2026-06-10T10:00', '2026-06-10T11:00'])
    const blocked = await localStarts([
      { allow_hours: { start: 9, end: 17 } },
      { block_period: { start: '2026-06-08T00:00:00', end: '2026-06-12T13:00:00' } },
    ])
    expect(blocked[0]).toBe('2026-06-12T13:00')
  })

  it('combines resource, project and request constraints', async () => {
    const backend = backendWith({
      resources: [resource(ID.a, ZONE, [{ allow_hours: { start: 9, end: 17 } }])],
      projects: [{ id: 'p1', availability_constraints: [{ block_day: { day: 'Wednesday' } }] }],
    })
    const res = await call(backend, 'POST', '/availability', {
      mode: 'exclusive',
      project_id: 'p1',
      resources: [ID.a],
      constraints: [{ block_hours: { start: 12, end: 14 } }],
      ...WEEK,
    })
    const list = starts(res.body.data)
    expect(days(list)).not.toContain('2026-06-10')
    expect(hoursOn(list, '2026-06-11')).toEqual(['09:00', '10:00', '11:00', '14:00', '15:00', '16:00'])
  })

  it('an allow_* from one source blocks what it does not allow, whatever another source allows', async () => {
    // Working hours on the resource, opening hours on the project, a filter on the request:
    // a slot must satisfy all three, not any one of them.
    const backend = backendWith({
      resources: [resource(ID.a, ZONE, [{ allow_hours: { start: 9, end: 17 } }])],
      projects: [{ id: 'p1', availability_constraints: [{ allow_hours: { start: 11, end: 20 } }] }],
    })
    const res = await call(backend, 'POST', '/availability', {
      mode: 'exclusive',
      project_id: 'p1',
      resources: [ID.a],
      constraints: [{ allow_weekdays: {} }],
      ...WEEK,
    })
    expect(res.status).toBe(200)
    const list = starts(res.body.data)
    expect(days(list)).toEqual(ALL_WEEK.slice(0, 5))
    for (const day of ALL_WEEK.slice(0, 5)) {
      expect(hoursOn(list, day)).toEqual(['11:00', '12:00', '13:00', '14:00', '15:00', '16:00'])
    }
  })

  it('evaluates each resource in its own zone, whatever the output zone', async () => {
    const backend = backendWith({
      resources: [
        resource(ID.a, 'Asia/Kolkata', [{ allow_day_and_time: { day: 'Monday', start: 9, end: 10 } }]),
        resource(ID.b, 'America/New_York', [{ allow_day_and_time: { day: 'Monday', start: 9, end: 10 } }]),
      ],
    })
    const res = await call(backend, 'POST', '/availability', {
      mode: 'exclusive',
      resources: [ID.a, ID.b],
      from: '2026-06-07T00:00:00Z',
      to: '2026-06-10T00:00:00Z',
    })
    expect(res.body.data.map((s: { start: string }) => s.start)).toEqual([
      '2026-06-08T03:30:00+00:00',
      '2026-06-08T13:00:00+00:00',
    ])
  })

  it('refuses malformed constraints with 422 field errors', async () => {
    const backend = backendWith({ resources: [resource(ID.a, ZONE)] })
    const res = await call(backend, 'POST', '/availability', {
      mode: 'exclusive',
      resources: [ID.a],
      constraints: [{ allow_hours: { start: 9, end: 25 } }, { allow_moonphase: {} }, { allow_day: { day: 'Funday' } }],
    })
    expect(res.status).toBe(422)
    expect(Object.keys(res.body.errors).sort()).toEqual([
      'constraints.0.allow_hours.end',
      'constraints.1',
      'constraints.2.allow_day.day',
    ])
  })
})
