// What the customer typed survives every failure: a table of failure kinds, each produced by
// the real mock backend or a fetch wrapper in front of it, and after each one the form holds
// exactly what was typed (and the session draft still has it).
import { render, screen, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { Slot } from '../../src/client'
import { BookingFlow, type BookingFlowStep } from '../../src/components'
import { DEMO_IDS } from '../../src/mock'
import { COPENHAGEN_SEARCH, createKit, createTestBackend, NOW, type Kit, type KitOptions } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'
import { control, expectTyped, fillDetails, FLOW_FIELDS, flowRoot, pickSlot, plain, submit, TYPED } from './support/bookingFlowKit'

vi.setConfig({ testTimeout: 30_000 })

afterEach(() => {
  sessionStorage.clear()
  vi.useRealTimers()
})

const DRAFT = 'react-booking-kit:draft'
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })

/** Answers the first POST /bookings with `answer`; everything else reaches the mock backend. */
function failFirstBooking(answer: (init: RequestInit | undefined, input: RequestInfo | URL) => Promise<Response>): KitOptions['wrapFetch'] {
  let failed = false
  return (next) => async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
    if (!failed && (init?.method ?? 'GET').toUpperCase() === 'POST' && url.pathname.endsWith('/bookings')) {
      failed = true
      return answer(init, input)
    }
    return next(input, init)
  }
}

interface Context {
  user: UserEvent
  kit: Kit
  container: HTMLElement
  chosen: () => Slot
  rerender: (zone: string) => void
}

interface FailureCase {
  name: string
  kit?: KitOptions
  /** Makes the failure happen after the details are typed (default: submit). */
  trigger?: (ctx: Context) => Promise<void>
  /** The step the failure leaves the flow on. */
  step: BookingFlowStep
  /** What the failure says. */
  says?: RegExp
  /** Back to the filled form, the way a customer would. */
  recover: (ctx: Context) => Promise<void>
}

const retry = async ({ user }: Context) => {
  await user.click(screen.getByRole('button', { name: 'Try again' }))
  await screen.findByRole('heading', { name: 'Your details' })
}

const CASES: FailureCase[] = [
  {
    name: '409: the slot was booked behind the flow’s back; an alternative is picked',
    trigger: async ({ user, kit, chosen }) => {
      const slot = chosen()
      const response = await kit.backend.fetch('http://mock.local/v2/bookings', {
        method: 'POST',
        body: JSON.stringify({ resource_id: DEMO_IDS.copenhagen, start: slot.start, end: slot.end, customer: { name: 'Else', email: 'else@example.com' } }),
      })
      expect(response.status).toBe(201)
      await submit(user)
    },
    step: 'slotTaken',
    says: /Someone booked Tuesday, March 24, 2026, 9:00 – 10:00 AM a moment ago/,
    recover: async ({ user }) => {
      const list = await screen.findByRole('list', { name: 'Free times nearby' })
      await user.click(within(list).getAllByRole('button')[0]!)
    },
  },
  {
    name: '422 with {"errors": {"customer.email": […]}}',
    kit: { wrapFetch: failFirstBooking(async () => json(422, { errors: { 'customer.email': ['The customer.email is not deliverable.'] } })) },
    step: 'details',
    recover: async () => {
      const email = control(/^E-mail/)
      expect(email.getAttribute('aria-invalid')).toBe('true')
      expect(document.activeElement).toBe(email)
      expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toBe('The customer.email is not deliverable.')
      expect(screen.getByRole('alert').textContent).toBe('1 field needs attention: E-mail.')
    },
  },
  {
    name: '429 with Retry-After: 120 says when to retry',
    kit: { wrapFetch: failFirstBooking(async () => json(429, { error: 'Too many requests' }, { 'Retry-After': '120' })) },
    step: 'error',
    says: /^Too many attempts\. Please try again at 9:02 AM\. Your details are kept\.$/,
    recover: retry,
  },
  {
    name: "503 with a gateway's HTML page",
    kit: {
      wrapFetch: failFirstBooking(async () => new Response('<!DOCTYPE html><h1>503 Service Unavailable</h1>', { status: 503, headers: { 'Content-Type': 'text/html' } })),
    },
    step: 'error',
    says: /^The booking did not go through: The booking service had a problem\. Your details are kept\.$/,
    recover: retry,
  },
  {
    name: '500 from the mock backend’s injected fault',
    // A second backend whose every answer is a fault (`faults.errorRate: 1`) takes the first booking.
    kit: { wrapFetch: failFirstBooking((init, input) => createTestBackend({ faults: { errorRate: 1, status: 500 } }).fetch(input, init)) },
    step: 'error',
    says: /^The booking did not go through: The booking service had a problem\./,
    recover: retry,
  },
  {
    name: 'network failure (fetch rejects with a TypeError)',
    kit: { wrapFetch: failFirstBooking(async () => Promise.reject(new TypeError('Failed to fetch'))) },
    step: 'error',
    says: /could not be reached; check your connection\./,
    recover: retry,
  },
  {
    name: 'timeout (the request never answers; timeoutMs 300)',
    // Never answers; like fetch, it gives up only when its signal aborts.
    kit: {
      wrapFetch: failFirstBooking(
        (init) => new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
      ),
      provider: { timeoutMs: 300 },
    },
    step: 'error',
    says: /took too long to answer\./,
    recover: retry,
  },
  {
    name: 'a malformed JSON answer (cut off)',
    kit: { wrapFetch: failFirstBooking(async () => new Response('{"data": {"id": "b-1", "state": "conf', { status: 201, headers: { 'Content-Type': 'application/json' } })) },
    step: 'error',
    says: /sent an answer that could not be read\./,
    recover: retry,
  },
  {
    name: 'an answer of the wrong shape',
    kit: { wrapFetch: failFirstBooking(async () => json(201, { data: 'not a booking' })) },
    step: 'error',
    says: /sent an answer that could not be read\./,
    recover: retry,
  },
  {
    name: 'a zone change (the provider re-rendered with New York)',
    trigger: async ({ rerender }) => {
      rerender('America/New_York')
      await screen.findByText(/4:00 – 5:00 AM \(Eastern Daylight Time\)/, { normalizer: plain })
    },
    step: 'details',
    recover: async () => {},
  },
  {
    name: 'a window change (back, next week, a slot there)',
    trigger: async ({ user }) => {
      await user.click(screen.getByRole('button', { name: 'Back to all times' }))
      await user.click(screen.getByRole('button', { name: 'Next week' }))
    },
    step: 'choosing',
    recover: async ({ user }) => {
      await pickSlot(user, 'Tuesday, March 31, 2026', 0)
      expect(screen.getByText(/^Tuesday, March 31, 2026, 9:00 – 10:00 AM \(Central European Summer Time\)/, { normalizer: plain })).toBeTruthy()
    },
  },
  {
    name: 'a reload (the page renders anew from the session draft)',
    trigger: async ({ rerender }) => {
      rerender('unmount')
    },
    step: 'choosing',
    recover: async ({ user }) => {
      await pickSlot(user)
    },
  },
]

