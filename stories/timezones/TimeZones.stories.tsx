import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState, type ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { BookingFlow, SlotPicker, TimeZoneSelect, useBookingKit, type AvailabilitySearch, type AvailabilityWindow } from '../../src'
import { createDemoSeed, createMockBackend, DEMO_IDS, type MockResourceSeed } from '../../src/mock'
import { MockKit } from '../support/MockKit'
import { createRequestLog } from '../support/requestLog'
import { RequestLogView } from '../support/RequestLogView'

// Monday 23 March 2026, 07:00 UTC (08:00 in Copenhagen) unless a story needs another day.
const NOW = '2026-03-23T07:00:00Z'
const search = (id: string): AvailabilitySearch => ({ mode: 'roundrobin_random', resources: [id], length: '1 hour' })

/** The slot picker's parts, unstyled. */
function Picker({ searchFor, defaultWindow }: { searchFor: AvailabilitySearch; defaultWindow?: AvailabilityWindow }) {
  return (
    <SlotPicker.Root search={searchFor} defaultWindow={defaultWindow}>
      <SlotPicker.PreviousWindow /> <SlotPicker.WindowLabel /> <SlotPicker.NextWindow /> <SlotPicker.Today />
      <SlotPicker.OffsetChangeNotice />
      <SlotPicker.Days />
      <SlotPicker.NextAvailable />
    </SlotPicker.Root>
  )
}

/** A mock backend with one extra resource (in its own zone) next to the demo seed, made once per story. */
function WithResource({ resource, now, children, ...kit }: { resource: MockResourceSeed; now: string; timeZone: string; locale: string; children: ReactNode }) {
  const [backend] = useState(() => {
    const seed = createDemoSeed(now)
    return createMockBackend({ ...seed, resources: [...seed.resources, resource], now })
  })
  return (
    <MockKit backend={backend} now={now} {...kit}>
      {children}
    </MockKit>
  )
}

const meta = {
  title: 'Time zones',
  component: SlotPicker.Root,
  parameters: {
    docs: {
      description: {
        component:
          'The zone cases a booking page meets: a clock change at midnight, a customer a day ahead of the host, ' +
          'offsets of :45, an offset change inside the shown week, and a zone change that sends no request. ' +
          'Slots are fetched once for a window wide enough for every zone; the customer’s zone only relabels them.',
      },
    },
  },
  args: { search: search(DEMO_IDS.copenhagen) },
} satisfies Meta<typeof SlotPicker.Root>

export default meta
type Story = StoryObj<typeof meta>

const times = (group: HTMLElement) => within(group).getAllByRole('radio').map((r) => r.textContent)
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u202f\u2009\u00a0]/g, ' ')

// A desk run from UTC, open 00:00–08:00 UTC every day. Chile's clocks go forward at midnight
// on Sunday 6 September 2026 (04:00 UTC): in Santiago that day starts at 01:00.
// (A resource in Santiago itself with hours from 00:00 would meet a mock backend bug: it
// opens at 23:00 the evening before, see the report of this story's commit.)
const UTC_DESK: MockResourceSeed = {
  id: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e5c1',
  name: 'Global desk',
  timezone: 'Etc/UTC',
  availability_constraints: [{ allow_hours: { start: 0, end: 8 } }],
}

/**
 * A customer in America/Santiago on Sunday 6 September 2026, when 00:00 never
 * happens: the day is still there (heading, `data-day`), its first hour is
 * 1:00 AM right after Saturday's 11:00 PM, its times carry the new offset, the
 * notice names the day, and the spoken names tell the offsets apart.
 */
