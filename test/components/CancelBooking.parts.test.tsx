// CancelBooking's tiers beyond the default layout: parts outside their root, className/style as
// functions of the state, data-* state, asChild, messages, a controlled message, the hooks' prop
// getters, and two on one page.
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { CancelBooking, useCancelBooking, useCancelBookingState, type CancelBookingState } from '../../src/components'
import { createKit, renderHookWithKit, renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'

const CONFIRMED = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb01'
const OTHER_CONFIRMED = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb03'
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name })

describe('CancelBooking parts', () => {
  const parts = Object.entries(CancelBooking).filter(([name]) => name !== 'Root')
  test.each(parts)('<CancelBooking.%s> outside its root throws a clear error', (name, Part) => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const Component = Part as (props: { when?: string }) => React.ReactNode
    expect(() => render(<Component when="loading" />)).toThrow(new RegExp(`^<CancelBooking\\.(${name}|Step)> must be used within <CancelBooking\\.Root>\\.$`))
    vi.restoreAllMocks()
  })

  test('className and style as functions of the state; data-step and data-action', async () => {
    const { container } = renderWithKit(
      <CancelBooking.Root bookingId={CONFIRMED} action="cancel" className={(s) => `c-${s.step}`} style={(s) => ({ opacity: s.step === 'loading' ? 0.5 : 1 })}>
        <CancelBooking.StepHeading />
        <CancelBooking.Summary className={(s: CancelBookingState) => `summary-${s.action}`} />
        <CancelBooking.Confirm style={{ color: 'red' }} />
      </CancelBooking.Root>,
    )
    const root = container.firstElementChild as HTMLElement
    expect(root.className).toBe('c-loading')
    await heading('Cancel this booking?')
    expect(root.className).toBe('c-confirming')
    expect(root.style.opacity).toBe('1')
    expect(root.getAttribute('data-action')).toBe('cancel')
    expect(screen.getByText(/^Tuesday, March 24/).className).toBe('summary-cancel')
    const confirm = screen.getByRole('button', { name: 'Cancel booking' })
    expect(confirm.style.color).toBe('red')
    expect(confirm.getAttribute('data-action')).toBe('cancel')
  })

  test('asChild on Confirm, function children, messages', async () => {
    const user = userEvent.setup()
    const { container } = renderWithKit(
      <CancelBooking.Root bookingId={CONFIRMED} messages={{ confirmTitle: 'Really cancel?', messageLabel: 'Why?' }}>
        <CancelBooking.StepHeading />
        <CancelBooking.Step when={['confirming', 'submitting']}>
          <CancelBooking.Summary>{(s: CancelBookingState) => `On ${s.time?.day}`}</CancelBooking.Summary>
          <CancelBooking.MessageLabel />
          <CancelBooking.Message />
          <CancelBooking.MessageHint />
          <CancelBooking.Confirm asChild>
            <button className="danger">Yes, cancel</button>
          </CancelBooking.Confirm>
        </CancelBooking.Step>
        <CancelBooking.Step when="done">
          <CancelBooking.Result />
        </CancelBooking.Step>
      </CancelBooking.Root>,
    )
    await heading('Really cancel?')
    expect(screen.getByText('On Tuesday, March 24, 2026')).toBeTruthy()
    expect(screen.getByRole('textbox', { name: 'Why?' })).toBeTruthy()
    const confirm = screen.getByRole('button', { name: 'Yes, cancel' })
    expect(confirm.className).toBe('danger')
    expect(confirm.getAttribute('aria-describedby')).toBe(screen.getByText(/^On Tuesday/).id)
    await expectNoAxeViolations(container)
    await user.click(confirm)
    await heading('Booking cancelled')
    expect(screen.getByRole('status').textContent).toMatch(/is cancelled\.$/)
  })

  test("the caller's onClick runs first and can prevent the cancel", async () => {
    const user = userEvent.setup()
    const onClick = vi.fn((event: React.MouseEvent) => event.preventDefault())
    const { kit } = renderWithKit(
      <CancelBooking.Root bookingId={CONFIRMED}>
        <CancelBooking.StepHeading />
        <CancelBooking.Confirm onClick={onClick} />
      </CancelBooking.Root>,
    )
    await heading('Cancel this booking?')
    await user.click(screen.getByRole('button', { name: 'Cancel booking' }))
    expect(onClick).toHaveBeenCalledTimes(1)
    expect(kit.count('PUT')).toBe(0)
    expect(screen.getByRole('heading').textContent).toBe('Cancel this booking?')
  })

  test('a controlled message is what is sent', async () => {
    const user = userEvent.setup()
    const onMessageChange = vi.fn()
    const { kit } = renderWithKit(<CancelBooking.Root bookingId={CONFIRMED} message="Fixed reason" onMessageChange={onMessageChange} />)
    await heading('Cancel this booking?')
    const field = screen.getByRole('textbox') as HTMLTextAreaElement
    await user.type(field, '!')
    expect(onMessageChange).toHaveBeenLastCalledWith('Fixed reason!')
    expect(field.value).toBe('Fixed reason')
    await user.click(screen.getByRole('button', { name: 'Cancel booking' }))
    await heading('Booking cancelled')
    expect(kit.requests.find((r) => r.method === 'PUT')?.body).toEqual({ cancel_by_customer: { message: 'Fixed reason' } })
  })

  test('two on one page keep their own ids and steps', async () => {
    const user = userEvent.setup()
    const { container } = renderWithKit(
      <>
        <CancelBooking.Root bookingId={CONFIRMED} />
        <CancelBooking.Root bookingId={OTHER_CONFIRMED} />
      </>,
    )
    await waitFor(() => expect(screen.getAllByRole('heading', { name: 'Cancel this booking?' })).toHaveLength(2))
    const ids = Array.from(container.querySelectorAll('[id]')).map((n) => n.id)
    expect(new Set(ids).size).toBe(ids.length)
    await user.click(screen.getAllByRole('button', { name: 'Cancel booking' })[0]!)
    await heading('Booking cancelled')
    const [first, second] = Array.from(container.children) as HTMLElement[]
    expect(first!.getAttribute('data-step')).toBe('done')
    expect(second!.getAttribute('data-step')).toBe('confirming')
    await expectNoAxeViolations(container)
  })
})

