// The RescheduleFlow: every step (loading, choosing, confirming, submitting, done, slotTaken,
// refused, error) and the transitions between them, against the mock backend with the demo seed.
// Host zone Pacific/Auckland, customer zone Copenhagen, now = Monday 2026-03-23 09:00 in Copenhagen.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { SlotTakenError, ValidationError, type Booking } from '../../src/client'
import { RescheduleFlow, type RescheduleFlowState } from '../../src/components'
import { BASE_URL, holdRequests, renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'

const CONFIRMED = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb01'
const WEDNESDAY = 'Wednesday, March 25, 2026'
const at = (iso: string) => Date.parse(iso)
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name })
const root = (container: HTMLElement) => container.firstElementChild as HTMLElement

/** Waits for the slot step and activates Wednesday's 3:00 PM (14:00Z; 1–2 PM is Astrid's lunch). */
async function chooseWednesdayThreePm(user: ReturnType<typeof userEvent.setup>) {
  const group = await screen.findByRole('group', { name: WEDNESDAY })
  await user.click(within(group).getByRole('button', { name: /^3:00 PM, / }))
  await heading('Confirm the new time')
}

describe('RescheduleFlow: the happy path', () => {
  test('loading, then the slot step with the old time in the customer zone', async () => {
    const { container } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} />)
    expect(root(container).getAttribute('data-step')).toBe('loading')
    expect(root(container).getAttribute('data-loading')).toBe('true')
    // A busy ancestor would silence the loading status inside it.
    expect(root(container).hasAttribute('aria-busy')).toBe(false)
    expect(screen.getByRole('status').textContent).toBe('Loading your booking…')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Your booking')
    await expectNoAxeViolations(container)

    await heading('Choose a new time')
    // The load finishing is not a person's action: focus stays where it was.
    expect(document.activeElement).toBe(document.body)
    expect(root(container).getAttribute('data-step')).toBe('choosing')
    expect(root(container).hasAttribute('data-loading')).toBe(false)
    expect(screen.getByText(/^Current time:/).textContent).toMatch(
      /^Current time: Tuesday, March 24, 2026, 10:00\s–\s11:00\sAM \(Central European Standard Time\)$/,
    )
    // The search is the booking's resource and length: Astrid's one-hour slots.
    const wednesday = await screen.findByRole('group', { name: WEDNESDAY })
    const names = within(wednesday).getAllByRole('button').map((b) => b.getAttribute('aria-label'))
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(name).toMatch(/, with Astrid Nielsen$/)
    await expectNoAxeViolations(container)
  })

  test('the old time follows the provider zone (New York: EDT already)', async () => {
    renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} />, { provider: { defaultTimeZone: 'America/New_York' } })
    await heading('Choose a new time')
    expect(screen.getByText(/^Current time:/).textContent).toMatch(/Tuesday, March 24, 2026, 5:00\s–\s6:00\sAM \(Eastern Daylight Time\)$/)
  })

  test('choose → confirm (old and new time, message to the host) → done; the backend moved the booking', async () => {
    const user = userEvent.setup()
    const onRescheduled = vi.fn()
    const onStepChange = vi.fn()
    const { container, kit } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} onRescheduled={onRescheduled} onStepChange={onStepChange} />)
    await chooseWednesdayThreePm(user)
    const confirmHeading = screen.getByRole('heading', { level: 2 })
    expect(document.activeElement).toBe(confirmHeading)
    expect(root(container).getAttribute('data-step')).toBe('confirming')
    expect(screen.getByText(/^Current time:/).textContent).toMatch(/Tuesday, March 24, 2026, 10:00/)
    expect(screen.getByText(/^New time:/).textContent).toMatch(/^New time: Wednesday, March 25, 2026, 3:00\s–\s4:00\sPM \(Central European Standard Time\)$/)
    const field = screen.getByRole('textbox', { name: 'Message to the host (optional)' })
    expect(field.tagName).toBe('TEXTAREA')
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByText('Tell the host why you are moving the booking.').id)
    await user.type(field, 'A clash at work, sorry')
    await expectNoAxeViolations(container)

    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    await heading('Rescheduled')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }))
    expect(screen.getByRole('status').textContent).toMatch(
      /^Your booking moved from Tuesday, March 24, 2026, 10:00\s–\s11:00\sAM \(Central European Standard Time\) to Wednesday, March 25, 2026, 3:00\s–\s4:00\sPM \(Central European Standard Time\)\.$/,
    )
    const sent = kit.requests.find((r) => r.method === 'POST' && r.path === `/bookings/${CONFIRMED}/reschedule`)
    expect(sent?.body).toEqual({
      start: expect.any(String),
      end: expect.any(String),
      resource_id: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e001',
      message: 'A clash at work, sorry',
    })
    const body = sent!.body as { start: string; end: string }
    expect([at(body.start), at(body.end)]).toEqual([at('2026-03-25T14:00:00Z'), at('2026-03-25T15:00:00Z')])
    expect(onRescheduled).toHaveBeenCalledTimes(1)
    const moved = onRescheduled.mock.lastCall![0] as Booking
    expect(moved.id).toBe(CONFIRMED)
    expect(at(moved.attributes!.event_info!.start)).toBe(at('2026-03-25T14:00:00Z'))
    expect(onStepChange.mock.calls.map((c) => c[0])).toEqual(['choosing', 'confirming', 'submitting', 'done'])
    // The old time stays the old one after the cache refetches the moved booking.
    await waitFor(() => expect(kit.count('GET', `/bookings/${CONFIRMED}`)).toBe(2))
    expect(screen.getByRole('status').textContent).toMatch(/from Tuesday, March 24/)
    const stored = await (await kit.backend.fetch(`${BASE_URL}/bookings/${CONFIRMED}?include=attributes`)).json()
    expect(at(stored.data.attributes.event_info.start)).toBe(at('2026-03-25T14:00:00Z'))
    expect(stored.data.state).toBe('confirmed')
    await expectNoAxeViolations(container)
  })

  test('an empty message is not sent', async () => {
    const user = userEvent.setup()
    const { kit } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} />)
    await chooseWednesdayThreePm(user)
    await user.type(screen.getByRole('textbox'), '   ')
    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    await heading('Rescheduled')
    const sent = kit.requests.find((r) => r.path === `/bookings/${CONFIRMED}/reschedule`)
    expect(sent?.body).not.toHaveProperty('message')
  })

  test('submitting: the button says so, stays focusable, and a second press sends nothing', async () => {
    const user = userEvent.setup()
    const hold = holdRequests((method, path) => method === 'POST' && path.endsWith('/reschedule'))
    const { container, kit } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} />, { wrapFetch: hold.wrapFetch })
    await chooseWednesdayThreePm(user)
    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    const submit = await screen.findByRole('button', { name: 'Rescheduling…' })
    expect(root(container).getAttribute('data-step')).toBe('submitting')
    expect(root(container).getAttribute('data-pending')).toBe('true')
    expect(root(container).getAttribute('aria-busy')).toBe('true')
    expect(submit.getAttribute('aria-disabled')).toBe('true')
    expect(document.activeElement).toBe(submit)
    expect(screen.getByRole('textbox').hasAttribute('readonly')).toBe(true)
    await expectNoAxeViolations(container)
    await user.click(submit)
    expect(kit.count('POST', `/bookings/${CONFIRMED}/reschedule`)).toBe(1)
    hold.release()
    await heading('Rescheduled')
    expect(kit.count('POST', `/bookings/${CONFIRMED}/reschedule`)).toBe(1)
  })

  test('Back from the confirmation returns to the slots with the choice kept', async () => {
    const user = userEvent.setup()
    renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} />)
    await chooseWednesdayThreePm(user)
    await user.type(screen.getByRole('textbox'), 'Kept')
    await user.click(screen.getByRole('button', { name: 'Back to all times' }))
    await heading('Choose a new time')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }))
    const group = await screen.findByRole('group', { name: WEDNESDAY })
    expect(within(group).getByRole('button', { name: /^3:00 PM, / }).hasAttribute('data-selected')).toBe(true)
    await user.click(within(group).getByRole('button', { name: /^4:00 PM, / }))
    await heading('Confirm the new time')
    expect(screen.getByText(/^New time:/).textContent).toMatch(/4:00\s–\s5:00\sPM/)
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Kept')
  })
})

