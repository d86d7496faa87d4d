import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { CancelBooking } from '../../src'
import { MockKit } from '../support/MockKit'

// Monday 23 March 2026, 08:00 in Copenhagen. The demo seed books Ole Jensen with Astrid on
// Tuesday 24 March, 10:00 Copenhagen time (confirmed), and has Kavya Iyer's booking with
// Priya completed last week.
const NOW = '2026-03-23T07:00:00Z'
const CONFIRMED = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb01'
const COMPLETED = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb06'

const meta = {
  title: 'Components/CancelBooking',
  component: CancelBooking.Root,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Headless cancellation (booking-js’s `?uuid=…&action=cancel` page) over the in-page mock, unstyled. ' +
          'The root carries `data-step` (`loading`, `confirming`, `submitting`, `done`, `refused`, `error`), ' +
          '`data-action` (the action it will send) and `data-loading` while loading and `aria-busy` while sending.',
      },
    },
  },
  args: { bookingId: CONFIRMED },
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-US">
      <CancelBooking.Root {...args} />
    </MockKit>
  ),
} satisfies Meta<typeof CancelBooking.Root>

export default meta
type Story = StoryObj<typeof meta>

const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-step]')!
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u202f\u2009\u00a0]/g, ' ')

/** The booking's time and host, an optional reason, Cancel booking: the result says it is cancelled. */
export const Cancelled: Story = {
  // The mock answers in 300 ms, so the loading step is on screen when the play function looks.
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-US" latency={300}>
      <CancelBooking.Root {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'loading')
    // data-loading, not aria-busy: a busy ancestor would silence the loading status inside it.
    await expect(root(canvasElement)).toHaveAttribute('data-loading', 'true')
    await expect(root(canvasElement)).not.toHaveAttribute('aria-busy')
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading your booking…')
    await canvas.findByRole('heading', { name: 'Cancel this booking?' }, { timeout: 5000 })
    await expect(root(canvasElement)).toHaveAttribute('data-action', 'cancel_by_customer')
    const summary = canvas.getByText(/^Tuesday, March 24/)
    await expect(plain(summary.textContent)).toBe('Tuesday, March 24, 2026, 10:00 – 11:00 AM (Central European Standard Time) with Astrid Nielsen')
    const confirm = canvas.getByRole('button', { name: 'Cancel booking' })
    await expect(confirm).toHaveAttribute('aria-describedby', summary.id)
    const reason = canvas.getByRole('textbox', { name: 'Reason for cancelling (optional)' })
    await expect(reason).toHaveAccessibleDescription('The host will see this message.')
    await userEvent.type(reason, 'Ill, sorry')
    await userEvent.click(confirm)
    await expect(await canvas.findByRole('heading', { name: 'Booking cancelled' }, { timeout: 5000 })).toHaveFocus()
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'done')
    await expect(plain(canvas.getByRole('status').textContent)).toBe(
      'Your booking on Tuesday, March 24, 2026, 10:00 – 11:00 AM (Central European Standard Time) is cancelled.',
    )
  },
}

/** A completed booking can't be cancelled: the state is named, and nothing can be sent. */
export const RefusedCompletedBooking: Story = {
  args: { bookingId: COMPLETED },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('heading', { name: "Can't cancel" }, { timeout: 5000 })
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'refused')
    await expect(canvas.getByRole('alert')).toHaveTextContent("This booking is completed and can't be cancelled.")
    await expect(canvas.queryByRole('button')).toBeNull()
    await expect(canvas.queryByRole('textbox')).toBeNull()
  },
}