describe('useCancelBookingState + useCancelBooking', () => {
  function useBoth(bookingId: string) {
    const state = useCancelBookingState({ bookingId })
    return { state, aria: useCancelBooking(state) }
  }

  test('prop getters merge the caller props last and link label, field, hint and summary', async () => {
    const { result } = renderHookWithKit(() => useBoth(CONFIRMED))
    await waitFor(() => expect(result.current.state.step).toBe('confirming'))
    const { aria, state } = result.current
    expect(state.action).toBe('cancel_by_customer')
    expect(state.resources).toEqual(['Astrid Nielsen'])
    expect(state.time?.day).toBe('Tuesday, March 24, 2026')
    expect(aria.getConfirmProps({ type: 'submit' })).toMatchObject({ type: 'submit', 'aria-describedby': aria.getSummaryProps().id })
    expect(aria.getMessageLabelProps().htmlFor).toBe(aria.getMessageProps().id)
    expect(aria.getMessageProps()['aria-describedby']).toBe(aria.getMessageHintProps().id)
    expect(aria.getHeadingProps({ id: 'mine' })).toMatchObject({ id: 'mine', tabIndex: -1 })
    expect(aria.getResultProps()).toMatchObject({ role: 'status' })
    expect(aria.getErrorProps()).toMatchObject({ role: 'alert' })
  })

  test('confirm() resolves with the cancelled booking; a second confirm sends nothing', async () => {
    const { result, kit } = renderHookWithKit(() => useBoth(CONFIRMED))
    await waitFor(() => expect(result.current.state.step).toBe('confirming'))
    let cancelled
    await act(async () => {
      cancelled = await result.current.state.confirm()
    })
    expect(cancelled).toMatchObject({ id: CONFIRMED, state: 'cancelled_by_customer' })
    expect(result.current.state.step).toBe('done')
    expect(result.current.state.cancelled?.state).toBe('cancelled_by_customer')
    expect(await result.current.state.confirm()).toBeUndefined()
    expect(kit.count('PUT')).toBe(1)
  })
})

describe('CancelBooking: two confirms in one frame', () => {
  test('send once and report once', async () => {
    const onCancelled = vi.fn()
    const { result, kit } = renderHookWithKit(() => useCancelBookingState({ bookingId: CONFIRMED, onCancelled }))
    await waitFor(() => expect(result.current.step).toBe('confirming'))
    const { confirm } = result.current
    let results: unknown[] = []
    await act(async () => {
      results = await Promise.all([confirm(), confirm()])
    })
    expect(results[1]).toBeUndefined()
    expect(kit.count('PUT')).toBe(1)
    expect(onCancelled).toHaveBeenCalledTimes(1)
    expect(result.current.step).toBe('done')
  })
})

describe('CancelBooking: another booking id', () => {
  test('starts over for the new booking (step, summary and message)', async () => {
    const user = userEvent.setup()
    const kit = createKit()
    const view = (id: string) => (
      <kit.Provider>
        <CancelBooking.Root bookingId={id} />
      </kit.Provider>
    )
    const { rerender } = render(view(CONFIRMED))
    await heading('Cancel this booking?')
    expect(screen.getByText(/^Tuesday, March 24/).textContent).toMatch(/with Astrid Nielsen$/)
    await user.type(screen.getByRole('textbox'), 'Typed for the first')
    rerender(view(OTHER_CONFIRMED))
    await waitFor(() => expect(screen.getByText(/with Marcus Reed$/)).toBeTruthy())
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('')
  })
})