export const MidnightChange: Story = {
  render: () => (
    <WithResource resource={UTC_DESK} now="2026-09-01T12:00:00Z" timeZone="America/Santiago" locale="en-US">
      <Picker searchFor={search(UTC_DESK.id!)} defaultWindow={{ start: '2026-09-05', days: 3 }} />
    </WithResource>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const saturday = await canvas.findByRole('radiogroup', { name: 'Saturday, September 5, 2026' }, { timeout: 5000 })
    const sunday = canvas.getByRole('radiogroup', { name: 'Sunday, September 6, 2026' })
    const monday = canvas.getByRole('radiogroup', { name: 'Monday, September 7, 2026' })
    await expect(canvasElement.querySelector('section[data-day="2026-09-06"]')).toHaveAttribute('data-offset-change', 'true')
    await expect(plain(canvas.getByRole('note').textContent)).toBe('Clocks go forward on Sunday, September 6, 2026; times from then on are in GMT-3.')
    // 00:00–03:00 UTC is 20:00–23:00 on Saturday (UTC−4), 21:00–24:00 on Sunday (UTC−3).
    await expect(times(saturday).map(plain)).toEqual(['12:00 AM', '1:00 AM', '2:00 AM', '3:00 AM', '8:00 PM', '9:00 PM', '10:00 PM', '11:00 PM'])
    // On the change day every time carries its zone, so none is read with the old offset.
    await expect(times(sunday).map(plain)).toEqual(['1:00 AM', '2:00 AM', '3:00 AM', '4:00 AM', '9:00 PM', '10:00 PM', '11:00 PM'].map((t) => `${t} GMT-3`))
    await expect(times(monday).map(plain)[0]).toBe('12:00 AM')
    await expect(within(saturday).getAllByRole('radio').at(-1)).toHaveAccessibleName(/^11:00 PM, Saturday, September 5, 2026 .*Chile Standard Time/)
    await expect(within(sunday).getAllByRole('radio')[0]).toHaveAccessibleName(/^1:00 AM GMT-3, Sunday, September 6, 2026 at 1:00 AM Chile Summer Time, with Global desk$/)
    // Arrows cross the missing hour as one step within the day.
    within(sunday).getAllByRole('radio')[0]!.focus()
    await userEvent.keyboard('{ArrowDown}')
    await expect(within(sunday).getAllByRole('radio')[1]).toHaveAttribute('aria-checked', 'true')
  },
}

// Works 9–17 Los Angeles time on weekdays; the customer is in Kiritimati (UTC+14), a day ahead.
const LOS_ANGELES: MockResourceSeed = {
  id: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e1a1',
  name: 'Lena Ortiz',
  timezone: 'America/Los_Angeles',
  availability_constraints: [{ allow_hours: { start: 9, end: 17 } }, { block_weekends: {} }],
}

function KiritimatiDemo() {
  const [sent, setSent] = useState<string>()
  return (
    <WithResource resource={LOS_ANGELES} now={NOW} timeZone="Pacific/Kiritimati" locale="en-US">
      <KiritimatiFlow onSent={setSent} />
      <p>
        Sent: <output aria-label="Sent start and zone">{sent ?? 'nothing yet'}</output>
      </p>
    </WithResource>
  )
}

function KiritimatiFlow({ onSent }: { onSent: (text: string) => void }) {
  return (
    <BookingFlow.Root
      search={search(LOS_ANGELES.id!)}
      onSubmit={(payload) => {
        onSent(`${new Date(payload.start).toISOString()} ${String((payload.customer as { timezone?: string }).timezone)}`)
      }}
    />
  )
}

/**
 * A customer in Pacific/Kiritimati (UTC+14) books Lena in Los Angeles (PDT,
 * UTC−7): her Monday 9:00 is the customer's Tuesday 6:00 AM, her Friday shows
 * on the customer's Saturday, and the booking sends the instant and the customer's zone.
 */
