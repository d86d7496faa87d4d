// The remaining reachable states of BookingFlow and their ways out: an empty submit on the
// details step, a 429 without Retry-After, a 409 with no alternative, back from an error,
// controlled input, messages, and two flows on one page.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode, useState } from 'react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { RateLimitError, SlotTakenError } from '../../src/client'
import { BookingFlow, type BookingFormValues } from '../../src/components'
import { DEMO_IDS } from '../../src/mock'
import { COPENHAGEN_SEARCH, createKit, NOW, renderWithKit, type KitOptions } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'
import { control, flowRoot, pickSlot, plain, submit, TUESDAY } from './support/bookingFlowKit'

vi.setConfig({ testTimeout: 30_000 })

afterEach(() => {
  sessionStorage.clear()
})

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })

/** Answers POST /bookings with `booking`, and, once that has answered, POST /availability with `availability`. */
function answer(booking: () => Response, availability?: () => Response): KitOptions['wrapFetch'] {
  let booked = false
  return (next) => async (input, init) => {
    const path = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url).pathname
    const method = (init?.method ?? 'GET').toUpperCase()
    if (method === 'POST' && path.endsWith('/bookings')) {
      booked = true
      return booking()
    }
    if (booked && availability && method === 'POST' && path.endsWith('/availability')) return availability()
    return next(input, init)
  }
}

async function fillMinimal(user: ReturnType<typeof userEvent.setup>) {
  await user.type(control(/^Name/), 'Ada')
  await user.type(control(/^E-mail/), 'ada@example.com')
}

describe('details step', () => {
  test('an empty submit focuses Name and announces the summary; nothing is sent', async () => {
    const user = userEvent.setup()
    const { container, kit } = renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} />)
    await pickSlot(user)
    await submit(user)
    expect(document.activeElement).toBe(control(/^Name/))
    expect(screen.getByRole('alert').textContent).toBe('2 fields need attention: Name, E-mail.')
    expect(flowRoot(container).dataset.step).toBe('details')
    expect(kit.count('POST', '/bookings')).toBe(0)
    await expectNoAxeViolations(container)
  })
})

describe('error step', () => {
  test('a 429 without Retry-After asks to retry in a moment; Back returns to the slots with the input', async () => {
    const user = userEvent.setup()
    const onBookingError = vi.fn()
    const { container } = renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} onBookingError={onBookingError} />, {
      wrapFetch: answer(() => json(429, { error: 'Too many requests' })),
    })
    await pickSlot(user)
    await fillMinimal(user)
    await submit(user)
    await screen.findByRole('heading', { name: 'Booking failed' })
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Booking failed' }))
    expect(screen.getByRole('alert').textContent).toBe('Too many attempts. Please try again in a moment. Your details are kept.')
    expect(onBookingError.mock.lastCall![0]).toBeInstanceOf(RateLimitError)
    await expectNoAxeViolations(container)
    await user.click(screen.getByRole('button', { name: 'Back to all times' }))
    expect(flowRoot(container).dataset.step).toBe('choosing')
    await pickSlot(user, TUESDAY, 3)
    expect(control(/^Name/)).toHaveProperty('value', 'Ada')
  })
})

describe('a 429 and then a zone change', () => {
  test('the retry time follows the zone', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse(NOW) })
    try {
      const user = userEvent.setup()
      const kit = createKit({ wrapFetch: answer(() => json(429, { error: 'Too many requests' }, { 'Retry-After': '120' })) })
      const page = (zone: string) => (
        <kit.Provider timeZone={zone}>
          <BookingFlow.Root search={COPENHAGEN_SEARCH} />
        </kit.Provider>
      )
      const { rerender } = render(page('Europe/Copenhagen'))
      await pickSlot(user)
      await fillMinimal(user)
      await submit(user)
      await screen.findByRole('heading', { name: 'Booking failed' })
      expect(plain(screen.getByRole('alert').textContent)).toContain('Please try again at 9:02 AM.')
      rerender(page('America/New_York'))
      expect(plain(screen.getByRole('alert').textContent)).toContain('Please try again at 4:02 AM.')
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('slotTaken with no alternative', () => {
  test('says so and offers the calendar', async () => {
    const user = userEvent.setup()
    const onSlotTaken = vi.fn()
    const { container } = renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} onSlotTaken={onSlotTaken} />, {
      wrapFetch: answer(
        () => json(409, { error: 'The slot is no longer available' }),
        () => json(200, { data: [] }),
      ),
    })
    await pickSlot(user)
    await fillMinimal(user)
    await submit(user)
    await screen.findByRole('heading', { name: 'Just taken' })
    expect(onSlotTaken.mock.lastCall![0].error).toBeInstanceOf(SlotTakenError)
    expect(await screen.findByText('No free times nearby. Choose another time from the calendar.')).toBeTruthy()
    await expectNoAxeViolations(container)
    await user.click(screen.getByRole('button', { name: 'Choose another time' }))
    expect(flowRoot(container).dataset.step).toBe('choosing')
  })
})

