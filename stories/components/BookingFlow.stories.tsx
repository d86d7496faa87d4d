import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { BookingFlow, type AvailabilitySearch, type Booking, type BookingFlowRootProps, type BookingFormValues, type Slot } from '../../src'
import { createDemoSeed, createMockBackend, DEMO_IDS } from '../../src/mock'
import { bookingFaults } from '../support/faults'
import { MockKit, type MockKitProps } from '../support/MockKit'
import { createRequestLog, type RequestLog } from '../support/requestLog'
import { RequestLogView } from '../support/RequestLogView'
import { ZoneSection } from '../support/ZoneSection'

// Monday 23 March 2026, 08:00 in Copenhagen: Astrid works 9–17 on weekdays.
const NOW = '2026-03-23T07:00:00Z'
const COPENHAGEN: AvailabilitySearch = { mode: 'roundrobin_random', resources: [DEMO_IDS.copenhagen], length: '1 hour' }
const MONDAY = 'Monday, March 23, 2026'

type KitOptions = Omit<MockKitProps, 'children'>

/** One flow over the in-page mock: Copenhagen, en-US, fixed now, unless the story says otherwise. */
function Flow({ kit, log, ...props }: Partial<BookingFlowRootProps> & { kit?: KitOptions; log?: RequestLog }) {
  return (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-US" requestLog={log} {...kit}>
      <BookingFlow.Root search={COPENHAGEN} {...props} />
      {log && <RequestLogView log={log} />}
    </MockKit>
  )
}

const meta = {
  title: 'Components/BookingFlow',
  component: BookingFlow.Root,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The headless booking flow (booking-js’s widget as parts) over the in-page mock backend, unstyled. ' +
          'The root carries `data-step` (`choosing`, `details`, `submitting`, `confirmed`, `pending`, ' +
          '`slotTaken`, `error`) and `data-pending` while a booking is sent; the slot step’s picker carries ' +
          '`data-pending`, `data-empty` and `data-error`, its days `data-day` and `data-pending`. Fixed now: ' +
          'Monday 23 March 2026, 08:00 in Copenhagen.',
      },
    },
  },
  args: { search: COPENHAGEN },
} satisfies Meta<typeof BookingFlow.Root>

export default meta
type Story = StoryObj<typeof meta>

const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-step]')!
/** Intl's narrow and thin spaces as plain ones. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u202f\u2009\u00a0]/g, ' ')

/** Clicks the first free slot of a day and waits for the details step. */
async function pickSlot(canvasElement: HTMLElement, day = MONDAY, index = 0) {
  const canvas = within(canvasElement)
  const group = await canvas.findByRole('group', { name: day }, { timeout: 5000 })
  await userEvent.click(within(group).getAllByRole('button')[index]!)
  return canvas.findByRole('heading', { name: 'Your details' })
}

async function fillAndBook(canvasElement: HTMLElement, email = 'ada@example.com') {
  const canvas = within(canvasElement)
  await userEvent.type(canvas.getByRole('textbox', { name: /^Name/ }), 'Ada Lovelace')
  await userEvent.type(canvas.getByRole('textbox', { name: /^E-mail/ }), email)
  await userEvent.click(canvas.getByRole('button', { name: 'Book it' }))
}

/** The form still holds what was typed. */
async function expectTyped(canvasElement: HTMLElement, email = 'ada@example.com') {
  const canvas = within(canvasElement)
  await expect(canvas.getByRole('textbox', { name: /^Name/ })).toHaveValue('Ada Lovelace')
  await expect(canvas.getByRole('textbox', { name: /^E-mail/ })).toHaveValue(email)
}

/**
 * The whole booking with the keyboard alone: Tab to Monday's first time,
 * arrows to 11:00, Enter; focus lands on the details heading; Tab, type,
 * Tab, type, Enter; focus lands on the result's heading.
 */
