import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { SlotPicker, TimeZoneSelect, useBookingKit, type AvailabilitySearch } from '../../src'
import { DEMO_IDS } from '../../src/mock'
import { MockKit } from '../support/MockKit'
import { createRequestLog } from '../support/requestLog'
import { RequestLogView } from '../support/RequestLogView'

// Monday 23 March 2026, 08:00 in Copenhagen (New York already on summer time, Europe not yet).
const NOW = '2026-03-23T07:00:00Z'
const COPENHAGEN: AvailabilitySearch = { mode: 'roundrobin_random', resources: [DEMO_IDS.copenhagen], length: '1 hour' }
const THREE = ['Europe/London', 'Asia/Tokyo', 'America/New_York']

/** The provider's zone, shown so a story can see that choosing a zone changed it. */
function ProviderZone() {
  return (
    <p>
      Showing times in: <output aria-label="Provider zone">{useBookingKit().timeZone}</output>
    </p>
  )
}

const meta = {
  title: 'Components/TimeZoneSelect',
  component: TimeZoneSelect.Root,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The headless time zone select (APG editable combobox with a listbox popup), unstyled. Uncontrolled, it ' +
          "changes the provider's zone. Fixed now: Monday 23 March 2026, 07:00 UTC.",
      },
    },
  },
} satisfies Meta<typeof TimeZoneSelect.Root>

export default meta
type Story = StoryObj<typeof meta>

const combobox = (canvasElement: HTMLElement) => within(canvasElement).getByRole<HTMLInputElement>('combobox', { name: 'Time zone' })
const activeOption = (input: HTMLElement) => {
  const id = input.getAttribute('aria-activedescendant')
  return id ? input.ownerDocument.getElementById(id) : null
}

/**
 * Down opens on the chosen zone and moves (wrapping), Enter chooses, Escape
 * closes and a second Escape forgets the typed text, Alt+Down opens with
 * nothing active. Three zones offered, ordered by their offset now.
 */
export const KeyboardPaths: Story = {
  args: { timeZones: THREE },
  render: (args) => (
    <MockKit now={NOW} defaultTimeZone="Europe/London" locale="en-GB">
      <TimeZoneSelect.Root {...args} />
      <ProviderZone />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const input = combobox(canvasElement)
    await userEvent.tab()
    await expect(input).toHaveFocus()
    await expect(input).toHaveValue('London')
    await expect(input).toHaveAttribute('aria-expanded', 'false')
    await userEvent.keyboard('{ArrowDown}')
    const listbox = await canvas.findByRole('listbox')
    await expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^New York/),
      expect.stringMatching(/^London/),
      expect.stringMatching(/^Tokyo/),
    ])
    await expect(activeOption(input)).toHaveTextContent(/^London/)
    await userEvent.keyboard('{ArrowDown}')
    await expect(activeOption(input)).toHaveTextContent(/^Tokyo — .*\(UTC\+09:00\)$/)
    await userEvent.keyboard('{ArrowDown}')
    await expect(activeOption(input)).toHaveTextContent(/^New York/)
    await userEvent.keyboard('{Enter}')
    await expect(input).toHaveValue('New York')
    await expect(input).toHaveAttribute('aria-expanded', 'false')
    await expect(canvas.getByRole('status', { name: 'Provider zone' })).toHaveTextContent('America/New_York')
    // Typing filters and opens; Escape closes, a second Escape brings the chosen zone's name back.
    input.select()
    await userEvent.keyboard('tok')
    await waitFor(() => expect(within(canvas.getByRole('listbox')).getAllByRole('option')).toHaveLength(1))
    await expect(activeOption(input)).toHaveTextContent(/^Tokyo/)
    await userEvent.keyboard('{Escape}')
    await expect(canvas.queryByRole('listbox')).toBeNull()
    await expect(input).toHaveValue('tok')
    await userEvent.keyboard('{Escape}')
    await expect(input).toHaveValue('New York')
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}')
    await expect(await canvas.findByRole('listbox')).toBeVisible()
    await expect(input).not.toHaveAttribute('aria-activedescendant')
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}')
    await expect(canvas.queryByRole('listbox')).toBeNull()
    await expect(canvas.getByRole('status', { name: 'Provider zone' })).toHaveTextContent('America/New_York')
    // Left open on the chosen zone, so axe checks the popup too.
    await userEvent.keyboard('{ArrowDown}')
    await expect(activeOption(input)).toHaveAttribute('aria-selected', 'true')
  },
}

function ZoneChangeDemo() {
  const [log] = useState(createRequestLog)
  return (
    <MockKit now={NOW} defaultTimeZone="Europe/Copenhagen" locale="en-GB" requestLog={log}>
      <TimeZoneSelect.Root />
      <ProviderZone />
      <SlotPicker.Root search={COPENHAGEN} days={3} prefetchNext={false}>
        <SlotPicker.WindowLabel />
        <SlotPicker.Days />
      </SlotPicker.Root>
      <RequestLogView log={log} />
    </MockKit>
  )
}

/**
 * Choosing another zone relabels every slot at once and sends no request:
 * availability is fetched for a window wide enough for every zone, so the
 * request log below stays as it was.
 */
export const ZoneChangeSendsNoRequest: Story = {
  render: () => <ZoneChangeDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const tuesday = await canvas.findByRole('radiogroup', { name: /^Tuesday,? 24 March 2026$/ })
    await expect(within(tuesday).getAllByRole('radio')[0]).toHaveTextContent('09:00')
    const sent = canvas.getByRole('status', { name: 'Requests sent' })
    await waitFor(() => expect(sent).toHaveTextContent(/^1$/))
    await expect(canvas.getByRole('region', { name: 'Request log' })).toHaveTextContent(/GET \/availability|POST \/availability/)
    const input = combobox(canvasElement)
    await userEvent.tab()
    await expect(input).toHaveFocus()
    await userEvent.keyboard('Kolkata')
    await waitFor(() => expect(activeOption(input)).toHaveTextContent(/^Kolkata — India Standard Time \(UTC\+05:30\)$/))
    await userEvent.keyboard('{Enter}')
    await expect(input).toHaveValue('Kolkata')
    await expect(canvas.getByRole('status', { name: 'Provider zone' })).toHaveTextContent('Asia/Kolkata')
    // Astrid's 09:00 in Copenhagen (UTC+1) is 13:30 in Kolkata (UTC+5:30).
    const tuesdayInKolkata = await canvas.findByRole('radiogroup', { name: /^Tuesday,? 24 March 2026$/ })
    await waitFor(() => expect(within(tuesdayInKolkata).getAllByRole('radio')[0]).toHaveTextContent('13:30'))
    await expect(within(tuesdayInKolkata).getAllByRole('radio')[0]).toHaveAccessibleName(/India Standard Time/)
    // Give a stray request the time to show up before saying there was none.
    await new Promise((resolve) => setTimeout(resolve, 300))
    await expect(sent).toHaveTextContent(/^1$/)
  },
}