describe('RescheduleFlow: 409, refusals and failures', () => {
  test('409: slotTaken with alternatives; an alternative goes to the confirmation; Back to the slots', async () => {
    const user = userEvent.setup()
    const onError = vi.fn()
    const { container, kit } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} onError={onError} />)
    await chooseWednesdayThreePm(user)
    // Someone else books the same hour behind the page's back.
    const other = await kit.backend.fetch(`${BASE_URL}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        resource_id: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e001',
        start: '2026-03-25T14:00:00Z',
        end: '2026-03-25T15:00:00Z',
        customer: { name: 'Other', email: 'other@example.com' },
      }),
    })
    expect(other.status).toBe(201)
    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    await heading('Just taken')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }))
    expect(root(container).getAttribute('data-step')).toBe('slotTaken')
    expect(screen.getByRole('alert').textContent).toMatch(/^Someone booked Wednesday, March 25, 2026, 3:00\s–\s4:00\sPM a moment ago\./)
    expect(onError.mock.lastCall![0]).toBeInstanceOf(SlotTakenError)
    const list = await screen.findByRole('list', { name: 'Free times nearby' })
    const options = within(list).getAllByRole('button')
    expect(options.length).toBeGreaterThan(0)
    for (const option of options) expect(option.getAttribute('aria-label')!.startsWith(`${option.textContent}, `)).toBe(true)
    await expectNoAxeViolations(container)

    const first = options[0]!
    const label = first.getAttribute('aria-label')!
    await user.click(first)
    await heading('Confirm the new time')
    // The confirmation shows the alternative: its day, and a range starting at its visible time.
    const newTime = screen.getByText(/^New time:/).textContent!
    expect(newTime).toContain(/^[^,]+, (.+?) at /.exec(label)![1]!)
    expect(newTime).toContain(`, ${first.textContent!.replace(/\s(AM|PM)$/, '')}`)

    // A second 409 path: Back from slotTaken goes to the slots.
    await user.click(screen.getByRole('button', { name: 'Back to all times' }))
    await heading('Choose a new time')
  })

  test('Choose another time from slotTaken returns to the slot step', async () => {
    const user = userEvent.setup()
    const { kit } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} />)
    await chooseWednesdayThreePm(user)
    await kit.backend.fetch(`${BASE_URL}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        resource_id: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e001',
        start: '2026-03-25T14:00:00Z',
        end: '2026-03-25T15:00:00Z',
        customer: { name: 'Other', email: 'other@example.com' },
      }),
    })
    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    await heading('Just taken')
    await user.click(screen.getByRole('button', { name: 'Choose another time' }))
    await heading('Choose a new time')
  })

  test.each([
    ['d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb04', "This booking is cancelled and can't be moved."],
    ['d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb02', "This booking is waiting for the host to confirm and can't be moved."],
    ['d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb06', "This booking is completed and can't be moved."],
  ])('refused at load when possible_actions has no reschedule (%s)', async (id, text) => {
    const { container, kit } = renderWithKit(<RescheduleFlow.Root bookingId={id} />)
    await heading("Can't reschedule")
    expect(root(container).getAttribute('data-step')).toBe('refused')
    expect(screen.getByRole('alert').textContent).toBe(text)
    // Nothing offers a move: no slots, no submit.
    expect(screen.queryByRole('group')).toBeNull()
    expect(screen.queryByRole('button')).toBeNull()
    expect(kit.count('POST')).toBe(0)
    await expectNoAxeViolations(container)
  })

  test('a 422 on send (cancelled meanwhile) names the state', async () => {
    const user = userEvent.setup()
    const onError = vi.fn()
    const { container, kit } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} onError={onError} />)
    await chooseWednesdayThreePm(user)
    const cancel = await kit.backend.fetch(`${BASE_URL}/bookings/${CONFIRMED}/cancel`, { method: 'PUT', body: '{}', headers: { 'Content-Type': 'application/json' } })
    expect(cancel.status).toBe(200)
    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    await heading("Can't reschedule")
    expect(root(container).getAttribute('data-step')).toBe('refused')
    expect(screen.getByRole('alert').textContent).toBe("This booking is cancelled and can't be moved.")
    expect(onError.mock.lastCall![0]).toBeInstanceOf(ValidationError)
    expect(screen.queryByRole('button')).toBeNull()
    await expectNoAxeViolations(container)
  })

  test('a failed load: error with retry; the retry loads again', async () => {
    const user = userEvent.setup()
    let failures = 1
    const wrapFetch = (next: typeof fetch): typeof fetch => async (input, init) => {
      if ((init?.method ?? 'GET') === 'GET' && String(input).includes(`/bookings/${CONFIRMED}`) && failures-- > 0) {
        return new Response(JSON.stringify({ error: 'Upstream down' }), { status: 503, headers: { 'Content-Type': 'application/json' } })
      }
      return next(input, init)
    }
    const onError = vi.fn()
    const { container, kit } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} onError={onError} />, { wrapFetch })
    await heading('Something went wrong')
    expect(root(container).getAttribute('data-step')).toBe('error')
    expect(screen.getByRole('alert').textContent).toMatch(/^We couldn't load this booking: The booking service had a problem\./)
    expect(onError).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('button', { name: 'Back to all times' })).toBeNull()
    await expectNoAxeViolations(container)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await heading('Choose a new time')
    // The retry was a person's action: the pressed button is gone, focus is on the new step.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }))
    expect(kit.count('GET', `/bookings/${CONFIRMED}`)).toBe(2)
  })

  test('an unknown booking: the retry fails again and stays on error', async () => {
    const user = userEvent.setup()
    const { kit } = renderWithKit(<RescheduleFlow.Root bookingId="no-such-booking" />)
    await heading('Something went wrong')
    expect(screen.getByRole('alert').textContent).toMatch(/^We couldn't load this booking: The booking service could not find it\./)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(kit.count('GET', '/bookings/no-such-booking')).toBe(2))
    await heading('Something went wrong')
  })

  test('a failed send: error, Try again returns to the confirmation with the message kept, then done', async () => {
    const user = userEvent.setup()
    let failures = 1
    const wrapFetch = (next: typeof fetch): typeof fetch => async (input, init) => {
      if (init?.method === 'POST' && String(input).includes('/reschedule') && failures-- > 0) throw new TypeError('Failed to fetch')
      return next(input, init)
    }
    const { container } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} />, { wrapFetch })
    await chooseWednesdayThreePm(user)
    await user.type(screen.getByRole('textbox'), 'Sorry')
    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    await heading('Something went wrong')
    expect(screen.getByRole('alert').textContent).toMatch(/^The booking was not moved: The booking service could not be reached; check your connection\. It keeps its current time\.$/)
    await expectNoAxeViolations(container)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await heading('Confirm the new time')
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Sorry')
    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    await heading('Rescheduled')
  })

  test('Back from a failed send goes to the slots', async () => {
    const user = userEvent.setup()
    const wrapFetch = (next: typeof fetch): typeof fetch => async (input, init) => {
      if (init?.method === 'POST' && String(input).includes('/reschedule')) throw new TypeError('Failed to fetch')
      return next(input, init)
    }
    renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} />, { wrapFetch })
    await chooseWednesdayThreePm(user)
    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    await heading('Something went wrong')
    await user.click(screen.getByRole('button', { name: 'Back to all times' }))
    await heading('Choose a new time')
  })
})