export const KeyboardOnlyBooking: Story = {
  render: (args) => <Flow {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const monday = await canvas.findByRole('group', { name: MONDAY }, { timeout: 5000 })
    const slots = within(monday).getAllByRole('button')
    // Previous week, next week, today, then Monday's first time.
    for (let i = 0; i < 4; i++) await userEvent.tab()
    await expect(slots[0]).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    await expect(slots[2]).toHaveFocus()
    await expect(slots[2]).toHaveAccessibleName(/^11:00 AM, Monday, March 23, 2026/)
    await userEvent.keyboard('{Enter}')
    const details = await canvas.findByRole('heading', { name: 'Your details' })
    await expect(details).toHaveFocus()
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'details')
    await expect(plain(canvas.getByText(/^Monday, March 23, 2026, 11:00/).textContent)).toBe(
      'Monday, March 23, 2026, 11:00 AM – 12:00 PM (Central European Standard Time) with Astrid Nielsen',
    )
    await userEvent.tab()
    await expect(canvas.getByRole('button', { name: 'Back to all times' })).toHaveFocus()
    await userEvent.tab()
    await expect(canvas.getByRole('textbox', { name: /^Name/ })).toHaveFocus()
    await userEvent.keyboard('Ada Lovelace')
    await userEvent.tab()
    await userEvent.keyboard('ada@example.com')
    await userEvent.keyboard('{Enter}')
    const booked = await canvas.findByRole('heading', { name: 'Booked' }, { timeout: 5000 })
    await expect(booked).toHaveFocus()
    await expect(plain(canvas.getByRole('status').textContent)).toBe(
      "You're booked for Monday, March 23, 2026, 11:00 AM – 12:00 PM (Central European Standard Time) with Astrid Nielsen. " +
        'A confirmation is on its way to ada@example.com.',
    )
  },
}

/** While the first week loads: the picker is `aria-busy` and `data-pending`, nothing to choose yet. */
export const Loading: Story = {
  render: (args) => <Flow {...args} kit={{ latency: 600_000 }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'choosing')
    await expect(canvas.getByRole('heading', { name: 'Choose a time' })).toBeVisible()
    const picker = canvasElement.querySelector('[aria-busy]')
    await expect(picker).toHaveAttribute('aria-busy', 'true')
    await expect(picker).toHaveAttribute('data-pending', 'true')
    await expect(canvas.queryAllByRole('button', { name: /, Monday, March 23, 2026/ })).toEqual([])
  },
}

/**
 * Next week while the mock answers in 800 ms: the previous week stays on
 * screen with `data-pending` on its days until the next one arrives.
 */
export const SwitchingWeeks: Story = {
  render: (args) => <Flow {...args} kit={{ latency: 800 }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const monday = await canvas.findByRole('group', { name: MONDAY }, { timeout: 5000 })
    await expect(monday.closest('section')).not.toHaveAttribute('data-pending')
    await userEvent.click(canvas.getByRole('button', { name: 'Next week' }))
    await waitFor(() => expect(monday.closest('section')).toHaveAttribute('data-pending', 'true'))
    await expect(canvas.getByRole('group', { name: MONDAY })).toBe(monday)
    await expect(within(monday).getAllByRole('button').length).toBe(8)
    const nextMonday = await canvas.findByRole('group', { name: 'Monday, March 30, 2026' }, { timeout: 5000 })
    await expect(nextMonday.closest('section')).not.toHaveAttribute('data-pending')
    await expect(canvas.queryByRole('group', { name: MONDAY })).toBeNull()
    await expect(plain(canvas.getByText(/^Mar 30/).textContent)).toBe('Mar 30 – Apr 5, 2026')
  },
}

// Astrid is away all week: the search blocks the week (her constraints still apply after it).
const AWAY_THIS_WEEK: AvailabilitySearch = {
  ...COPENHAGEN,
  constraints: [{ block_period: { start: '2026-03-23T00:00:00+01:00', end: '2026-03-30T00:00:00+02:00' } }],
}

