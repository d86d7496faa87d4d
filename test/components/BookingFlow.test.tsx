// BookingFlow end to end against the mock backend: every step and transition through the
// default parts (choosing → details → submitting → confirmed | pending, slotTaken with
// alternatives, error with retry), the callbacks, focus on each step's heading, the result's
// wording, the host-submits mode, and axe in every state a person can reach.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import type { Booking, Slot } from '../../src/client'
import { SlotTakenError } from '../../src/client'
import { BookingFlow, fromBookingJsFields, prefillFromSearchParams, type BookingFlowStep } from '../../src/components'
import { DEMO_IDS } from '../../src/mock'
import { COPENHAGEN_SEARCH, createKit, holdRequests, renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'
import { BOOKING_JS_FIELDS_EXAMPLE, BOOKING_JS_LEGACY_EXAMPLE } from './support/bookingJsExamples'
import { expectTyped, fillDetails, FLOW_FIELDS, flowRoot, pickSlot, plain, submit, TUESDAY, TYPED } from './support/bookingFlowKit'

// Typing a whole form with user-event takes a few seconds in jsdom.
vi.setConfig({ testTimeout: 30_000 })

const isBookingPost = (method: string, path: string) => method === 'POST' && path === '/bookings'

describe('the happy path', () => {
  test('choosing → details → submitting → confirmed, focus on each heading, callbacks in order, axe in each', async () => {
    const user = userEvent.setup()
    const hold = holdRequests(isBookingPost)
    const calls: string[] = []
    const onStepChange = vi.fn((step: BookingFlowStep) => calls.push(`step:${step}`))
    const onBooked = vi.fn((booking: Booking) => calls.push(`booked:${booking.state}`))
    const onSubmit = vi.fn(() => void calls.push('submit'))
    const { container, kit } = renderWithKit(
      <BookingFlow.Root search={COPENHAGEN_SEARCH} fields={FLOW_FIELDS} onStepChange={onStepChange} onBooked={onBooked} onSubmit={onSubmit} />,
      { wrapFetch: hold.wrapFetch },
    )
    expect(flowRoot(container).dataset.step).toBe('choosing')
    expect(screen.getByRole('heading', { name: 'Choose a time' })).toBeTruthy()
    await screen.findByRole('group', { name: TUESDAY })
    await expectNoAxeViolations(container)

    await pickSlot(user)
    expect(flowRoot(container).dataset.step).toBe('details')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your details' }))
    expect(screen.getByText(`${TUESDAY}, 9:00 – 10:00 AM (Central European Standard Time) with Astrid Nielsen`)).toBeTruthy()
    await expectNoAxeViolations(container)

    await fillDetails(user)
    await submit(user)
    expect(flowRoot(container).dataset.step).toBe('submitting')
    expect(flowRoot(container).dataset.pending).toBe('true')
    expect(screen.getByRole('button', { name: 'Booking…' }).getAttribute('aria-disabled')).toBe('true')
    expectTyped()
    await expectNoAxeViolations(container)

    hold.release()
    await screen.findByRole('heading', { name: 'Booked' })
    expect(flowRoot(container).dataset.step).toBe('confirmed')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Booked' }))
    expect(plain(screen.getByRole('status').textContent)).toBe(
      `You're booked for ${TUESDAY}, 9:00 – 10:00 AM (Central European Standard Time) with Astrid Nielsen. A confirmation is on its way to ${TYPED.email}.`,
    )
    expect(calls).toEqual(['step:details', 'submit', 'step:submitting', 'step:confirmed', 'booked:confirmed'])
    await expectNoAxeViolations(container)

    const sent = kit.requests.find((r) => isBookingPost(r.method, r.path))!.body
    expect(sent).toMatchObject({
      resource_id: DEMO_IDS.copenhagen,
      graph: 'instant',
      start: '2026-03-24T08:00:00+00:00',
      customer: {
        name: TYPED.name,
        email: TYPED.email,
        timezone: 'Europe/Copenhagen',
        phone: TYPED.phone,
        comment: TYPED.comment,
        department: 'Design',
        terms: true,
        topics: ['Support'],
      },
      what: `Meeting with ${TYPED.name}`,
      where: 'TBD',
    })

    await user.click(screen.getByRole('button', { name: 'Book another time' }))
    expect(flowRoot(container).dataset.step).toBe('choosing')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Choose a time' }))
    expect(onStepChange).toHaveBeenLastCalledWith('choosing')
  })

  test("confirm_decline ends on 'pending': the host has yet to confirm", async () => {
    const user = userEvent.setup()
    const onBooked = vi.fn()
    const { container } = renderWithKit(
      <BookingFlow.Root search={COPENHAGEN_SEARCH} booking={{ graph: 'confirm_decline', what: 'Consultation', where: 'Online' }} onBooked={onBooked} />,
    )
    await pickSlot(user, TUESDAY, 1)
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Ada')
    await user.type(screen.getByRole('textbox', { name: /^E-mail/ }), 'ada@example.com')
    await submit(user)
    await screen.findByRole('heading', { name: 'Request sent' })
    expect(flowRoot(container).dataset.step).toBe('pending')
    expect(plain(screen.getByRole('status').textContent)).toBe(
      `Your request for ${TUESDAY}, 11:00 AM – 12:00 PM (Central European Standard Time) with Astrid Nielsen is waiting for the host to confirm. We'll write to ada@example.com.`,
    )
    expect(onBooked.mock.lastCall![0]).toMatchObject({ state: 'tentative', graph: 'confirm_decline' })
    await expectNoAxeViolations(container)
    await user.click(screen.getByRole('button', { name: 'Book another time' }))
    expect(flowRoot(container).dataset.step).toBe('choosing')
  })

  test("the result is in the customer's zone and locale (de-DE, New York, 24-hour)", async () => {
    const user = userEvent.setup()
    const kit = createKit({ provider: { locale: 'de-DE', defaultTimeZone: 'America/New_York' } })
    render(
      <kit.Provider>
        <BookingFlow.Root search={COPENHAGEN_SEARCH} hourCycle="h23" />
      </kit.Provider>,
    )
    // 9:00 in Copenhagen is 4:00 in New York (the US is already on summer time).
    const group = await screen.findByRole('group', { name: 'Dienstag, 24. März 2026' })
    await user.click(within(group).getAllByRole('button')[0]!)
    expect(await screen.findByText(/^Dienstag, 24\. März 2026, 04:00\s?–\s?05:00/)).toBeTruthy()
    expect(screen.getByText(/Nordamerikanische Ostküsten-Sommerzeit/)).toBeTruthy()
  })

  test('onSubmit can change the payload or cancel the booking', async () => {
    const user = userEvent.setup()
    let cancel = true
    const onSubmit = vi.fn((payload: { what?: string }) => (cancel ? false : { ...payload, what: 'Changed title' }))
    const { container, kit } = renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} onSubmit={onSubmit as never} />)
    await pickSlot(user)
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Ada')
    await user.type(screen.getByRole('textbox', { name: /^E-mail/ }), 'ada@example.com')
    await submit(user)
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(kit.count('POST', '/bookings')).toBe(0)
    expect(flowRoot(container).dataset.step).toBe('details')
    cancel = false
    await submit(user)
    await screen.findByRole('heading', { name: 'Booked' })
    expect(kit.requests.find((r) => isBookingPost(r.method, r.path))!.body).toMatchObject({ what: 'Changed title' })
  })
})

