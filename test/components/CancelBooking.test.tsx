// CancelBooking: every step (loading, confirming, submitting, done, refused, error) and the
// transitions between them, against the mock backend with the demo seed. Host zone
// Pacific/Auckland, customer zone Copenhagen, now = Monday 2026-03-23 09:00 in Copenhagen.
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { ValidationError, type Booking } from '../../src/client'
import { CancelBooking } from '../../src/components'
import { BASE_URL, holdRequests, renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'

const CONFIRMED = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb01'
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name })
const root = (container: HTMLElement) => container.firstElementChild as HTMLElement
const SUMMARY = /^Tuesday, March 24, 2026, 10:00\s–\s11:00\sAM \(Central European Standard Time\) with Astrid Nielsen$/

async function stored(kit: { backend: { fetch: typeof fetch } }, id: string) {
  return (await (await kit.backend.fetch(`${BASE_URL}/bookings/${id}`)).json()).data as Booking & { messages?: unknown }
}

describe('CancelBooking: the happy path', () => {
  test('loading, then the confirmation with the time in the customer zone', async () => {
    const { container } = renderWithKit(<CancelBooking.Root bookingId={CONFIRMED} />)
    expect(root(container).getAttribute('data-step')).toBe('loading')
    expect(root(container).getAttribute('data-loading')).toBe('true')
    // A busy ancestor would silence the loading status inside it.
    expect(root(container).hasAttribute('aria-busy')).toBe(false)
    expect(screen.getByRole('status').textContent).toBe('Loading your booking…')
    await expectNoAxeViolations(container)

    await heading('Cancel this booking?')
    expect(document.activeElement).toBe(document.body)
    expect(root(container).getAttribute('data-step')).toBe('confirming')
    // A customer's page: cancel_by_customer when the booking allows it.
    expect(root(container).getAttribute('data-action')).toBe('cancel_by_customer')
    const summary = screen.getByText(/^Tuesday, March 24/)
    expect(summary.textContent).toMatch(SUMMARY)
    const confirm = screen.getByRole('button', { name: 'Cancel booking' })
    expect(confirm.getAttribute('aria-describedby')).toBe(summary.id)
    const field = screen.getByRole('textbox', { name: 'Reason for cancelling (optional)' })
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByText('The host will see this message.').id)
    await expectNoAxeViolations(container)
  })

  test('New York customer: the summary is in their zone', async () => {
    renderWithKit(<CancelBooking.Root bookingId={CONFIRMED} />, { provider: { defaultTimeZone: 'America/New_York' } })
    await heading('Cancel this booking?')
    expect(screen.getByText(/^Tuesday, March 24/).textContent).toMatch(/5:00\s–\s6:00\sAM \(Eastern Daylight Time\)/)
  })

  test('confirm with a message → done; the message is sent and the backend holds the new state', async () => {
    const user = userEvent.setup()
    const onCancelled = vi.fn()
    const onStepChange = vi.fn()
    const { container, kit } = renderWithKit(<CancelBooking.Root bookingId={CONFIRMED} onCancelled={onCancelled} onStepChange={onStepChange} />)
    await heading('Cancel this booking?')
    await user.type(screen.getByRole('textbox'), 'Ill, sorry')
    await user.click(screen.getByRole('button', { name: 'Cancel booking' }))
    await heading('Booking cancelled')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }))
    expect(root(container).getAttribute('data-step')).toBe('done')
    expect(screen.getByRole('status').textContent).toMatch(
      /^Your booking on Tuesday, March 24, 2026, 10:00\s–\s11:00\sAM \(Central European Standard Time\) is cancelled\.$/,
    )
    const sent = kit.requests.find((r) => r.method === 'PUT')
    expect(sent?.path).toBe(`/bookings/${CONFIRMED}/cancel_by_customer`)
    expect(sent?.body).toEqual({ cancel_by_customer: { message: 'Ill, sorry' } })
    expect(onCancelled).toHaveBeenCalledTimes(1)
    expect((onCancelled.mock.lastCall![0] as Booking).state).toBe('cancelled_by_customer')
    expect(onStepChange.mock.calls.map((c) => c[0])).toEqual(['confirming', 'submitting', 'done'])
    expect((await stored(kit, CONFIRMED)).state).toBe('cancelled_by_customer')
    await expectNoAxeViolations(container)
  })

  test("action='cancel' sends the host's cancel, with no message when none was typed", async () => {
    const user = userEvent.setup()
    const { container, kit } = renderWithKit(<CancelBooking.Root bookingId={CONFIRMED} action="cancel" />)
    await heading('Cancel this booking?')
    expect(root(container).getAttribute('data-action')).toBe('cancel')
    await user.click(screen.getByRole('button', { name: 'Cancel booking' }))
    await heading('Booking cancelled')
    const sent = kit.requests.find((r) => r.method === 'PUT')
    expect(sent?.path).toBe(`/bookings/${CONFIRMED}/cancel`)
    expect(sent?.body).toEqual({})
    expect((await stored(kit, CONFIRMED)).state).toBe('cancelled')
  })

  test('submitting: the button says so, stays focusable, and a second press sends nothing', async () => {
    const user = userEvent.setup()
    const hold = holdRequests((method) => method === 'PUT')
    const { container, kit } = renderWithKit(<CancelBooking.Root bookingId={CONFIRMED} />, { wrapFetch: hold.wrapFetch })
    await heading('Cancel this booking?')
    await user.click(screen.getByRole('button', { name: 'Cancel booking' }))
    const button = await screen.findByRole('button', { name: 'Cancelling…' })
    expect(root(container).getAttribute('data-step')).toBe('submitting')
    expect(root(container).getAttribute('aria-busy')).toBe('true')
    expect(button.getAttribute('aria-disabled')).toBe('true')
    expect(document.activeElement).toBe(button)
    expect(screen.getByRole('textbox').hasAttribute('readonly')).toBe(true)
    await expectNoAxeViolations(container)
    await user.click(button)
    expect(kit.count('PUT')).toBe(1)
    hold.release()
    await heading('Booking cancelled')
    expect(kit.count('PUT')).toBe(1)
  })
})