/** A week with nothing free: every day says so, and the flow offers the next day with free times. */
export const EmptyWeekNextAvailable: Story = {
  args: { search: AWAY_THIS_WEEK },
  render: (args) => <Flow {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const offer = await canvas.findByRole('button', { name: 'Next available: Monday, March 30, 2026' }, { timeout: 5000 })
    await expect(canvas.getAllByText('No free times')).toHaveLength(7)
    await expect(canvasElement.querySelector('[aria-busy], [data-empty]')).toHaveAttribute('data-empty', 'true')
    await userEvent.click(offer)
    const monday = await canvas.findByRole('group', { name: 'Monday, March 30, 2026' }, { timeout: 5000 })
    await expect(within(monday).getAllByRole('button')[0]).toHaveAccessibleName(/^9:00 AM, Monday, March 30, 2026/)
  },
}

/** An instant booking: the result names the time, the zone, the host and where the confirmation goes. */
export const Confirmed: Story = {
  render: (args) => <Flow {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pickSlot(canvasElement)
    await fillAndBook(canvasElement)
    await canvas.findByRole('heading', { name: 'Booked' }, { timeout: 5000 })
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'confirmed')
    await expect(plain(canvas.getByRole('status').textContent)).toMatch(/^You're booked for Monday, March 23, 2026, 9:00 – 10:00 AM \(Central European Standard Time\) with Astrid Nielsen\./)
    await userEvent.click(canvas.getByRole('button', { name: 'Book another time' }))
    await canvas.findByRole('heading', { name: 'Choose a time' })
    // The booked hour is gone from Monday.
    const monday = await canvas.findByRole('group', { name: MONDAY })
    await waitFor(() => expect(within(monday).getAllByRole('button')[0]).toHaveAccessibleName(/^10:00 AM/))
  },
}

/** `graph: 'confirm_decline'`: the booking is tentative, and the result says the host has yet to confirm. */
export const PendingConfirmDecline: Story = {
  args: { booking: { graph: 'confirm_decline' } },
  render: (args) => <Flow {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pickSlot(canvasElement)
    await fillAndBook(canvasElement)
    await canvas.findByRole('heading', { name: 'Request sent' }, { timeout: 5000 })
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'pending')
    await expect(plain(canvas.getByRole('status').textContent)).toBe(
      'Your request for Monday, March 23, 2026, 9:00 – 10:00 AM (Central European Standard Time) with Astrid Nielsen ' +
        "is waiting for the host to confirm. We'll write to ada@example.com.",
    )
  },
}

/**
 * Someone else books the same hour a moment before: a 409, an alert, the
 * nearest free times as buttons; one of them goes back to the form with the
 * input kept, and books.
 */
export const SlotTakenWithAlternatives: Story = {
  render: (args) => <Flow {...args} kit={{ wrapFetch: bookingFaults.takenJustBefore }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pickSlot(canvasElement)
    await fillAndBook(canvasElement)
    await canvas.findByRole('heading', { name: 'Just taken' }, { timeout: 5000 })
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'slotTaken')
    await expect(plain(canvas.getByRole('alert').textContent)).toBe(
      'Someone booked Monday, March 23, 2026, 9:00 – 10:00 AM a moment ago. Your details are kept: pick another time.',
    )
    const list = await canvas.findByRole('list', { name: 'Free times nearby' }, { timeout: 5000 })
    const alternatives = within(list).getAllByRole('button')
    await expect(alternatives.length).toBeGreaterThan(0)
    await expect(alternatives.map((b) => b.getAttribute('aria-label'))).not.toContainEqual(expect.stringMatching(/^9:00 AM, Monday, March 23/))
    await expect(alternatives[0]).toHaveAccessibleName(/^10:00 AM, Monday, March 23, 2026 at 10:00 AM Central European Standard Time$/)
    await userEvent.click(alternatives[0]!)
    await canvas.findByRole('heading', { name: 'Your details' })
    await expectTyped(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Book it' }))
    await canvas.findByRole('heading', { name: 'Booked' }, { timeout: 5000 })
    await expect(plain(canvas.getByRole('status').textContent)).toMatch(/10:00 – 11:00 AM/)
  },
}

