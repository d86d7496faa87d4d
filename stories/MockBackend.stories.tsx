import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { NextWeek } from './NextWeek'
import { MockKit } from './support/MockKit'

const meta = {
  title: 'Mock backend/Resources and next week',
  component: NextWeek,
  parameters: {
    docs: {
      description: {
        component:
          'Resources and the next week of free slots, fetched through the client from the built-in mock ' +
          'backend running in the page (demo seed: Copenhagen, New York and Kolkata).',
      },
    },
  },
} satisfies Meta<typeof NextWeek>

export default meta
type Story = StoryObj<typeof meta>

// Monday 23 March 2026, 08:00 in Copenhagen: every run shows the same week.
const NOW = '2026-03-23T07:00:00Z'

/** Waits until the resources and the week have loaded, so axe checks the page a customer reads. */
async function loaded(canvasElement: HTMLElement) {
  const canvas = within(canvasElement)
  await canvas.findByRole('radio', { name: /Astrid Nielsen/ })
  await waitFor(() => expect(canvas.queryByRole('status')).toBeNull())
  return canvas
}

/** The customer's own zone (the browser's). */
export const ResourcesAndNextWeek: Story = {
  render: (args) => (
    <MockKit now={NOW}>
      <NextWeek {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement)
    await expect(canvas.getByRole('radio', { name: /Astrid Nielsen/ })).toBeChecked()
    // Arrow keys in the native radio group choose another resource: its week loads.
    const astridsFirst = canvas.getAllByRole('listitem')[0]!.getAttribute('aria-label')
    canvas.getByRole('radio', { name: /Astrid Nielsen/ }).focus()
    await userEvent.keyboard('{ArrowDown}')
    await expect(canvas.getByRole('radio', { name: /Marcus Reed/ })).toBeChecked()
    // Marcus starts at 10:00 in New York, hours after Astrid's first free time.
    await waitFor(() => expect(canvas.getAllByRole('listitem')[0]!.getAttribute('aria-label')).not.toBe(astridsFirst))
  },
}

/** The same data for a customer in Asia/Kolkata (+05:30): only labels and days change. */
export const CustomerInKolkata: Story = {
  render: (args) => (
    <MockKit now={NOW} timeZone="Asia/Kolkata" locale="en-IN">
      <NextWeek {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement)
    await expect(canvas.getByText('Times are shown in Asia/Kolkata.')).toBeVisible()
    // Astrid's 09:00 in Copenhagen (CET, +01:00) is 13:30 in Kolkata (+05:30).
    const tuesday = canvasElement.querySelector('[data-day="2026-03-24"]') as HTMLElement
    await expect(within(tuesday).getAllByRole('listitem')[0]).toHaveTextContent(/^1:30\s?pm$/i)
  },
}

/** Across Copenhagen's spring-forward (29 March 2026): 9–17 local stays 9–17 local. */
export const DstSpringForward: Story = {
  render: (args) => (
    <MockKit timeZone="Europe/Copenhagen" locale="en-GB" now="2026-03-26T07:00:00Z">
      <NextWeek {...args} start="2026-03-26" />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    const first = (dayKey: string) => within(canvasElement.querySelector(`[data-day="${dayKey}"]`) as HTMLElement).getAllByRole('listitem')[0]
    await expect(first('2026-03-27')).toHaveTextContent('09:00')
    await expect(first('2026-03-30')).toHaveTextContent('09:00')
    await expect(first('2026-03-30')).toHaveAccessibleName(/Central European Summer Time/)
  },
}

/** With 600 ms of latency: previous data stays while the next week loads. */
export const SlowBackend: Story = {
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-GB" latency={600}>
      <NextWeek {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement)
    const firstDay = () => canvasElement.querySelector('[data-day]')?.getAttribute('data-day')
    await expect(firstDay()).toBe('2026-03-23')
    await userEvent.click(canvas.getByRole('button', { name: 'Next week' }))
    // While the next week loads, this week stays on screen, marked busy.
    await waitFor(() => expect(canvasElement.querySelector('[aria-busy="true"]')).not.toBeNull())
    await expect(firstDay()).toBe('2026-03-23')
    await waitFor(() => expect(firstDay()).toBe('2026-03-30'), { timeout: 5000 })
    await waitFor(() => expect(canvasElement.querySelector('[aria-busy="true"]')).toBeNull())
  },
}