export const KiritimatiCustomerLosAngelesResource: Story = {
  render: () => <KiritimatiDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const tuesday = await canvas.findByRole('group', { name: 'Tuesday, March 24, 2026' }, { timeout: 5000 })
    const tuesdayTimes = within(tuesday).getAllByRole('button').map((b) => plain(b.textContent))
    await expect(tuesdayTimes).toEqual(['6:00 AM', '7:00 AM', '8:00 AM', '9:00 AM', '10:00 AM', '11:00 AM', '12:00 PM', '1:00 PM'])
    await expect(within(tuesday).getAllByRole('button')[0]).toHaveAccessibleName(/^6:00 AM, Tuesday, March 24, 2026 .*Line Islands Time, with Lena Ortiz$/)
    // Monday in Kiritimati is Sunday in Los Angeles; Saturday is her Friday.
    await expect(within(canvas.getByRole('heading', { name: 'Monday, March 23, 2026' }).closest('section')!).getByText('No free times')).toBeVisible()
    await expect(within(canvas.getByRole('group', { name: 'Saturday, March 28, 2026' })).getAllByRole('button')).toHaveLength(8)
    await userEvent.click(within(tuesday).getAllByRole('button')[0]!)
    await canvas.findByRole('heading', { name: 'Your details' })
    await userEvent.type(canvas.getByRole('textbox', { name: /^Name/ }), 'Teanna Kiribati')
    await userEvent.type(canvas.getByRole('textbox', { name: /^E-mail/ }), 'teanna@example.com')
    await userEvent.click(canvas.getByRole('button', { name: 'Book it' }))
    await canvas.findByRole('heading', { name: 'Booked' }, { timeout: 5000 })
    await expect(plain(canvas.getByText(/^You're booked/).textContent)).toMatch(
      /^You're booked for Tuesday, March 24, 2026, 6:00 – 7:00 AM \(Line Islands Time\) with Lena Ortiz\./,
    )
    await expect(canvas.getByRole('status', { name: 'Sent start and zone' })).toHaveTextContent('2026-03-23T16:00:00.000Z Pacific/Kiritimati')
  },
}

/**
 * Asia/Kathmandu (UTC+5:45) looking at Priya in Kolkata (UTC+5:30): every
 * hour starts at a quarter past, and her lunch hour is the gap at 1:15 PM.
 */
export const Kathmandu: Story = {
  render: () => (
    <MockKit now={NOW} timeZone="Asia/Kathmandu" locale="en-US">
      <Picker searchFor={search(DEMO_IDS.kolkata)} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const tuesday = await canvas.findByRole('radiogroup', { name: 'Tuesday, March 24, 2026' }, { timeout: 5000 })
    await expect(times(tuesday).map(plain)).toEqual(['10:15 AM', '11:15 AM', '12:15 PM', '2:15 PM', '3:15 PM', '4:15 PM', '5:15 PM'])
    await expect(within(tuesday).getAllByRole('radio')[0]).toHaveAccessibleName(/^10:15 AM, Tuesday, March 24, 2026 .*Nepal Time, with Priya Sharma$/)
    // Now is 12:45 PM in Kathmandu: Monday's earlier hours are gone.
    const monday = canvas.getByRole('radiogroup', { name: 'Monday, March 23, 2026' })
    await expect(times(monday).map(plain)).toEqual(['2:15 PM', '3:15 PM', '4:15 PM', '5:15 PM'])
  },
}

/**
 * Pacific/Chatham (UTC+13:45 in March): Astrid's Copenhagen day (09:00–17:00)
 * runs from 9:45 PM to 4:45 AM the next morning, across midnight.
 */
export const Chatham: Story = {
  render: () => (
    <MockKit now={NOW} timeZone="Pacific/Chatham" locale="en-US">
      <Picker searchFor={search(DEMO_IDS.copenhagen)} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const monday = await canvas.findByRole('radiogroup', { name: 'Monday, March 23, 2026' }, { timeout: 5000 })
    await expect(times(monday).map(plain)).toEqual(['9:45 PM', '10:45 PM', '11:45 PM'])
    const tuesday = canvas.getByRole('radiogroup', { name: 'Tuesday, March 24, 2026' })
    // Astrid's Monday ends 12:45–4:45 AM; her Tuesday starts at 9:45 PM (Ole's 10:00 booking hides 10:45 PM).
    await expect(times(tuesday).map(plain)).toEqual(['12:45 AM', '1:45 AM', '2:45 AM', '3:45 AM', '4:45 AM', '9:45 PM', '11:45 PM'])
    await expect(within(monday).getAllByRole('radio')[0]).toHaveAccessibleName(/^9:45 PM, Monday, March 23, 2026 .*Chatham Daylight Time, with Astrid Nielsen$/)
  },
}

/**
 * A New York customer looks at Astrid's week of 1 November 2026: Europe
 * changed a week earlier, New York falls back on Sunday. Her 09:00 is 4:00 AM
 * EDT on Friday and 3:00 AM EST on Monday; the notice names the day.
 */
export const OffsetChangeInsideWeek: Story = {
  render: () => (
    <MockKit now="2026-10-26T12:00:00Z" timeZone="America/New_York" locale="en-US">
      <Picker searchFor={search(DEMO_IDS.copenhagen)} defaultWindow={{ start: '2026-10-29' }} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const friday = await canvas.findByRole('radiogroup', { name: 'Friday, October 30, 2026' }, { timeout: 5000 })
    const monday = canvas.getByRole('radiogroup', { name: 'Monday, November 2, 2026' })
    await expect(plain(canvas.getByRole('note').textContent)).toBe('Clocks go back on Sunday, November 1, 2026; times from then on are in EST.')
    await expect(plain(times(friday)[0])).toBe('4:00 AM')
    await expect(plain(times(monday)[0])).toBe('3:00 AM')
    await expect(within(friday).getAllByRole('radio')[0]).toHaveAccessibleName(/Eastern Daylight Time/)
    await expect(within(monday).getAllByRole('radio')[0]).toHaveAccessibleName(/Eastern Standard Time/)
    await expect(canvasElement.querySelector('[data-day="2026-11-01"][data-offset-change]')).not.toBeNull()
  },
}

function ProviderZone() {
  return (
    <p>
      Showing times in: <output aria-label="Provider zone">{useBookingKit().timeZone}</output>
    </p>
  )
}

/** The request count once it has stopped moving (the next week is prefetched after the first). */
async function settledCount(output: HTMLElement) {
  let last = Number(output.textContent)
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    const now = Number(output.textContent)
    if (now === last) return now
    last = now
  }
  throw new Error('The request count kept changing for 5 s.')
}

