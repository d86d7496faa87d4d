import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
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

/** The customer's own zone (the browser's). */
export const ResourcesAndNextWeek: Story = {
  render: (args) => (
    <MockKit>
      <NextWeek {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('radio', { name: /Astrid Nielsen/ })).toBeChecked()
  },
}

/** The same data for a customer in Asia/Kolkata (+05:30): only labels and days change. */
export const CustomerInKolkata: Story = {
  render: (args) => (
    <MockKit timeZone="Asia/Kolkata" locale="en-IN">
      <NextWeek {...args} />
    </MockKit>
  ),
}

/** Across Copenhagen's spring-forward (29 March 2026): 9–17 local stays 9–17 local. */
export const DstSpringForward: Story = {
  render: (args) => (
    <MockKit timeZone="Europe/Copenhagen" locale="en-GB" now="2026-03-26T07:00:00Z">
      <NextWeek {...args} start="2026-03-26" />
    </MockKit>
  ),
}

/** With 600 ms of latency: previous data stays while the next week loads. */
export const SlowBackend: Story = {
  render: (args) => (
    <MockKit latency={600}>
      <NextWeek {...args} />
    </MockKit>
  ),
}
