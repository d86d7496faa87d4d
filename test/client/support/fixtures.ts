// Wire payloads as the Timekit v2 API sends them (snake_case, `{ data }` envelope).

export const RESOURCE_ID = '8c0a3ef8-6e4f-4d4b-9a59-4f2b0a6f0c11'
export const OTHER_RESOURCE_ID = '2f7a9d1e-5b3c-4e8f-a1d2-c3b4a5f6e7d8'
export const BOOKING_ID = '58e0f1b5-7a2d-4c3e-9f10-6b2a1c4d5e6f'

export function resourcePayload(overrides: Record<string, unknown> = {}) {
  return {
    id: RESOURCE_ID,
    name: 'Dr. Ana Lima',
    timezone: 'Europe/Copenhagen',
    email: 'ana@example.com',
    first_name: 'Ana',
    last_name: 'Lima',
    img: null,
    meta: { room: '3B' },
    tags: ['dentist'],
    availability_constraints: [{ allow_hours: { start: 9, end: 17 } }],
    calendars: [{ id: 'cal-1', name: 'Default', description: null, provider: 'timekit' }],
    ...overrides,
  }
}

export function bookingPayload(overrides: Record<string, unknown> = {}) {
  return {
    id: BOOKING_ID,
    graph: 'confirm_decline',
    state: 'tentative',
    completed: false,
    possible_actions: ['confirm', 'decline'],
    created_at: '2026-03-01T08:00:00+00:00',
    updated_at: '2026-03-01T08:00:00Z',
    attributes: {
      event_info: {
        start: '2026-03-10T09:00:00+0100',
        end: '2026-03-10T10:00:00+0100',
        what: 'Check-up',
        where: 'Room 3B',
        description: null,
      },
    },
    customers: [{ id: 'cust-1', name: 'Marie Curie', email: 'marie@example.com', timezone: 'Europe/Paris' }],
    resource: { id: RESOURCE_ID, name: 'Dr. Ana Lima' },
    meta: {},
    ...overrides,
  }
}

export const PAGING = {
  total: 31,
  per_page: 15,
  current_page: 2,
  last_page: 3,
  next_page_url: 'https://api.timekit.io/v2/bookings?page=3',
  prev_page_url: 'https://api.timekit.io/v2/bookings?page=1',
  from: 16,
  to: 30,
}

export const CUSTOMER = { name: 'Marie Curie', email: 'marie@example.com', timezone: 'Europe/Paris' }
