import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { SlotPicker, type AvailabilitySearch, type Slot, type SlotPickerRootProps } from '../../src'
import { createDemoSeed, createMockBackend, DEMO_IDS, type MockResourceSeed } from '../../src/mock'
import { formatSlotLabel } from '../../src/time'
import { MockKit } from '../support/MockKit'
import { ZoneSection } from '../support/ZoneSection'

// Monday 23 March 2026, 08:00 in Copenhagen: Astrid works 9–17 on weekdays.
const NOW = '2026-03-23T07:00:00Z'
const COPENHAGEN: AvailabilitySearch = { mode: 'roundrobin_random', resources: [DEMO_IDS.copenhagen], length: '1 hour' }

/** Every part of the picker, unstyled, in the order a keyboard reaches them. */
function FullPicker(props: Partial<SlotPickerRootProps>) {
  return (
    <SlotPicker.Root search={COPENHAGEN} {...props}>
      <SlotPicker.PreviousWindow />
      <SlotPicker.WindowLabel />
      <SlotPicker.NextWindow />
      <SlotPicker.Today />
      <SlotPicker.OffsetChangeNotice />
      <SlotPicker.Days />
      <SlotPicker.NextAvailable />
    </SlotPicker.Root>
  )
}

const meta = {
  title: 'Components/SlotPicker',
  component: SlotPicker.Root,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The headless slot picker over the in-page mock backend, unstyled: one radio group per day (APG), ' +
          'window navigation, the offset-change notice and the next available day. Fixed now: ' +
          'Monday 23 March 2026, 08:00 in Copenhagen.',
      },
    },
  },
  args: { search: COPENHAGEN },
} satisfies Meta<typeof SlotPicker.Root>

export default meta
type Story = StoryObj<typeof meta>

// en-GB full dates: Chromium's ICU puts a comma after the weekday ("Monday, 23 March 2026"), Node's
// does not; the stories accept both so they say what they check, not which ICU built the browser.
const gbDay = (text: string) => new RegExp(`^${text.replace(' ', ',? ')}$`)

/** Longer than the in-page mock takes to answer: a change that was going to show has shown. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

const checked = (group: HTMLElement) => within(group).getAllByRole('radio').filter((r) => r.getAttribute('aria-checked') === 'true')

/** Tab enters a day on its first slot; arrows move, check and wrap; Home and End go to the ends. */
export const Default: Story = {
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
      <FullPicker {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const monday = await canvas.findByRole('radiogroup', { name: gbDay('Monday 23 March 2026') })
    const radios = within(monday).getAllByRole('radio')
    await expect(radios.map((r) => r.textContent)).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'])
    await expect(radios[0]).toHaveAccessibleName(/^09:00, Monday,? 23 March 2026 .*, with Astrid Nielsen$/)
    // Previous (disabled at today, still focusable), next, today, then Monday's first slot.
    for (let i = 0; i < 4; i++) await userEvent.tab()
    await expect(radios[0]).toHaveFocus()
    await expect(checked(monday)).toEqual([])
    await userEvent.keyboard('{ArrowDown}')
    await expect(radios[1]).toHaveFocus()
    await expect(radios[1]).toHaveAttribute('aria-checked', 'true')
    await userEvent.keyboard('{ArrowUp}{ArrowUp}')
    await expect(radios.at(-1)).toHaveFocus()
    await expect(checked(monday)).toEqual([radios.at(-1)])
    await userEvent.keyboard('{ArrowRight}')
    await expect(radios[0]).toHaveAttribute('aria-checked', 'true')
    await userEvent.keyboard('{End}')
    await expect(radios.at(-1)).toHaveAttribute('aria-checked', 'true')
    await userEvent.keyboard('{Home}')
    await expect(radios[0]).toHaveFocus()
    await expect(checked(monday)).toEqual([radios[0]])
    // One tab stop per day: Tab leaves Monday for Tuesday's first slot.
    await userEvent.tab()
    const tuesday = canvas.getByRole('radiogroup', { name: gbDay('Tuesday 24 March 2026') })
    await expect(within(tuesday).getAllByRole('radio')[0]).toHaveFocus()
  },
}