describe('slot taken (409)', () => {
  test('slotTaken offers the nearest alternatives; picking one returns to details with the input kept', async () => {
    const user = userEvent.setup()
    const onSlotTaken = vi.fn()
    const onBookingError = vi.fn()
    const onSlotSelect = vi.fn()
    const { container, kit } = renderWithKit(
      <BookingFlow.Root
        search={COPENHAGEN_SEARCH}
        fields={FLOW_FIELDS}
        onSlotTaken={onSlotTaken}
        onBookingError={onBookingError}
        onSlotSelect={onSlotSelect}
      />,
    )
    await pickSlot(user)
    const chosen = onSlotSelect.mock.lastCall![0].slot as Slot
    await fillDetails(user)
    const behind = await kit.backend.fetch('http://mock.local/v2/bookings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ resource_id: DEMO_IDS.copenhagen, start: chosen.start, end: chosen.end, customer: { name: 'Else', email: 'else@example.com' } }),
    })
    expect(behind.status).toBe(201)
    await submit(user)

    await screen.findByRole('heading', { name: 'Just taken' })
    expect(flowRoot(container).dataset.step).toBe('slotTaken')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Just taken' }))
    expect(plain(screen.getByRole('alert').textContent)).toBe(
      `Someone booked ${TUESDAY}, 9:00 – 10:00 AM a moment ago. Your details are kept: pick another time.`,
    )
    expect(onSlotTaken.mock.lastCall![0].slot).toEqual(chosen)
    expect(onSlotTaken.mock.lastCall![0].error).toBeInstanceOf(SlotTakenError)
    expect(onBookingError.mock.lastCall![0]).toBeInstanceOf(SlotTakenError)
    const list = await screen.findByRole('list', { name: 'Free times nearby' })
    const alternatives = within(list).getAllByRole('button')
    expect(alternatives.length).toBeGreaterThan(0)
    expect(alternatives[0]!.getAttribute('aria-label')).toMatch(/^11:00 AM, Tuesday, March 24, 2026 at 11:00 AM/)
    await expectNoAxeViolations(container)

    await user.click(alternatives[0]!)
    expect(flowRoot(container).dataset.step).toBe('details')
    expect(screen.getByText(`${TUESDAY}, 11:00 AM – 12:00 PM (Central European Standard Time) with Astrid Nielsen`)).toBeTruthy()
    expectTyped()
    await submit(user)
    await screen.findByRole('heading', { name: 'Booked' })
  })

  test("'Choose another time' goes back to the slot step with the taken slot's day", async () => {
    const user = userEvent.setup()
    const onSlotSelect = vi.fn()
    const { container, kit } = renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} onSlotSelect={onSlotSelect} />)
    await pickSlot(user)
    const chosen = onSlotSelect.mock.lastCall![0].slot as Slot
    await kit.backend.fetch('http://mock.local/v2/bookings', {
      method: 'POST',
      body: JSON.stringify({ resource_id: DEMO_IDS.copenhagen, start: chosen.start, end: chosen.end, customer: { name: 'Else', email: 'else@example.com' } }),
    })
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Ada')
    await user.type(screen.getByRole('textbox', { name: /^E-mail/ }), 'ada@example.com')
    await submit(user)
    await screen.findByRole('heading', { name: 'Just taken' })
    await user.click(screen.getByRole('button', { name: 'Choose another time' }))
    expect(flowRoot(container).dataset.step).toBe('choosing')
    await screen.findByRole('group', { name: TUESDAY })
    await pickSlot(user)
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveProperty('value', 'Ada')
  })
})