function ZoneChangeDemo() {
  const [log] = useState(createRequestLog)
  return (
    <MockKit now={NOW} defaultTimeZone="Europe/Copenhagen" locale="en-US" requestLog={log}>
      <TimeZoneSelect.Root timeZones={['Europe/Copenhagen', 'Asia/Kathmandu', 'America/Los_Angeles']} />
      <ProviderZone />
      <BookingFlow.Root search={search(DEMO_IDS.copenhagen)} />
      <RequestLogView log={log} />
    </MockKit>
  )
}

/**
 * In the booking flow, with a time chosen: a new zone from the select
 * relabels the chosen time and every slot, and the request log shows that
 * nothing was sent for it.
 */
export const ZoneChangeNoRequest: Story = {
  render: () => <ZoneChangeDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const monday = await canvas.findByRole('group', { name: 'Monday, March 23, 2026' }, { timeout: 5000 })
    await expect(plain(within(monday).getAllByRole('button')[0]!.textContent)).toBe('9:00 AM')
    const sent = canvas.getByRole('status', { name: 'Requests sent' })
    const before = await settledCount(sent)
    await expect(before).toBeGreaterThan(0)
    const input = canvas.getByRole('combobox', { name: 'Time zone' })
    await userEvent.click(input)
    await userEvent.clear(input)
    await userEvent.keyboard('Kathmandu')
    await waitFor(() => expect(within(canvas.getByRole('listbox')).getAllByRole('option')).toHaveLength(1))
    const active = () => input.ownerDocument.getElementById(input.getAttribute('aria-activedescendant') ?? '')
    await waitFor(() => expect(active()).toHaveTextContent(/^Kathmandu/))
    await userEvent.keyboard('{Enter}')
    await expect(canvas.getByRole('status', { name: 'Provider zone' })).toHaveTextContent('Asia/Kathmandu')
    // 09:00 in Copenhagen (UTC+1) is 1:45 PM in Kathmandu (UTC+5:45).
    await waitFor(() => expect(plain(within(canvas.getByRole('group', { name: 'Monday, March 23, 2026' })).getAllByRole('button')[0]!.textContent)).toBe('1:45 PM'))
    await userEvent.click(within(canvas.getByRole('group', { name: 'Monday, March 23, 2026' })).getAllByRole('button')[0]!)
    await canvas.findByRole('heading', { name: 'Your details' })
    await expect(plain(canvas.getByText(/^Monday, March 23, 2026, 1:45/).textContent)).toBe(
      'Monday, March 23, 2026, 1:45 – 2:45 PM (Nepal Time) with Astrid Nielsen',
    )
    await expect(await settledCount(sent)).toBe(before)
    await expect(within(canvas.getByRole('region', { name: 'Request log' })).queryAllByText(/^POST \/bookings/)).toEqual([])
  },
}