function ImmediateDemo(props: Partial<SlotPickerRootProps>) {
  const [activated, setActivated] = useState<Slot>()
  return (
    <>
      <FullPicker {...props} activation="immediate" onSlotActivate={setActivated} />
      <p>
        Opened: <output aria-label="Opened slot">{activated ? formatSlotLabel(activated, { timeZone: 'Europe/Copenhagen', locale: 'en-GB' }) : 'nothing yet'}</output>
      </p>
    </>
  )
}

/** `activation="immediate"`: slots are buttons; Enter or Space calls `onSlotActivate` (shown below the picker). */
export const ImmediateActivation: Story = {
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
      <ImmediateDemo {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const monday = await canvas.findByRole('group', { name: gbDay('Monday 23 March 2026') })
    const buttons = within(monday).getAllByRole('button')
    await expect(canvas.queryAllByRole('radio')).toEqual([])
    for (let i = 0; i < 4; i++) await userEvent.tab()
    await expect(buttons[0]).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    await expect(buttons[2]).toHaveFocus()
    await expect(canvas.getByRole('status', { name: 'Opened slot' })).toHaveTextContent('nothing yet')
    await userEvent.keyboard('{Enter}')
    await expect(canvas.getByRole('status', { name: 'Opened slot' })).toHaveTextContent(/Monday,? 23 March 2026.*11:00/)
    await userEvent.keyboard('{End} ')
    await expect(canvas.getByRole('status', { name: 'Opened slot' })).toHaveTextContent(/16:00/)
  },
}

/** Next, previous and today move the window by a week; previous is disabled (but focusable) at today. */
export const WindowNavigation: Story = {
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
      <FullPicker {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('radiogroup', { name: gbDay('Monday 23 March 2026') })
    const previous = canvas.getByRole('button', { name: 'Previous week' })
    const next = canvas.getByRole('button', { name: 'Next week' })
    const today = canvas.getByRole('button', { name: 'Today' })
    const label = canvas.getByText(/^23\s?–\s?29 Mar 2026$/)
    await userEvent.tab()
    await expect(previous).toHaveFocus()
    await expect(previous).toHaveAttribute('aria-disabled', 'true')
    await expect(today).toHaveAttribute('aria-disabled', 'true')
    await userEvent.keyboard('{Enter}')
    // A week moved to would show once loaded (the last week stays meanwhile): wait past a load.
    await settle()
    await expect(label).toHaveTextContent(/^23\s?–\s?29 Mar 2026$/)
    await userEvent.tab()
    await expect(next).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(label).toHaveTextContent(/^30 Mar – 5 Apr 2026$/))
    await canvas.findByRole('radiogroup', { name: gbDay('Monday 30 March 2026') })
    await expect(previous).not.toHaveAttribute('aria-disabled')
    await userEvent.keyboard(' ')
    await waitFor(() => expect(label).toHaveTextContent(/^6\s?–\s?12 Apr 2026$/))
    await userEvent.tab()
    await expect(today).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(label).toHaveTextContent(/^23\s?–\s?29 Mar 2026$/))
    await expect(previous).toHaveAttribute('aria-disabled', 'true')
    await userEvent.tab({ shift: true })
    await userEvent.tab({ shift: true })
    await expect(previous).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await settle()
    await expect(label).toHaveTextContent(/^23\s?–\s?29 Mar 2026$/)
  },
}

/**
 * The Copenhagen week of 29 March 2026, when clocks go forward: the notice
 * names the day and the new zone, and 09:00 stays 09:00 on both sides.
 */