describe('host submits (disable_confirm_page)', () => {
  test('choosing hands over the slot and book(values); the flow shows the result of that booking', async () => {
    const user = userEvent.setup()
    const onSlotSelect = vi.fn()
    const onStepChange = vi.fn()
    const { container, kit } = renderWithKit(
      <BookingFlow.Root search={COPENHAGEN_SEARCH} hostSubmits onSlotSelect={onSlotSelect} onStepChange={onStepChange} />,
    )
    const group = await screen.findByRole('group', { name: TUESDAY })
    await user.click(within(group).getAllByRole('button')[0]!)
    expect(flowRoot(container).dataset.step).toBe('choosing')
    expect(screen.queryByRole('form')).toBeNull()
    const { slot, book } = onSlotSelect.mock.lastCall![0] as { slot: Slot; book: (v: Record<string, string>) => Promise<Booking | undefined> }
    expect(slot.start).toBe('2026-03-24T08:00:00+00:00')
    const booking = await book({ name: 'Host Page', email: 'host@example.com' })
    expect(booking).toMatchObject({ state: 'confirmed' })
    await screen.findByRole('heading', { name: 'Booked' })
    expect(onStepChange.mock.calls.map((c) => c[0])).toEqual(['submitting', 'confirmed'])
    expect(kit.requests.find((r) => isBookingPost(r.method, r.path))!.body).toMatchObject({ customer: { name: 'Host Page', email: 'host@example.com' } })
  })

  test('the host can book again after Book another time; an old book() over a finished booking sends nothing', async () => {
    const user = userEvent.setup()
    const onSlotSelect = vi.fn()
    const onBooked = vi.fn()
    const { kit } = renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} hostSubmits onSlotSelect={onSlotSelect} onBooked={onBooked} />)
    await user.click(within(await screen.findByRole('group', { name: TUESDAY })).getAllByRole('button')[0]!)
    type Book = (v: Record<string, string>) => Promise<Booking | undefined>
    await (onSlotSelect.mock.lastCall![0].book as Book)({ name: 'Host Page', email: 'host@example.com' })
    await screen.findByRole('heading', { name: 'Booked' })
    await user.click(screen.getByRole('button', { name: 'Book another time' }))
    await user.click(within(await screen.findByRole('group', { name: TUESDAY })).getAllByRole('button')[1]!)
    const firstBook = onSlotSelect.mock.calls[0]![0].book as Book
    const secondBook = onSlotSelect.mock.lastCall![0].book as Book
    expect(await secondBook({ name: 'Host Page', email: 'host@example.com' })).toMatchObject({ state: 'confirmed' })
    expect(onBooked).toHaveBeenCalledTimes(2)
    await screen.findByRole('heading', { name: 'Booked' })
    expect(plain(screen.getByRole('status').textContent)).toBe(
      `You're booked for ${TUESDAY}, 12:00 – 1:00 PM (Central European Standard Time) with Astrid Nielsen. A confirmation is on its way to host@example.com.`,
    )
    // An old book() over a finished booking sends nothing: its answer would have nowhere to go.
    expect(await firstBook({ name: 'Again', email: 'again@example.com' })).toBeUndefined()
    expect(kit.count('POST', '/bookings')).toBe(2)
  })

  test('a second book() while the first is in flight sends nothing', async () => {
    const user = userEvent.setup()
    const hold = holdRequests(isBookingPost)
    const onSlotSelect = vi.fn()
    const { kit } = renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} hostSubmits onSlotSelect={onSlotSelect} />, { wrapFetch: hold.wrapFetch })
    await user.click(within(await screen.findByRole('group', { name: TUESDAY })).getAllByRole('button')[0]!)
    const { book } = onSlotSelect.mock.lastCall![0] as { book: (v: Record<string, string>) => Promise<Booking | undefined> }
    const values = { name: 'Host Page', email: 'host@example.com' }
    const first = book(values)
    await vi.waitFor(() => expect(kit.count('POST', '/bookings')).toBe(1))
    expect(await book(values)).toBeUndefined()
    hold.release()
    expect(await first).toMatchObject({ state: 'confirmed' })
    expect(kit.count('POST', '/bookings')).toBe(1)
  })
})

