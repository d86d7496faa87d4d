import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { RescheduleFlow } from '../../src'
import { MockKit } from '../support/MockKit'

// Monday 23 March 2026, 08:00 in Copenhagen. The demo seed books Ole Jensen with Astrid on
// Tuesday 24 March, 10:00 Copenhagen time (confirmed), and has Sam Ortiz's booking with
// Marcus already cancelled.
const NOW = '2026-03-23T07:00:00Z'
const CONFIRMED = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb01'
const CANCELLED = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb04'
const WEDNESDAY = 'Wednesday, March 25, 2026'

const meta = {
  title: 'Components/RescheduleFlow',
  component: RescheduleFlow.Root,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The headless reschedule flow (booking-js’s `?uuid=…&action=reschedule` page) over the in-page mock, ' +
          'unstyled. The root carries `data-step` (`loading`, `choosing`, `confirming`, `submitting`, `done`, ' +
          '`slotTaken`, `refused`, `error`) and `data-loading` while loading and `aria-busy` while sending. Fixed now: Monday 23 March 2026, ' +
          '08:00 in Copenhagen.',
      },
    },
  },
  args: { bookingId: CONFIRMED },
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-US">
      <RescheduleFlow.Root {...args} />
    </MockKit>
  ),
} satisfies Meta<typeof RescheduleFlow.Root>

export default meta
type Story = StoryObj<typeof meta>

const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-step]')!
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u202f\u2009\u00a0]/g, ' ')

/**
 * Loading, then the booking's current time and Astrid's free hours; Wednesday
 * 3:00 PM, a message to the host, Reschedule: the result names both times.
 */
export const Rescheduled: Story = {
  // The mock answers in 300 ms, so the loading step is on screen when the play function looks.
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-US" latency={300}>
      <RescheduleFlow.Root {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'loading')
    // data-loading, not aria-busy: a busy ancestor would silence the loading status inside it.
    await expect(root(canvasElement)).toHaveAttribute('data-loading', 'true')
    await expect(root(canvasElement)).not.toHaveAttribute('aria-busy')
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading your booking…')
    await canvas.findByRole('heading', { name: 'Choose a new time' }, { timeout: 5000 })
    await expect(plain(canvas.getByText(/^Current time:/).textContent)).toBe(
      'Current time: Tuesday, March 24, 2026, 10:00 – 11:00 AM (Central European Standard Time)',
    )
    const wednesday = await canvas.findByRole('group', { name: WEDNESDAY }, { timeout: 5000 })
    await userEvent.click(within(wednesday).getByRole('button', { name: /^3:00 PM, / }))
    await expect(await canvas.findByRole('heading', { name: 'Confirm the new time' })).toHaveFocus()
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'confirming')
    await expect(plain(canvas.getByText(/^New time:/).textContent)).toBe(
      'New time: Wednesday, March 25, 2026, 3:00 – 4:00 PM (Central European Standard Time)',
    )
    const message = canvas.getByRole('textbox', { name: 'Message to the host (optional)' })
    await expect(message).toHaveAccessibleDescription('Tell the host why you are moving the booking.')
    await userEvent.type(message, 'A clash at work, sorry')
    await userEvent.click(canvas.getByRole('button', { name: 'Reschedule' }))
    await expect(await canvas.findByRole('heading', { name: 'Rescheduled' }, { timeout: 5000 })).toHaveFocus()
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'done')
    await expect(plain(canvas.getByRole('status').textContent)).toBe(
      'Your booking moved from Tuesday, March 24, 2026, 10:00 – 11:00 AM (Central European Standard Time) ' +
        'to Wednesday, March 25, 2026, 3:00 – 4:00 PM (Central European Standard Time).',
    )
  },
}

/** A cancelled booking can't be moved: the flow names its state and offers no slots or buttons. */
export const RefusedCancelledBooking: Story = {
  args: { bookingId: CANCELLED },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('heading', { name: "Can't reschedule" }, { timeout: 5000 })
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'refused')
    await expect(canvas.getByRole('alert')).toHaveTextContent("This booking is cancelled and can't be moved.")
    await expect(canvas.queryByRole('button')).toBeNull()
    await expect(canvas.queryByRole('group')).toBeNull()
  },
}
