// RescheduleFlow's tiers beyond the default layout: parts outside their root, className/style as
// functions of the state, data-* state, asChild, caller handlers first, messages, a controlled
// message, the search option, the hooks' prop getters, and two flows on one page.
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, test, vi } from 'vitest'
import type { Slot } from '../../src/client'
import { RescheduleFlow, useRescheduleFlow, useRescheduleFlowState, type RescheduleFlowState } from '../../src/components'
import { DEMO_IDS } from '../../src/mock'
import { createKit, renderHookWithKit, renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'

const CONFIRMED = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb01'
const CANCELLED = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb04'
const WEDNESDAY = 'Wednesday, March 25, 2026'
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name })

describe('RescheduleFlow parts', () => {
  const parts = Object.entries(RescheduleFlow).filter(([name]) => name !== 'Root' && name !== 'Slots')
  test.each(parts)('<RescheduleFlow.%s> outside its root throws a clear error', (name, Part) => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const Component = Part as (props: { when?: string }) => React.ReactNode
    expect(() => render(<Component when="loading" />)).toThrow(new RegExp(`^<RescheduleFlow\\.(${name}|Step)> must be used within <RescheduleFlow\\.Root>\\.$`))
    vi.restoreAllMocks()
  })

  test('<RescheduleFlow.Slots> outside its root throws too', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<RescheduleFlow.Slots />)).toThrow('<RescheduleFlow.Slots> must be used within <RescheduleFlow.Root>.')
    vi.restoreAllMocks()
  })

  test('className and style as functions of the state; data-step on the root and parts', async () => {
    const { container } = renderWithKit(
      <RescheduleFlow.Root bookingId={CONFIRMED} className={(s) => `flow flow-${s.step}`} style={(s) => ({ opacity: s.step === 'loading' ? 0.5 : 1 })}>
        <RescheduleFlow.StepHeading className={(s: RescheduleFlowState) => `h-${s.step}`} />
        <RescheduleFlow.OldTime className="old" style={{ color: 'red' }} />
      </RescheduleFlow.Root>,
    )
    const root = container.firstElementChild as HTMLElement
    expect(root.className).toBe('flow flow-loading')
    expect(root.style.opacity).toBe('0.5')
    await heading('Choose a new time')
    expect(root.className).toBe('flow flow-choosing')
    expect(root.style.opacity).toBe('1')
    expect(screen.getByRole('heading').className).toBe('h-choosing')
    const old = screen.getByText(/^Current time:/)
    expect(old.className).toBe('old')
    expect(old.style.color).toBe('red')
    expect(old.getAttribute('data-step')).toBe('choosing')
  })

  test('a custom layout with Step, asChild on Submit, function children and messages', async () => {
    const user = userEvent.setup()
    const { container } = renderWithKit(
      <RescheduleFlow.Root bookingId={CONFIRMED} messages={{ chooseTitle: 'Pick another hour', confirmTitle: 'Sure?' }}>
        <RescheduleFlow.StepHeading />
        <RescheduleFlow.Step when="choosing">
          <RescheduleFlow.Slots aria-label="New times" />
        </RescheduleFlow.Step>
        <RescheduleFlow.Step when={['confirming', 'submitting']}>
          <RescheduleFlow.NewTime>{(s: RescheduleFlowState) => `→ ${s.newTime?.time}`}</RescheduleFlow.NewTime>
          <RescheduleFlow.MessageLabel />
          <RescheduleFlow.Message />
          <RescheduleFlow.MessageHint />
          <RescheduleFlow.Submit asChild>
            <button className="primary" data-custom="">
              Move it
            </button>
          </RescheduleFlow.Submit>
        </RescheduleFlow.Step>
        <RescheduleFlow.Step when="done">{(s: RescheduleFlowState) => <p>Moved to {s.newTime?.day}</p>}</RescheduleFlow.Step>
      </RescheduleFlow.Root>,
    )
    await heading('Pick another hour')
    const group = await screen.findByRole('group', { name: WEDNESDAY })
    await user.click(within(group).getByRole('button', { name: /^3:00 PM, / }))
    await heading('Sure?')
    expect(screen.getByText(/^→ /).textContent).toMatch(/^→ 3:00\s–\s4:00\sPM$/)
    const submit = screen.getByRole('button', { name: 'Move it' })
    expect(submit.className).toBe('primary')
    expect(submit.hasAttribute('data-custom')).toBe(true)
    await expectNoAxeViolations(container)
    await user.click(submit)
    expect(await screen.findByText('Moved to Wednesday, March 25, 2026')).toBeTruthy()
  })

  test("the caller's handler runs first and can prevent the kit's", async () => {
    const user = userEvent.setup()
    const onClick = vi.fn((event: React.MouseEvent) => event.preventDefault())
    renderWithKit(
      <RescheduleFlow.Root bookingId={CONFIRMED}>
        <RescheduleFlow.StepHeading />
        <RescheduleFlow.Step when="choosing">
          <RescheduleFlow.Slots />
        </RescheduleFlow.Step>
        <RescheduleFlow.Step when="confirming">
          <RescheduleFlow.Back onClick={onClick} />
        </RescheduleFlow.Step>
      </RescheduleFlow.Root>,
    )
    await user.click(within(await screen.findByRole('group', { name: WEDNESDAY })).getByRole('button', { name: /^3:00 PM, / }))
    await heading('Confirm the new time')
    await user.click(screen.getByRole('button', { name: 'Back to all times' }))
    expect(onClick).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('heading').textContent).toBe('Confirm the new time')
  })

  test('a controlled message', async () => {
    const user = userEvent.setup()
    const onMessageChange = vi.fn()
    function Controlled() {
      const [message, setMessage] = useState('Hi')
      return (
        <RescheduleFlow.Root
          bookingId={CONFIRMED}
          message={message}
          onMessageChange={(next) => {
            onMessageChange(next)
            setMessage(next.toUpperCase())
          }}
        />
      )
    }
    const { kit } = renderWithKit(<Controlled />)
    await user.click(within(await screen.findByRole('group', { name: WEDNESDAY })).getByRole('button', { name: /^3:00 PM, / }))
    const field = (await screen.findByRole('textbox')) as HTMLTextAreaElement
    expect(field.value).toBe('Hi')
    await user.type(field, '!')
    expect(onMessageChange).toHaveBeenLastCalledWith('Hi!')
    expect(field.value).toBe('HI!')
    await user.click(screen.getByRole('button', { name: 'Reschedule' }))
    await heading('Rescheduled')
    expect(kit.requests.find((r) => r.path.endsWith('/reschedule'))?.body).toMatchObject({ message: 'HI!' })
  })

  test('search: another resource and length; the new slot carries its resource', async () => {
    const user = userEvent.setup()
    const { kit } = renderWithKit(
      <RescheduleFlow.Root bookingId={CONFIRMED} search={{ mode: 'roundrobin_random', resources: [DEMO_IDS.newYork], length: '30 minutes' }} />,
    )
    const group = await screen.findByRole('group', { name: WEDNESDAY })
    const button = within(group).getAllByRole('button')[0]!
    expect(button.getAttribute('aria-label')).toMatch(/with Marcus Reed$/)
    const search = kit.requests.find((r) => r.path === '/availability')?.body as { resources: string[]; length: string }
    expect(search).toMatchObject({ resources: [DEMO_IDS.newYork], length: '30 minutes' })
    await user.click(button)
    await user.click(await screen.findByRole('button', { name: 'Reschedule' }))
    await heading('Rescheduled')
    expect(kit.requests.find((r) => r.path.endsWith('/reschedule'))?.body).toMatchObject({ resource_id: DEMO_IDS.newYork })
  })

  test('the default search is the booking resource and length', async () => {
    const { kit } = renderWithKit(<RescheduleFlow.Root bookingId={CONFIRMED} />)
    await screen.findByRole('group', { name: WEDNESDAY })
    expect(kit.requests.find((r) => r.path === '/availability')?.body).toMatchObject({
      mode: 'roundrobin_random',
      resources: [DEMO_IDS.copenhagen],
      length: '60 minutes',
    })
  })

  test('two flows on one page keep their own ids and steps', async () => {
    const { container } = renderWithKit(
      <>
        <RescheduleFlow.Root bookingId={CONFIRMED} />
        <RescheduleFlow.Root bookingId={CANCELLED} />
      </>,
    )
    await heading('Choose a new time')
    await heading("Can't reschedule")
    const [first, second] = Array.from(container.children) as HTMLElement[]
    expect(first!.getAttribute('data-step')).toBe('choosing')
    expect(second!.getAttribute('data-step')).toBe('refused')
    const ids = Array.from(container.querySelectorAll('[id]')).map((n) => n.id)
    expect(new Set(ids).size).toBe(ids.length)
    await expectNoAxeViolations(container)
  })
})