describe('going back', () => {
  test('back from details keeps the chosen slot selected and the input', async () => {
    const user = userEvent.setup()
    const onStepChange = vi.fn()
    const { container } = renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} fields={FLOW_FIELDS} onStepChange={onStepChange} />)
    await pickSlot(user, TUESDAY, 2)
    await fillDetails(user)
    await user.click(screen.getByRole('button', { name: 'Back to all times' }))
    expect(flowRoot(container).dataset.step).toBe('choosing')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Choose a time' }))
    const group = await screen.findByRole('group', { name: TUESDAY })
    expect(within(group).getAllByRole('button').map((b) => b.dataset.selected ?? '')).toEqual(['', '', 'true', '', '', '', ''])
    await pickSlot(user, TUESDAY, 2)
    expectTyped()
    expect(onStepChange.mock.calls.map((c) => c[0])).toEqual(['details', 'choosing', 'details'])
  })

  test('parts outside the root throw; a custom layout renders its own steps', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<BookingFlow.StepHeading />)).toThrow('<BookingFlow.StepHeading> must be used within <BookingFlow.Root>')
    spy.mockRestore()
    renderWithKit(
      <BookingFlow.Root search={COPENHAGEN_SEARCH} className={(s) => `flow-${s.step}`}>
        <BookingFlow.Step when="choosing">
          <BookingFlow.StepHeading>{(s) => `Step: ${s.step}`}</BookingFlow.StepHeading>
        </BookingFlow.Step>
      </BookingFlow.Root>,
    )
    expect(screen.getByRole('heading', { name: 'Step: choosing' }).parentElement?.className).toBe('flow-choosing')
  })
})

