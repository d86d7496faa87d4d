import type { Meta, StoryObj } from '@storybook/react-vite'
import { useRef, useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import type { Slot } from '../src'
import { createDemoSeed, createMockBackend, DEMO_IDS } from '../src/mock'
import { BookingPage } from './BookingPage'
import { MockKit } from './support/MockKit'

const NOW = '2026-03-23T07:00:00Z' // Monday morning in Copenhagen

const meta = {
  title: 'Booking page',
  component: BookingPage,
  args: { resourceId: DEMO_IDS.copenhagen, start: '2026-03-23' },
} satisfies Meta<typeof BookingPage>

export default meta
type Story = StoryObj<typeof meta>

/** Pick a time, fill the form, book. */
export const Default: Story = {
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
      <BookingPage {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const first = await canvas.findByRole('radio', { name: /Monday,? 23 March 2026 at 09:00/ })
    await expect(canvas.getByRole('button', { name: 'Book' })).toBeDisabled()
    first.focus()
    await userEvent.keyboard('{ArrowRight}')
    await expect(canvas.getByRole('radio', { name: /Monday,? 23 March 2026 at 09:30/ })).toBeChecked()
    await userEvent.type(canvas.getByRole('textbox', { name: 'Name' }), 'Ada Lovelace')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), 'ada@example.com{Enter}')
    await expect(await canvas.findByRole('status')).toHaveTextContent(/^Booked: .*09:30.*A confirmation goes to ada@example\.com\.$/)
  },
}

/**
 * Another customer books the chosen time while this one fills the form. The
 * submit answers 409: the page says so, offers the nearest free times of the
 * same length, and keeps what was typed.
 */
function SlotTakenDemo(args: Parameters<typeof BookingPage>[0]) {
  const [backend] = useState(() => createMockBackend({ ...createDemoSeed(NOW), now: NOW, latency: 150 }))
  const chosen = useRef<Slot>(undefined)
  const [taken, setTaken] = useState(false)
  const takeChosenSlot = async () => {
    if (!chosen.current) return
    await backend.fetch('https://mock.local/v2/bookings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        resource_id: args.resourceId,
        start: chosen.current.start,
        end: chosen.current.end,
        customer: { name: 'Someone else', email: 'else@example.com' },
      }),
    })
    setTaken(true)
  }
  return (
    <>
      <aside aria-label="Demo controls" style={{ borderBottom: '1px dashed', marginBottom: 12 }}>
        <button type="button" onClick={takeChosenSlot}>
          Another customer books the chosen time
        </button>{' '}
        {taken && <span>(taken behind your back)</span>}
      </aside>
      <MockKit backend={backend} now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
        <BookingPage {...args} onSlotChange={(slot) => (chosen.current = slot)} />
      </MockKit>
    </>
  )
}

export const SlotTakenWhileFillingForm: Story = {
  render: (args) => <SlotTakenDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const first = await canvas.findByRole('radio', { name: /Monday,? 23 March 2026 at 09:00/ })
    await userEvent.click(first)
    await userEvent.type(canvas.getByRole('textbox', { name: 'Name' }), 'Ada Lovelace')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), 'ada@example.com')
    await userEvent.click(canvas.getByRole('button', { name: 'Another customer books the chosen time' }))
    await canvas.findByText('(taken behind your back)')
    await userEvent.click(canvas.getByRole('button', { name: 'Book' }))
    const alert = canvas.getByRole('alert')
    await waitFor(() => expect(alert).toHaveTextContent(/a moment ago/), { timeout: 5000 })
    // The nearest free times are searched once the write has failed.
    await expect((await within(alert).findAllByRole('button', { name: /^Choose / })).length).toBeGreaterThan(0)
    await expect(canvas.getByRole('textbox', { name: 'Name' })).toHaveValue('Ada Lovelace')
    await expect(canvas.queryByRole('radio', { name: /Monday,? 23 March 2026 at 09:00/ })).toBeNull()
  },
}