describe('CancelBooking: refusals and failures', () => {
  test.each([
    ['d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb04', undefined, 'This booking is already cancelled.'],
    ['d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb06', undefined, "This booking is completed and can't be cancelled."],
    // A tentative booking can be declined by the host, not cancelled.
    ['d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb02', undefined, "This booking is waiting for the host to confirm and can't be cancelled."],
  ] as const)('refused at load when possible_actions has no cancel (%s)', async (id, action, text) => {
    const { container, kit } = renderWithKit(<CancelBooking.Root bookingId={id} action={action} />)
    await heading("Can't cancel")
    expect(root(container).getAttribute('data-step')).toBe('refused')
    expect(screen.getByRole('alert').textContent).toBe(text)
    expect(screen.queryByRole('button')).toBeNull()
    expect(kit.count('PUT')).toBe(0)
    await expectNoAxeViolations(container)
  })

  test('a 422 on send (completed meanwhile) names the state', async () => {
    const user = userEvent.setup()
    const onError = vi.fn()
    const { container, kit } = renderWithKit(<CancelBooking.Root bookingId={CONFIRMED} onError={onError} />)
    await heading('Cancel this booking?')
    const other = await kit.backend.fetch(`${BASE_URL}/bookings/${CONFIRMED}/complete`, { method: 'PUT', body: '{}', headers: { 'Content-Type': 'application/json' } })
    expect(other.status).toBe(200)
    await user.click(screen.getByRole('button', { name: 'Cancel booking' }))
    await heading("Can't cancel")
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }))
    expect(screen.getByRole('alert').textContent).toBe("This booking is completed and can't be cancelled.")
    const error = onError.mock.lastCall![0] as ValidationError
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.status).toBe(422)
    expect(screen.queryByRole('button')).toBeNull()
    await expectNoAxeViolations(container)
  })

  test('a failed load: error with retry; the retry loads again', async () => {
    const user = userEvent.setup()
    let failures = 1
    const wrapFetch = (next: typeof fetch): typeof fetch => async (input, init) => {
      if ((init?.method ?? 'GET') === 'GET' && failures-- > 0) {
        return new Response(JSON.stringify({ error: 'Upstream down' }), { status: 503, headers: { 'Content-Type': 'application/json' } })
      }
      return next(input, init)
    }
    const { container, kit } = renderWithKit(<CancelBooking.Root bookingId={CONFIRMED} />, { wrapFetch })
    await heading('Something went wrong')
    expect(screen.getByRole('alert').textContent).toMatch(/^We couldn't load this booking: The booking service had a problem\./)
    await expectNoAxeViolations(container)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await heading('Cancel this booking?')
    expect(kit.count('GET', `/bookings/${CONFIRMED}`)).toBe(2)
  })

  test('a failed send: error, Try again returns to the confirmation with the message kept, then done', async () => {
    const user = userEvent.setup()
    let failures = 1
    const wrapFetch = (next: typeof fetch): typeof fetch => async (input, init) => {
      if (init?.method === 'PUT' && failures-- > 0) throw new TypeError('Failed to fetch')
      return next(input, init)
    }
    const onError = vi.fn()
    const { container } = renderWithKit(<CancelBooking.Root bookingId={CONFIRMED} onError={onError} />, { wrapFetch })
    await heading('Cancel this booking?')
    await user.type(screen.getByRole('textbox'), 'Sorry')
    await user.click(screen.getByRole('button', { name: 'Cancel booking' }))
    await heading('Something went wrong')
    expect(screen.getByRole('alert').textContent).toMatch(/^The booking was not cancelled: The booking service could not be reached; check your connection\. It is still booked\.$/)
    expect(onError).toHaveBeenCalledTimes(1)
    await expectNoAxeViolations(container)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await heading('Cancel this booking?')
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Sorry')
    await user.click(screen.getByRole('button', { name: 'Cancel booking' }))
    await heading('Booking cancelled')
  })

  test('an unknown booking stays on error after a retry', async () => {
    const user = userEvent.setup()
    const { kit } = renderWithKit(<CancelBooking.Root bookingId="no-such-booking" />)
    await heading('Something went wrong')
    expect(screen.getByRole('alert').textContent).toMatch(/^We couldn't load this booking: The booking service could not find it\./)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(kit.count('GET', '/bookings/no-such-booking')).toBe(2))
    await heading('Something went wrong')
  })
})

