import { dateKeyIn, formatInstant, localHourInstant, weekdayOfKey } from './time.js'
import type { MockBookingSeed, MockProject, MockResourceSeed, MockSeed } from './types.js'
import { shiftDayKey } from '../time/shiftDayKey.js'

/** Stable ids, so stories, docs and an app's `.env` can name the demo resources. */
export const DEMO_IDS = {
  copenhagen: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e001',
  newYork: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e002',
  kolkata: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e003',
  project: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e0a0',
} as const

const calendar = (id: string, name: string) => ({
  id,
  name: `${name}'s calendar`,
  description: 'Default calendar',
  provider: 'timekit',
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
})

const DEMO_RESOURCES: MockResourceSeed[] = [
  {
    id: DEMO_IDS.copenhagen,
    name: 'Astrid Nielsen',
    first_name: 'Astrid',
    last_name: 'Nielsen',
    email: 'astrid@example.com',
    timezone: 'Europe/Copenhagen',
    tags: ['design'],
    availability_constraints: [{ allow_hours: { start: 9, end: 17 } }, { block_weekends: {} }],
    calendars: [calendar('d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0ec01', 'Astrid')],
  },
  {
    id: DEMO_IDS.newYork,
    name: 'Marcus Reed',
    first_name: 'Marcus',
    last_name: 'Reed',
    email: 'marcus@example.com',
    timezone: 'America/New_York',
    tags: ['sales'],
    availability_constraints: [
      ...['Monday', 'Tuesday', 'Wednesday', 'Thursday'].map((day) => ({
        allow_day_and_time: { day, start: 10, end: 18 },
      })),
      { allow_day_and_time: { day: 'Friday', start: 10, end: 14 } },
    ],
    calendars: [calendar('d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0ec02', 'Marcus')],
  },
  {
    id: DEMO_IDS.kolkata,
    name: 'Priya Sharma',
    first_name: 'Priya',
    last_name: 'Sharma',
    email: 'priya@example.com',
    timezone: 'Asia/Kolkata',
    tags: ['support'],
    availability_constraints: [
      { allow_hours: { start: 10, end: 18 } },
      { block_hours: { start: 13, end: 14 } },
      { block_weekends: {} },
    ],
    calendars: [calendar('d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0ec03', 'Priya')],
  },
]

/** The `n`-th weekday (Mon–Fri) after today in `zone`; negative counts go back. */
function weekdayKey(now: number, zone: string, n: number): string {
  const step = n < 0 ? -1 : 1
  let key = dateKeyIn(now, zone)
  for (let found = 0; found < Math.abs(n); ) {
    key = shiftDayKey(key, step)
    const wd = weekdayOfKey(key)
    if (wd !== 0 && wd !== 6) found++
  }
  return key
}

function booking(
  id: string,
  resource: MockResourceSeed,
  now: number,
  dayOffset: number,
  hour: number,
  rest: Partial<MockBookingSeed> & { customer: string; email: string },
): MockBookingSeed {
  const key = weekdayKey(now, resource.timezone, dayOffset)
  const { customer, email, ...fields } = rest
  return {
    id,
    resource_id: resource.id!,
    start: formatInstant(localHourInstant(key, hour, resource.timezone)),
    end: formatInstant(localHourInstant(key, hour + 1, resource.timezone)),
    what: `Meeting with ${resource.first_name}`,
    where: 'Video call',
    description: '',
    customers: [
      { id: `${id.slice(0, -4)}cc${id.slice(-2)}`, name: customer, email, phone: null, voip: null, timezone: resource.timezone },
    ],
    created_at: new Date(now).toISOString(),
    updated_at: new Date(now).toISOString(),
    ...fields,
  }
}

/**
 * Three resources in Europe/Copenhagen, America/New_York and Asia/Kolkata with working
 * hours, a demo project, and bookings placed on the coming weekdays relative to `now`.
 */
export function createDemoSeed(now: string | number | Date = Date.now()): Required<MockSeed> {
  const t = typeof now === 'string' ? Date.parse(now) : typeof now === 'number' ? now : now.getTime()
  const [cph, nyc, ccu] = DEMO_RESOURCES as [MockResourceSeed, MockResourceSeed, MockResourceSeed]
  const bookings: MockBookingSeed[] = [
    booking('d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb01', cph, t, 1, 10, { customer: 'Ole Jensen', email: 'ole@example.com' }),
    booking('d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb02', cph, t, 2, 14, {
      customer: 'Mette Holm',
      email: 'mette@example.com',
      graph: 'confirm_decline',
      state: 'tentative',
    }),
    booking('d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb03', nyc, t, 1, 11, { customer: 'Dana Lee', email: 'dana@example.com' }),
    booking('d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb04', nyc, t, 1, 15, {
      customer: 'Sam Ortiz',
      email: 'sam@example.com',
      state: 'cancelled',
    }),
    booking('d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb05', ccu, t, 2, 10, { customer: 'Arjun Rao', email: 'arjun@example.com' }),
    booking('d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb06', ccu, t, -1, 11, {
      customer: 'Kavya Iyer',
      email: 'kavya@example.com',
      state: 'completed',
    }),
  ]
  const projects: MockProject[] = [
    {
      id: DEMO_IDS.project,
      name: 'Demo project',
      resources: [DEMO_IDS.copenhagen, DEMO_IDS.newYork, DEMO_IDS.kolkata],
      mode: 'roundrobin_random',
      length: '1 hour',
    },
  ]
  return { resources: structuredClone(DEMO_RESOURCES), bookings, projects }
}