function DoubleSubmitDemo(props: Partial<BookingFlowRootProps>) {
  const [log] = useState(createRequestLog)
  return <Flow {...props} kit={{ latency: 400 }} log={log} />
}

/** A double click on "Book it" while the mock takes 400 ms: one `POST /bookings` in the request log. */
export const DoubleSubmitIgnored: Story = {
  render: (args) => <DoubleSubmitDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pickSlot(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: /^Name/ }), 'Ada Lovelace')
    await userEvent.type(canvas.getByRole('textbox', { name: /^E-mail/ }), 'ada@example.com')
    const submit = canvas.getByRole('button', { name: 'Book it' })
    await userEvent.dblClick(submit)
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-pending', 'true'))
    await userEvent.click(canvas.getByRole('button', { name: 'Booking…' }))
    await expect(canvas.getByRole('button', { name: 'Booking…' })).toHaveAttribute('aria-disabled', 'true')
    await canvas.findByRole('heading', { name: 'Booked' }, { timeout: 5000 })
    const log = within(canvas.getByRole('region', { name: 'Request log' }))
    await waitFor(() => expect(log.getAllByText(/^POST \/bookings\b/)).toHaveLength(1))
  },
}

/** Drives a failing booking to the error step and checks the alert, then "Try again" returns to the kept input. */
async function failAndRetry(canvasElement: HTMLElement, says: RegExp) {
  const canvas = within(canvasElement)
  await pickSlot(canvasElement)
  await fillAndBook(canvasElement)
  await canvas.findByRole('heading', { name: 'Booking failed' }, { timeout: 5000 })
  await expect(root(canvasElement)).toHaveAttribute('data-step', 'error')
  await expect(plain(canvas.getByRole('alert').textContent)).toMatch(says)
  await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
  await expect(await canvas.findByRole('heading', { name: 'Your details' })).toHaveFocus()
  await expectTyped(canvasElement)
}

/** The request never got an answer: the error says so, the input is kept, and a retry books. */
export const NetworkError: Story = {
  render: (args) => <Flow {...args} kit={{ wrapFetch: bookingFaults.network }} />,
  play: async ({ canvasElement }) => {
    await failAndRetry(canvasElement, /^The booking did not go through: The booking service could not be reached; check your connection\./)
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Book it' }))
    await canvas.findByRole('heading', { name: 'Booked' }, { timeout: 5000 })
  },
}

/** A gateway's HTML 503 page: the error names the status without dumping the page. */
export const ServiceUnavailable503: Story = {
  render: (args) => <Flow {...args} kit={{ wrapFetch: bookingFaults.serviceUnavailable }} />,
  play: async ({ canvasElement }) => {
    await failAndRetry(canvasElement, /^The booking did not go through: The booking service had a problem\./)
    await expect(within(canvasElement).queryByText(/<html|<center>/i)).toBeNull()
  },
}

const RETRY_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', timeStyle: 'short' })

/** A 429 with `Retry-After: 120`: the error tells the wall-clock time to try again, in the customer's zone. */
export const RateLimited429: Story = {
  render: (args) => <Flow {...args} kit={{ wrapFetch: bookingFaults.rateLimited }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pickSlot(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: /^Name/ }), 'Ada Lovelace')
    await userEvent.type(canvas.getByRole('textbox', { name: /^E-mail/ }), 'ada@example.com')
    // The retry time is read from the real clock when the 429 lands: either side of the click.
    const before = plain(RETRY_FORMAT.format(Date.now() + 120_000))
    await userEvent.click(canvas.getByRole('button', { name: 'Book it' }))
    await canvas.findByRole('heading', { name: 'Booking failed' }, { timeout: 5000 })
    const after = plain(RETRY_FORMAT.format(Date.now() + 120_000))
    const alert = plain(canvas.getByRole('alert').textContent)
    await expect([
      `Too many attempts. Please try again at ${before}. Your details are kept.`,
      `Too many attempts. Please try again at ${after}. Your details are kept.`,
    ]).toContain(alert)
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expectTyped(canvasElement)
  },
}