describe('input from the host page', () => {
  test('controlled values: the host sees every change and its values fill the form', async () => {
    const user = userEvent.setup()
    const seen: BookingFormValues[] = []
    function Page() {
      const [values, setValues] = useState<BookingFormValues>({ name: 'From the host', email: '' })
      return (
        <BookingFlow.Root
          search={COPENHAGEN_SEARCH}
          values={values}
          onValuesChange={(next) => {
            seen.push(next)
            setValues(next)
          }}
        />
      )
    }
    renderWithKit(<Page />)
    await pickSlot(user)
    expect(control(/^Name/)).toHaveProperty('value', 'From the host')
    await user.type(control(/^E-mail/), 'a@example.com')
    expect(seen.at(-1)).toEqual({ name: 'From the host', email: 'a@example.com' })
    await user.click(screen.getByRole('button', { name: 'Back to all times' }))
    await pickSlot(user)
    expect(control(/^E-mail/)).toHaveProperty('value', 'a@example.com')
  })

  test('defaultValues and messages', async () => {
    const user = userEvent.setup()
    renderWithKit(
      <BookingFlow.Root
        search={COPENHAGEN_SEARCH}
        defaultValues={{ email: 'ada@example.com' }}
        messages={{ detailsTitle: 'Deine Angaben', back: 'Zurück', chosenSlot: ({ day, time }) => `${day} um ${time}` }}
      />,
    )
    await user.click(within(await screen.findByRole('group', { name: TUESDAY })).getAllByRole('button')[0]!)
    expect(await screen.findByRole('heading', { name: 'Deine Angaben' })).toBeTruthy()
    expect(plain(screen.getByText(/um 9:00/).textContent)).toBe(`${TUESDAY} um 9:00 – 10:00 AM`)
    expect(screen.getByRole('button', { name: 'Zurück' })).toBeTruthy()
    expect(control(/^E-mail/)).toHaveProperty('value', 'ada@example.com')
    expect(control(/^Name/)).toHaveProperty('value', '')
  })
})

describe('two flows on one page', () => {
  test('each has its own step, slot and input', async () => {
    const user = userEvent.setup()
    const kit = createKit()
    const onTimeZoneChange = vi.fn()
    const { container } = render(
      <kit.Provider>
        <section aria-label="First">
          <BookingFlow.Root search={COPENHAGEN_SEARCH} onTimeZoneChange={onTimeZoneChange} />
        </section>
        <section aria-label="Second">
          <BookingFlow.Root search={COPENHAGEN_SEARCH} />
        </section>
      </kit.Provider>,
    )
    const first = screen.getByRole('region', { name: 'First' })
    const second = screen.getByRole('region', { name: 'Second' })
    await within(first).findByRole('group', { name: TUESDAY })
    await user.click(within(within(first).getByRole('group', { name: TUESDAY })).getAllByRole('button')[0]!)
    await user.type(within(first).getByRole('textbox', { name: /^Name/ }), 'Ada')
    expect(flowRoot(first).dataset.step).toBe('details')
    expect(flowRoot(second).dataset.step).toBe('choosing')
    await user.click(within(await within(second).findByRole('group', { name: TUESDAY })).getAllByRole('button')[1]!)
    expect(within(second).getByRole('textbox', { name: /^Name/ })).toHaveProperty('value', '')
    expect(within(first).getByRole('textbox', { name: /^Name/ })).toHaveProperty('value', 'Ada')
    // Ids are per instance: labels point at their own controls.
    expect(container.querySelectorAll('[id]').length).toBe(new Set([...container.querySelectorAll('[id]')].map((e) => e.id)).size)
    expect(onTimeZoneChange).not.toHaveBeenCalled()
  })
})