describe("booking-js's example configs in the flow", () => {
  test('public/fields.htm books with its custom fields in customer and description', async () => {
    const user = userEvent.setup()
    const { container, kit } = renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} fields={fromBookingJsFields(BOOKING_JS_FIELDS_EXAMPLE)} />)
    await pickSlot(user)
    await user.type(screen.getByRole('textbox', { name: 'Your name please' }), 'Doc Brown')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'Sales')
    await user.click(screen.getByRole('checkbox', { name: 'I accept terms & conditions' }))
    await expectNoAxeViolations(container)
    await submit(user)
    await screen.findByRole('heading', { name: 'Booked' })
    const sent = kit.requests.find((r) => isBookingPost(r.method, r.path))!.body as { customer: unknown; description: string }
    expect(sent.customer).toEqual({
      name: 'Doc Brown',
      email: 'doc.brown@timekit.io',
      timezone: 'Europe/Copenhagen',
      comment: 'This is a comment',
      department: 'Sales',
      terms: true,
    })
    expect(sent.description).toBe(
      'Your name please: Doc Brown\nE-mail: doc.brown@timekit.io\nComment: This is a comment\nDepartment: Sales\nI accept terms & conditions: Yes',
    )
  })

  test('examples/fields.htm with ?customer.name= prefill: locked fields are sent as prefilled, location is where', async () => {
    const user = userEvent.setup()
    const { fields } = prefillFromSearchParams('?customer.name=Marty%20McFly&customer.voip=someone.else', fromBookingJsFields(BOOKING_JS_LEGACY_EXAMPLE))
    const { kit } = renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} fields={fields} />)
    await pickSlot(user)
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'Marty McFly')
    expect(screen.getByRole('textbox', { name: /^Voip/ })).toMatchObject({ value: 'someone.else', readOnly: true })
    await user.type(screen.getByRole('textbox', { name: /^Phone/ }), '+1 555 0100')
    await user.type(screen.getByRole('textbox', { name: 'Location' }), 'Hill Valley')
    await submit(user)
    await screen.findByRole('heading', { name: 'Booked' })
    expect(kit.requests.find((r) => isBookingPost(r.method, r.path))!.body).toMatchObject({
      where: 'Hill Valley',
      what: 'Meeting with Marty McFly',
      customer: { name: 'Marty McFly', email: 'doc.brown@timekit.io', phone: '+1 555 0100', voip: 'someone.else', where: 'Hill Valley' },
    })
  })
})