describe('the typed input survives every failure', () => {
  test('the table holds at least 8 failure kinds', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(8)
  })

  test.each(CASES)('$name', async (failure) => {
    // The 429's "try again at" is read from the clock in the event.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse(NOW) })
    const user = userEvent.setup()
    const kit = createKit(failure.kit)
    const onSlotSelect = vi.fn()
    const onTimeZoneChange = vi.fn()
    const onWindowChange = vi.fn()
    const onBookingError = vi.fn()
    const flow = (zone: string) => (
      <kit.Provider timeZone={zone}>
        <BookingFlow.Root
          search={COPENHAGEN_SEARCH}
          fields={FLOW_FIELDS}
          persist="session"
          onSlotSelect={onSlotSelect}
          onTimeZoneChange={onTimeZoneChange}
          onWindowChange={onWindowChange}
          onBookingError={onBookingError}
        />
      </kit.Provider>
    )
    let view = render(flow('Europe/Copenhagen'))
    const ctx: Context = {
      user,
      kit,
      get container() {
        return view.container
      },
      chosen: () => onSlotSelect.mock.lastCall![0].slot as Slot,
      rerender: (zone) => {
        if (zone === 'unmount') {
          view.unmount()
          view = render(flow('Europe/Copenhagen'))
        } else view.rerender(flow(zone))
      },
    }
    await pickSlot(user)
    await fillDetails(user)
    await (failure.trigger ?? (({ user: u }) => submit(u)))(ctx)

    if (failure.step !== 'details') await vi.waitFor(() => expect(flowRoot(ctx.container).dataset.step).toBe(failure.step))
    else await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Book it' })).toBeTruthy())
    if (failure.says) expect(plain(screen.getByRole('alert').textContent)).toMatch(failure.says)
    // The draft outlives the failure: a reload now would lose nothing.
    expect(JSON.parse(sessionStorage.getItem(DRAFT) ?? '{}')).toMatchObject(TYPED)
    await expectNoAxeViolations(ctx.container)

    await failure.recover(ctx)
    expect(flowRoot(ctx.container).dataset.step).toBe('details')
    expectTyped()

    // And the booking goes through with it.
    await submit(user)
    await screen.findByRole('heading', { name: 'Booked' })
    const sent = kit.requests.filter((r) => r.method === 'POST' && r.path === '/bookings').at(-1)!.body
    expect(sent).toMatchObject({ customer: { name: TYPED.name, email: TYPED.email, comment: TYPED.comment, department: 'Design', terms: true } })
    await vi.waitFor(() => expect(sessionStorage.getItem(DRAFT)).toBeNull())
    if (failure.name.startsWith('a zone change')) expect(onTimeZoneChange).toHaveBeenCalledExactlyOnceWith('America/New_York')
    if (failure.name.startsWith('a window change')) expect(onWindowChange).toHaveBeenCalledWith({ start: '2026-03-30', days: 7 })
    if (failure.step === 'error' || failure.step === 'slotTaken') expect(onBookingError).toHaveBeenCalledTimes(1)
  })
})