/** A 201 whose body was cut off: not taken for a booking; the error says the response could not be read. */
export const MalformedResponse: Story = {
  render: (args) => <Flow {...args} kit={{ wrapFetch: bookingFaults.malformed }} />,
  play: async ({ canvasElement }) => {
    await failAndRetry(canvasElement, /^The booking did not go through: The booking service sent an answer that could not be read\./)
  },
}

/** A 401 (the app key was revoked): an error step, not a confirmation, with the input kept. */
export const Unauthorized401: Story = {
  render: (args) => <Flow {...args} kit={{ wrapFetch: bookingFaults.unauthorized }} />,
  play: async ({ canvasElement }) => {
    await failAndRetry(canvasElement, /^The booking did not go through: This page is not allowed to book right now\./)
  },
}

/** A 422 on `customer.email`: the flow stays on the form and the message sits on the e-mail field. */
export const FieldErrors422: Story = {
  render: (args) => <Flow {...args} kit={{ wrapFetch: bookingFaults.fieldErrors }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pickSlot(canvasElement)
    await fillAndBook(canvasElement)
    const email = canvas.getByRole('textbox', { name: /^E-mail/ })
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 })
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'details')
    await expect(email).toHaveAccessibleDescription('This e-mail domain does not accept mail.')
    await expect(canvas.getByRole('textbox', { name: /^Name/ })).not.toHaveAttribute('aria-invalid')
    await expectTyped(canvasElement)
  },
}

function TwoFlowsDemo(props: Partial<BookingFlowRootProps>) {
  const [backend] = useState(() => createMockBackend({ ...createDemoSeed(NOW), now: NOW }))
  return (
    <>
      <ZoneSection label="Customer in Copenhagen">
        <Flow {...props} kit={{ backend, timeZone: 'Europe/Copenhagen', locale: 'en-GB' }} />
      </ZoneSection>
      <ZoneSection label="Customer in New York">
        <Flow {...props} kit={{ backend, timeZone: 'America/New_York', locale: 'en-US' }} />
      </ZoneSection>
    </>
  )
}

/**
 * Two flows of the same host on one page, in two zones: each its own times,
 * steps and focus; a booking in one leaves the other on its slot step.
 */
export const TwoFlowsTwoZones: Story = {
  render: (args) => <TwoFlowsDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const copenhagen = canvas.getByRole('region', { name: 'Customer in Copenhagen' })
    const newYork = canvas.getByRole('region', { name: 'Customer in New York' })
    const cphMonday = await within(copenhagen).findByRole('group', { name: /^Monday,? 23 March 2026$/ }, { timeout: 5000 })
    const nycMonday = await within(newYork).findByRole('group', { name: MONDAY }, { timeout: 5000 })
    await expect(within(cphMonday).getAllByRole('button')[0]).toHaveTextContent('09:00')
    await expect(within(nycMonday).getAllByRole('button')[0]).toHaveTextContent('4:00 AM')
    await userEvent.click(within(nycMonday).getAllByRole('button')[0]!)
    await expect(await within(newYork).findByRole('heading', { name: 'Your details' })).toHaveFocus()
    await expect(root(copenhagen)).toHaveAttribute('data-step', 'choosing')
    await expect(plain(within(newYork).getByText(/^Monday, March 23, 2026, 4:00/).textContent)).toBe(
      'Monday, March 23, 2026, 4:00 – 5:00 AM (Eastern Daylight Time) with Astrid Nielsen',
    )
    await userEvent.type(within(newYork).getByRole('textbox', { name: /^Name/ }), 'Dana Lee')
    await userEvent.type(within(newYork).getByRole('textbox', { name: /^E-mail/ }), 'dana@example.com')
    await userEvent.click(within(newYork).getByRole('button', { name: 'Book it' }))
    await within(newYork).findByRole('heading', { name: 'Booked' }, { timeout: 5000 })
    await expect(root(copenhagen)).toHaveAttribute('data-step', 'choosing')
    await expect(within(copenhagen).queryByRole('textbox')).toBeNull()
  },
}