export const DstSpringForward: Story = {
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
      <FullPicker {...args} defaultWindow={{ start: '2026-03-26' }} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const friday = await canvas.findByRole('radiogroup', { name: gbDay('Friday 27 March 2026') })
    await expect(canvas.getByRole('note')).toHaveTextContent(
      /^Clocks go forward on Sunday,? 29 March 2026; times from then on are in CEST\.$/,
    )
    const monday = canvas.getByRole('radiogroup', { name: gbDay('Monday 30 March 2026') })
    const fridayFirst = within(friday).getAllByRole('radio')[0]!
    const mondayFirst = within(monday).getAllByRole('radio')[0]!
    await expect(fridayFirst).toHaveTextContent('09:00')
    await expect(mondayFirst).toHaveTextContent('09:00')
    await expect(fridayFirst).toHaveAccessibleName(/Central European Standard Time/)
    await expect(mondayFirst).toHaveAccessibleName(/Central European Summer Time/)
    // The clock-change Sunday is shown, empty (Astrid blocks weekends).
    await expect(canvas.getByRole('heading', { name: gbDay('Sunday 29 March 2026') })).toBeVisible()
    mondayFirst.focus()
    await userEvent.keyboard('{ArrowDown}')
    await expect(within(monday).getAllByRole('radio')[1]).toHaveAttribute('aria-checked', 'true')
  },
}

// Open 00:00–04:00 New York time every day: the night of 1 November 2026 repeats 01:00–02:00.
const NIGHT_DESK_ID = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e1fe'
const NIGHT_DESK: MockResourceSeed = {
  id: NIGHT_DESK_ID,
  name: 'Night desk',
  timezone: 'America/New_York',
  availability_constraints: [{ allow_hours: { start: 0, end: 4 } }],
}
const FALL_BACK_NOW = '2026-10-31T12:00:00Z'

function FallBackDemo(props: Partial<SlotPickerRootProps>) {
  const [backend] = useState(() => createMockBackend({ resources: [NIGHT_DESK], now: FALL_BACK_NOW }))
  return (
    <MockKit backend={backend} now={FALL_BACK_NOW} timeZone="America/New_York" locale="en-US">
      <FullPicker
        {...props}
        search={{ mode: 'roundrobin_random', resources: [NIGHT_DESK_ID], length: '30 minutes' }}
        defaultWindow={{ start: '2026-11-01', days: 2 }}
      />
    </MockKit>
  )
}

/**
 * New York on 1 November 2026: 1:30 AM happens twice. The zone's short name
 * tells the two apart, on screen and in the spoken name.
 */
export const DstFallBack: Story = {
  render: (args) => <FallBackDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const sunday = await canvas.findByRole('radiogroup', { name: 'Sunday, November 1, 2026' })
    await expect(canvas.getByRole('note')).toHaveTextContent('Clocks go back on Sunday, November 1, 2026; times from then on are in EST.')
    const halfPastOne = within(sunday).getAllByRole('radio').filter((r) => r.textContent?.startsWith('1:30 AM'))
    await expect(halfPastOne.map((r) => r.textContent)).toEqual(['1:30 AM EDT', '1:30 AM EST'])
    await expect(halfPastOne[0]).toHaveAccessibleName(/^1:30 AM EDT, .*Eastern Daylight Time/)
    await expect(halfPastOne[1]).toHaveAccessibleName(/^1:30 AM EST, .*Eastern Standard Time/)
    halfPastOne[0]!.focus()
    await userEvent.keyboard('{ArrowDown}')
    const after = within(sunday).getAllByRole('radio').find((r) => r.getAttribute('aria-checked') === 'true')
    await expect(after).toHaveTextContent('1:00 AM EST')
    await userEvent.keyboard('{ArrowDown}')
    await expect(halfPastOne[1]).toHaveAttribute('aria-checked', 'true')
    await expect(halfPastOne[1]).toHaveFocus()
  },
}

/**
 * A weekend window with nothing free: the picker offers the next day with free
 * times (from `/availability/dates`), and pressing it moves the window there.
 */
export const EmptyWindowNextAvailable: Story = {
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
      <FullPicker {...args} defaultWindow={{ start: '2026-03-28', days: 2 }} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const offer = await canvas.findByRole('button', { name: /^Next available: Monday,? 30 March 2026$/ }, { timeout: 5000 })
    await expect(canvas.getAllByText('No free times')).toHaveLength(2)
    await expect(canvas.queryAllByRole('radiogroup')).toEqual([])
    offer.focus()
    await userEvent.keyboard('{Enter}')
    const monday = await canvas.findByRole('radiogroup', { name: gbDay('Monday 30 March 2026') })
    await expect(within(monday).getAllByRole('radio').length).toBeGreaterThan(0)
    await expect(canvas.queryByRole('button', { name: /^Next available/ })).toBeNull()
  },
}