describe('RescheduleFlow: the alternatives after a 409', () => {
  /** Books Wednesday 3 PM behind the page's back, then sends the reschedule. */
  async function conflict(user: ReturnType<typeof userEvent.setup>, backend: { fetch: typeof fetch }) {
    await chooseWednesdayThreePm(user)
    await backend.fetch(`${BASE_URL}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        resource_id: 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e001',
        start: '2026-03-25T14:00:00Z',
        end: '2026-03-25T15:00:00Z',
        customer: { name: 'Other', email: 'other@example.com' },
      }),
    })
    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    await heading('Just taken')
  }

  /** After the 409, availability searches (the alternatives) wait for `release`, or answer `answer`. */
  function afterConflict(answer?: () => Response) {
    let conflicted = false
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const wrapFetch = (next: typeof fetch): typeof fetch => async (input, init) => {
      const url = String(input)
      if (conflicted && init?.method === 'POST' && url.includes('/availability')) {
        if (answer) return answer()
        await gate
      }
      const response = await next(input, init)
      if (url.includes('/reschedule') && response.status === 409) conflicted = true
      return response
    }
    return { wrapFetch, release: () => release() }
  }

  test('while they load: a polite status; then the list', async () => {
    const user = userEvent.setup()
    const held = afterConflict()
    const { container, kit } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} />, { wrapFetch: held.wrapFetch })
    await conflict(user, kit.backend)
    const status = await screen.findByRole('status')
    expect(status.textContent).toBe('Looking for free times nearby…')
    expect(status.hasAttribute('data-pending')).toBe(true)
    await expectNoAxeViolations(container)
    held.release()
    expect(within(await screen.findByRole('list', { name: 'Free times nearby' })).getAllByRole('button').length).toBeGreaterThan(0)
  })

  test('none found: says so and offers the calendar', async () => {
    const user = userEvent.setup()
    const empty = afterConflict(() => new Response(JSON.stringify({ data: [] }), { status: 200, headers: { 'Content-Type': 'application/json' } }))
    const { container, kit } = renderWithKit(
      <RescheduleFlow.Root bookingId={CONFIRMED}>
        <RescheduleFlow.StepHeading />
        <RescheduleFlow.Step when="choosing">
          <RescheduleFlow.Slots />
        </RescheduleFlow.Step>
        <RescheduleFlow.Step when="confirming">
          <RescheduleFlow.Submit />
        </RescheduleFlow.Step>
        <RescheduleFlow.Step when="slotTaken">
          <RescheduleFlow.Alternatives className={(s: RescheduleFlowState) => `alternatives-${s.alternatives.length}`} />
          <RescheduleFlow.Back />
        </RescheduleFlow.Step>
      </RescheduleFlow.Root>,
      { wrapFetch: empty.wrapFetch },
    )
    await conflict(user, kit.backend)
    const none = await screen.findByText('No free times nearby. Choose another time from the calendar.')
    expect(none.hasAttribute('data-empty')).toBe(true)
    expect(none.className).toBe('alternatives-0')
    expect(screen.queryByRole('list')).toBeNull()
    expect(screen.getByRole('button', { name: 'Choose another time' })).toBeTruthy()
    await expectNoAxeViolations(container)
  })
})

describe('RescheduleFlow: too many attempts', () => {
  test('a 429 says when to try again, in the customer zone; the retry sends again', async () => {
    const user = userEvent.setup()
    let failures = 1
    const wrapFetch = (next: typeof fetch): typeof fetch => async (input, init) => {
      if (init?.method === 'POST' && String(input).includes('/reschedule') && failures-- > 0) {
        return new Response(JSON.stringify({ error: 'Too many requests' }), { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '60' } })
      }
      return next(input, init)
    }
    const { container } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} hourCycle="h23" />, { wrapFetch })
    // hourCycle reaches the picker, the times and the retry time alike.
    await user.click(within(await screen.findByRole('group', { name: WEDNESDAY })).getByRole('button', { name: /^15:00, / }))
    expect((await screen.findByText(/^New time:/)).textContent).toMatch(/15:00\s?–\s?16:00/)
    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    await heading('Something went wrong')
    expect(screen.getByRole('alert').textContent).toMatch(/^Too many attempts\. Please try again at \d{2}:\d{2}\. Your booking keeps its current time\.$/)
    await expectNoAxeViolations(container)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await user.click(await screen.findByRole('button', { name: 'Reschedule' }))
    await heading('Rescheduled')
  })
})

describe('RescheduleFlow: keyboard only', () => {
  test('from the confirmation heading: Tab to the message, Tab to Reschedule, Enter', async () => {
    const user = userEvent.setup()
    renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} />)
    const group = await screen.findByRole('group', { name: WEDNESDAY })
    within(group).getByRole('button', { name: /^3:00 PM, / }).focus()
    await user.keyboard('{Enter}')
    await heading('Confirm the new time')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }))
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Message to the host (optional)' }))
    await user.keyboard('Running late')
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reschedule' }))
    await user.keyboard('{Enter}')
    await heading('Rescheduled')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }))
  })
})