describe('CancelBooking: too many attempts', () => {
  test('a 429 without Retry-After asks to try again in a moment', async () => {
    const user = userEvent.setup()
    const wrapFetch = (next: typeof fetch): typeof fetch => async (input, init) =>
      init?.method === 'PUT'
        ? new Response(JSON.stringify({ error: 'Too many requests' }), { status: 429, headers: { 'Content-Type': 'application/json' } })
        : next(input, init)
    const { container } = renderWithKit(<CancelBooking.Root bookingId={CONFIRMED} />, { wrapFetch })
    await heading('Cancel this booking?')
    await user.click(screen.getByRole('button', { name: 'Cancel booking' }))
    await heading('Something went wrong')
    expect(screen.getByRole('alert').textContent).toBe('Too many attempts. Please try again in a moment. It is still booked.')
    await expectNoAxeViolations(container)
  })
})

describe('CancelBooking: keyboard only', () => {
  test('Tab to the message, Tab to Cancel booking, Space', async () => {
    const user = userEvent.setup()
    const { kit } = renderWithKit(<CancelBooking.Root bookingId={CONFIRMED} />)
    await heading('Cancel this booking?')
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Reason for cancelling (optional)' }))
    await user.keyboard('Moving away')
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel booking' }))
    await user.keyboard(' ')
    await heading('Booking cancelled')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }))
    expect(kit.requests.find((r) => r.method === 'PUT')?.body).toEqual({ cancel_by_customer: { message: 'Moving away' } })
  })
})