/** At 360 px wide nothing overflows sideways, and the flow still books. */
export const Narrow360: Story = {
  parameters: {
    // 'padded' adds 16 px around a 360 px frame: the page itself then scrolls sideways at 360 px.
    layout: 'fullscreen',
    viewport: { options: { narrow: { name: '360 px', styles: { width: '360px', height: '740px' } } } },
  },
  globals: { viewport: { value: 'narrow' } },
  render: (args) => (
    <div data-testid="frame" style={{ width: 360, maxWidth: 360 }}>
      <Flow {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const frame = canvas.getByTestId('frame')
    await canvas.findByRole('group', { name: MONDAY }, { timeout: 5000 })
    await expect(frame.scrollWidth).toBeLessThanOrEqual(360)
    await pickSlot(canvasElement)
    await expect(frame.scrollWidth).toBeLessThanOrEqual(360)
    await fillAndBook(canvasElement)
    await canvas.findByRole('heading', { name: 'Booked' }, { timeout: 5000 })
    await expect(frame.scrollWidth).toBeLessThanOrEqual(360)
  },
}

function HostSubmitsDemo(props: Partial<BookingFlowRootProps>) {
  const [chosen, setChosen] = useState<{ slot: Slot; book: (values: BookingFormValues) => Promise<Booking | undefined> }>()
  const [booked, setBooked] = useState<string>()
  return (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-US">
      <BookingFlow.Root search={COPENHAGEN} {...props} hostSubmits onSlotSelect={setChosen}>
        <BookingFlow.Step when="choosing">
          <BookingFlow.StepHeading />
          <BookingFlow.Slots />
        </BookingFlow.Step>
        <BookingFlow.Step when={['confirmed', 'pending']}>
          <BookingFlow.StepHeading />
          <BookingFlow.Result />
        </BookingFlow.Step>
      </BookingFlow.Root>
      <section aria-label="Host page">
        <p>
          Chosen by the flow: <output aria-label="Host's slot">{chosen ? chosen.slot.start : 'nothing yet'}</output>
        </p>
        <button
          type="button"
          disabled={!chosen}
          onClick={async () => {
            const booking = await chosen?.book({ name: 'Grace Hopper', email: 'grace@example.com' })
            setBooked(booking?.id ?? 'nothing')
          }}
        >
          Book from the host page
        </button>
        <p>
          Booked: <output aria-label="Host's booking">{booked ?? 'nothing yet'}</output>
        </p>
      </section>
    </MockKit>
  )
}

/**
 * `hostSubmits` (booking-js's `disable_confirm_page`): choosing a slot stays on
 * the slot step and hands `{ slot, book }` to the host page, whose own button books.
 */
export const HostSubmits: Story = {
  render: (args) => <HostSubmitsDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const monday = await canvas.findByRole('group', { name: MONDAY }, { timeout: 5000 })
    await userEvent.click(within(monday).getAllByRole('button')[1]!)
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'choosing')
    await expect(canvas.queryByRole('textbox')).toBeNull()
    await expect(canvas.getByRole('status', { name: "Host's slot" })).toHaveTextContent('2026-03-23T')
    await userEvent.click(canvas.getByRole('button', { name: 'Book from the host page' }))
    await canvas.findByRole('heading', { name: 'Booked' }, { timeout: 5000 })
    // The values given to book() are the flow's: the result names the e-mail booked.
    await expect(plain(canvas.getByText(/^You're booked/).textContent)).toMatch(
      /^You're booked for Monday, March 23, 2026, 10:00 – 11:00 AM \(Central European Standard Time\) with Astrid Nielsen\. A confirmation is on its way to grace@example\.com\.$/,
    )
    await waitFor(() => expect(canvas.getByRole('status', { name: "Host's booking" })).not.toHaveTextContent(/nothing/))
  },
}