describe('StrictMode', () => {
  test('the whole flow with a session draft: type, reload, book', async () => {
    const user = userEvent.setup()
    const kit = createKit()
    const onStepChange = vi.fn()
    const page = () => (
      <StrictMode>
        <kit.Provider>
          <BookingFlow.Root search={COPENHAGEN_SEARCH} persist="session" onStepChange={onStepChange} />
        </kit.Provider>
      </StrictMode>
    )
    const first = render(page())
    await pickSlot(user)
    await fillMinimal(user)
    first.unmount()
    render(page())
    await pickSlot(user)
    await vi.waitFor(() => expect(control(/^Name/)).toHaveProperty('value', 'Ada'))
    expect(control(/^E-mail/)).toHaveProperty('value', 'ada@example.com')
    await submit(user)
    await screen.findByRole('heading', { name: 'Booked' })
    expect(kit.count('POST', '/bookings')).toBe(1)
    await vi.waitFor(() => expect(sessionStorage.getItem('react-booking-kit:draft')).toBeNull())
    // Each step once, though StrictMode runs effects twice.
    expect(onStepChange.mock.calls.map((c) => c[0])).toEqual(['details', 'details', 'submitting', 'confirmed'])
  })
})

describe('the slot step’s window', () => {
  test('is kept across steps; onWindowChange fires on navigation only', async () => {
    const user = userEvent.setup()
    const onWindowChange = vi.fn()
    renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} onWindowChange={onWindowChange} />)
    await pickSlot(user)
    await user.click(screen.getByRole('button', { name: 'Back to all times' }))
    await screen.findByRole('group', { name: TUESDAY })
    expect(onWindowChange).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Next week' }))
    expect(onWindowChange).toHaveBeenCalledExactlyOnceWith({ start: '2026-03-30', days: 7 })
    await pickSlot(user, 'Tuesday, March 31, 2026')
    await user.click(screen.getByRole('button', { name: 'Back to all times' }))
    // Back on the week of the chosen slot, not on this week.
    expect(await screen.findByRole('group', { name: 'Tuesday, March 31, 2026' })).toBeTruthy()
    expect(screen.queryByRole('group', { name: TUESDAY })).toBeNull()
    expect(onWindowChange).toHaveBeenCalledTimes(1)
  })
})

describe('who it is with', () => {
  // Copenhagen and New York are both free 15:00–17:00 Copenhagen time; in exclusive mode a
  // slot lists both, and the booking goes to one of them.
  const EXCLUSIVE = { mode: 'exclusive', resources: [DEMO_IDS.copenhagen, DEMO_IDS.newYork], length: '1 hour' } as const

  test('exclusive mode names the one person booked, not everyone who was free', async () => {
    const user = userEvent.setup()
    const { kit } = renderWithKit(<BookingFlow.Root search={EXCLUSIVE} booking={{ resourceId: DEMO_IDS.newYork }} />)
    const group = await screen.findByRole('group', { name: TUESDAY })
    const both = within(group).getAllByRole('button').find((b) => / and /.test(b.getAttribute('aria-label') ?? ''))
    expect(both, 'a slot both are free for').toBeTruthy()
    await user.click(both!)
    const chosen = await screen.findByText(/Central European Standard Time\)/)
    expect(chosen.textContent).toMatch(/ with Marcus Reed$/)
    await fillMinimal(user)
    await submit(user)
    await screen.findByRole('heading', { name: 'Booked' })
    expect(screen.getByRole('status').textContent).toMatch(/ with Marcus Reed\. A confirmation/)
    expect(kit.requests.find((r) => r.method === 'POST' && r.path === '/bookings')!.body).toMatchObject({ resource_id: DEMO_IDS.newYork })
  })

  test('mutual mode names the whole team', async () => {
    const user = userEvent.setup()
    renderWithKit(<BookingFlow.Root search={{ ...EXCLUSIVE, mode: 'mutual' }} />)
    const group = await screen.findByRole('group', { name: TUESDAY })
    await user.click(within(group).getAllByRole('button')[0]!)
    expect((await screen.findByText(/Central European Standard Time\)/)).textContent).toMatch(/ with Astrid Nielsen and Marcus Reed$/)
  })
})

describe('by keyboard only', () => {
  test('pick a slot, fill in, submit with Enter, book another: focus follows each step', async () => {
    const user = userEvent.setup()
    renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} />)
    const group = await screen.findByRole('group', { name: TUESDAY })
    within(group).getAllByRole('button')[0]!.focus()
    await user.keyboard('{Enter}')
    const details = await screen.findByRole('heading', { name: 'Your details' })
    expect(document.activeElement).toBe(details)
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Back to all times' }))
    await user.tab()
    expect(document.activeElement).toBe(control(/^Name/))
    await user.keyboard('Ada')
    await user.tab()
    expect(document.activeElement).toBe(control(/^E-mail/))
    await user.keyboard('ada@example.com{Enter}')
    const booked = await screen.findByRole('heading', { name: 'Booked' })
    expect(document.activeElement).toBe(booked)
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Book another time' }))
    await user.keyboard('{Enter}')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Choose a time' }))
  })
})