describe('useRescheduleFlowState + useRescheduleFlow', () => {
  function useBoth(bookingId: string) {
    const state = useRescheduleFlowState({ bookingId })
    return { state, aria: useRescheduleFlow(state) }
  }

  test('prop getters merge the caller props last; a missing slot is a clear error', async () => {
    const { result } = renderHookWithKit(() => useBoth(CONFIRMED))
    await waitFor(() => expect(result.current.state.step).toBe('choosing'))
    const { aria } = result.current
    expect(aria.getSubmitProps({ type: 'submit', id: 'go' })).toMatchObject({ type: 'submit', id: 'go' })
    expect(aria.getHeadingProps({ tabIndex: 0 })).toMatchObject({ tabIndex: 0, 'data-step': 'choosing' })
    expect(aria.getMessageLabelProps().htmlFor).toBe(aria.getMessageProps().id)
    expect(aria.getMessageProps()['aria-describedby']).toBe(aria.getMessageHintProps().id)
    expect(aria.getResultProps()).toMatchObject({ role: 'status' })
    expect(aria.getErrorProps()).toMatchObject({ role: 'alert' })
    expect(() => aria.getAlternativeProps({} as { slot: Slot })).toThrow(
      'useRescheduleFlow: pass `slot` to getAlternativeProps({ slot, ...props }).',
    )
    const slot: Slot = { start: '2026-03-25T14:00:00Z', end: '2026-03-25T15:00:00Z', resources: [{ id: DEMO_IDS.copenhagen, name: 'Astrid Nielsen' }] }
    const props = aria.getAlternativeProps({ slot, className: 'alt' })
    expect(props).toMatchObject({ type: 'button', className: 'alt' })
    expect(props['aria-label']).toMatch(/^3:00 PM, Wednesday, March 25, 2026 at 3:00 PM Central European Standard Time$/)
  })

  test('commands drive the machine: chooseSlot, back, submit', async () => {
    const { result } = renderHookWithKit(() => useBoth(CONFIRMED))
    await waitFor(() => expect(result.current.state.step).toBe('choosing'))
    expect(result.current.state.search).toEqual({ mode: 'roundrobin_random', resources: [DEMO_IDS.copenhagen], length: '60 minutes' })
    const slot: Slot = { start: '2026-03-25T14:00:00Z', end: '2026-03-25T15:00:00Z', resources: [{ id: DEMO_IDS.copenhagen }] }
    act(() => result.current.state.chooseSlot(slot))
    expect(result.current.state.step).toBe('confirming')
    expect(result.current.state.newTime?.day).toBe('Wednesday, March 25, 2026')
    act(() => result.current.state.back())
    expect(result.current.state.step).toBe('choosing')
    act(() => result.current.state.chooseSlot(slot))
    let moved
    await act(async () => {
      moved = await result.current.state.submit()
    })
    expect(moved).toMatchObject({ id: CONFIRMED })
    expect(result.current.state.step).toBe('done')
    expect(result.current.state.rescheduled?.id).toBe(CONFIRMED)
    // submit outside the confirmation sends nothing.
    expect(await result.current.state.submit()).toBeUndefined()
  })
})