// 09:00 and 11:00 Copenhagen time (before the clock change) are refused: a
// module constant, so its identity is stable across renders.
const refuseNineAndEleven = (slot: Slot) => [8, 10].includes(new Date(slot.start).getUTCHours())

/** `isSlotDisabled`: refused slots stay visible with `aria-disabled`; arrows skip them and they cannot be chosen. */
export const DisabledSlots: Story = {
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
      <FullPicker {...args} isSlotDisabled={refuseNineAndEleven} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const monday = await canvas.findByRole('radiogroup', { name: gbDay('Monday 23 March 2026') })
    const radios = within(monday).getAllByRole('radio')
    await expect(radios.map((r) => r.getAttribute('aria-disabled'))).toEqual(['true', null, 'true', null, null, null, null, null])
    for (let i = 0; i < 4; i++) await userEvent.tab()
    // The tab stop is the first slot that can be chosen.
    await expect(radios[1]).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}')
    await expect(radios[3]).toHaveFocus()
    await expect(radios[3]).toHaveAttribute('aria-checked', 'true')
    await userEvent.keyboard('{Home}{ArrowUp}')
    await expect(radios.at(-1)).toHaveFocus()
    await userEvent.click(radios[0]!)
    await expect(radios[0]).toHaveAttribute('aria-checked', 'false')
    await expect(radios.at(-1)).toHaveAttribute('aria-checked', 'true')
  },
}

function TwoZonesDemo(props: Partial<SlotPickerRootProps>) {
  const [backend] = useState(() => createMockBackend({ ...createDemoSeed(NOW), now: NOW }))
  return (
    <>
      <ZoneSection label="Customer in Copenhagen">
        <MockKit backend={backend} now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
          <FullPicker {...props} />
        </MockKit>
      </ZoneSection>
      <ZoneSection label="Customer in New York">
        <MockKit backend={backend} now={NOW} timeZone="America/New_York" locale="en-US">
          <FullPicker {...props} />
        </MockKit>
      </ZoneSection>
    </>
  )
}

/** Two pickers of the same resource, in two zones on one page: own days, labels, tab stops and selection. */
export const TwoPickersTwoZones: Story = {
  render: (args) => <TwoZonesDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const copenhagen = within(canvas.getByRole('region', { name: 'Customer in Copenhagen' }))
    const newYork = within(canvas.getByRole('region', { name: 'Customer in New York' }))
    const cphMonday = await copenhagen.findByRole('radiogroup', { name: gbDay('Monday 23 March 2026') })
    const nycMonday = await newYork.findByRole('radiogroup', { name: 'Monday, March 23, 2026' })
    const cphRadios = within(cphMonday).getAllByRole('radio')
    const nycRadios = within(nycMonday).getAllByRole('radio')
    // 09:00 in Copenhagen is 4:00 AM in New York (EDT began on 8 March; Europe waits until the 29th).
    await expect(cphRadios[0]).toHaveTextContent('09:00')
    await expect(nycRadios[0]).toHaveTextContent('4:00 AM')
    await expect(newYork.getByText(/^Mar 23\s?–\s?29, 2026$/)).toBeVisible()
    for (let i = 0; i < 4; i++) await userEvent.tab()
    await expect(cphRadios[0]).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}')
    await expect(cphRadios[1]).toHaveAttribute('aria-checked', 'true')
    await expect(within(nycMonday).queryAllByRole('radio', { checked: true })).toEqual([])
    nycRadios[0]!.focus()
    await userEvent.keyboard('{End}')
    await expect(nycRadios.at(-1)).toHaveAttribute('aria-checked', 'true')
    await expect(cphRadios[1]).toHaveAttribute('aria-checked', 'true')
    // Each picker's next week moves only its own window.
    await userEvent.click(newYork.getByRole('button', { name: 'Next week' }))
    await waitFor(() => expect(newYork.getByText(/^Mar 30 – Apr 5, 2026$/)).toBeVisible())
    await expect(copenhagen.getByText(/^23\s?–\s?29 Mar 2026$/)).toBeVisible()
  },
}