describe('RescheduleFlow: two submits in one frame', () => {
  test('send once and report once', async () => {
    const onRescheduled = vi.fn()
    const { result, kit } = renderHookWithKit(() => useRescheduleFlowState({ bookingId: CONFIRMED, onRescheduled }))
    await waitFor(() => expect(result.current.step).toBe('choosing'))
    act(() => result.current.chooseSlot({ start: '2026-03-25T14:00:00Z', end: '2026-03-25T15:00:00Z', resources: [{ id: DEMO_IDS.copenhagen }] }))
    const { submit } = result.current
    let results: unknown[] = []
    await act(async () => {
      results = await Promise.all([submit(), submit()])
    })
    expect(results[1]).toBeUndefined()
    expect(kit.count('POST', `/bookings/${CONFIRMED}/reschedule`)).toBe(1)
    expect(onRescheduled).toHaveBeenCalledTimes(1)
    expect(result.current.step).toBe('done')
  })
})

describe('RescheduleFlow: another booking id', () => {
  test('starts over for the new booking', async () => {
    const kit = createKit()
    const view = (id: string) => (
      <kit.Provider>
        <RescheduleFlow.Root bookingId={id} />
      </kit.Provider>
    )
    const { rerender } = render(view(CANCELLED))
    await heading("Can't reschedule")
    rerender(view(CONFIRMED))
    await heading('Choose a new time')
    expect(screen.getByText(/^Current time:/).textContent).toMatch(/Tuesday, March 24, 2026, 10:00/)
  })
})
