// The selection's life: it survives a zone change and a window change, and is cleared with a
// polite announcement when its slot is taken behind the picker's back or its start passes.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { Slot } from '../../src/client'
import { DEMO_IDS } from '../../src/mock'
import { createKit, NOW } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'
import { findDayGroup, FullPicker } from './support/slotPickerKit'

const TUESDAY = 'Tuesday, March 24, 2026'
const at = (iso: string) => Date.parse(iso)

afterEach(() => {
  vi.useRealTimers()
})

describe('slot taken', () => {
  test('booked behind the picker: after a refetch the selection is cleared and announced politely', async () => {
    const user = userEvent.setup()
    const kit = createKit()
    const onValueChange = vi.fn()
    const { container } = render(
      <kit.Provider>
        <FullPicker onValueChange={onValueChange} />
      </kit.Provider>,
    )
    const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
    await user.click(radios[1]!)
    expect(document.activeElement).toBe(radios[1])
    const chosen = onValueChange.mock.lastCall![0] as Slot
    expect(screen.getByRole('status').textContent).toBe('')

    const response = await kit.backend.fetch('https://mock.local/v2/bookings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        resource_id: DEMO_IDS.copenhagen,
        start: chosen.start,
        end: chosen.end,
        customer: { name: 'Someone else', email: 'else@example.com' },
      }),
    })
    expect(response.status).toBe(201)
    // Still chosen until fresh data says otherwise.
    expect(radios[1]!.getAttribute('aria-checked')).toBe('true')
    await act(() => kit.queryClient.refetchQueries())

    await vi.waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''))
    expect(onValueChange).toHaveBeenLastCalledWith(null)
    const status = screen.getByRole('status')
    expect(status.getAttribute('aria-live')).toBe('polite')
    expect(status.textContent).toBe(
      'The time you chose, Tuesday, March 24, 2026 at 11:00 AM Central European Standard Time, is no longer available. Please choose another.',
    )
    const group = screen.getByRole('radiogroup', { name: TUESDAY })
    expect(within(group).queryByRole('radio', { name: /^11:00 AM/ })).toBeNull()
    expect(within(group).queryAllByRole('radio', { checked: true })).toHaveLength(0)
    // Tuesday's first slot is the tab stop again, and focus (on the removed slot) went there, not to <body>.
    expect(within(group).getAllByRole('radio')[0]!.tabIndex).toBe(0)
    expect(document.activeElement).toBe(within(group).getAllByRole('radio')[0])
    await expectNoAxeViolations(container)

    // Choosing again silences the old announcement.
    await user.click(within(group).getAllByRole('radio')[0]!)
    expect(screen.getByRole('status').textContent).toBe('')
  })

  test('a controlled value that is not in the loaded window is cleared the same way', async () => {
    const kit = createKit()
    const onValueChange = vi.fn()
    // 10:00 on Tuesday is Ole Jensen's booking: not free.
    const taken = { start: '2026-03-24T09:00:00Z', end: '2026-03-24T10:00:00Z', resources: [{ id: DEMO_IDS.copenhagen }] } as Slot
    function Page() {
      const [value, setValue] = useState<Slot | null>(taken)
      return <FullPicker value={value} onValueChange={(slot) => (onValueChange(slot), setValue(slot))} />
    }
    render(
      <kit.Provider>
        <Page />
      </kit.Provider>,
    )
    await findDayGroup(TUESDAY)
    await vi.waitFor(() => expect(onValueChange).toHaveBeenCalledWith(null))
    expect(onValueChange).toHaveBeenCalledTimes(1)
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/^The time you chose, Tuesday, March 24, 2026 at 10:00 AM/),
    )
  })
})

describe('slot passed while the page sat idle', () => {
  test('provider clock (no `now`): the chosen slot leaves at the minute boundary past its start', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: at('2026-03-23T08:58:30Z') })
    const kit = createKit({ provider: { now: undefined } })
    const onValueChange = vi.fn()
    render(
      <kit.Provider>
        <FullPicker onValueChange={onValueChange} />
      </kit.Provider>,
    )
    await act(() => vi.advanceTimersByTimeAsync(50))
    const monday = screen.getByRole('radiogroup', { name: 'Monday, March 23, 2026' })
    const first = within(monday).getAllByRole('radio')[0]!
    expect(first.textContent).toBe('10:00 AM')
    // user-event waits on timers of its own; a plain click is enough under fake timers.
    fireEvent.click(first)
    expect(first.getAttribute('aria-checked')).toBe('true')

    // 08:59:59Z: not yet.
    await act(() => vi.advanceTimersByTimeAsync(at('2026-03-23T08:59:59Z') - Date.now()))
    expect(first.getAttribute('aria-checked')).toBe('true')
    expect(onValueChange).toHaveBeenCalledTimes(1)
    // 09:00Z = 10:00 in Copenhagen: the slot has started.
    await act(() => vi.advanceTimersByTimeAsync(1_000))
    expect(onValueChange).toHaveBeenLastCalledWith(null)
    expect(within(monday).queryByRole('radio', { name: /^10:00 AM/ })).toBeNull()
    expect(within(monday).getAllByRole('radio')[0]!.textContent).toBe('11:00 AM')
    expect(screen.getByRole('status').textContent).toMatch(/^The time you chose, Monday, March 23, 2026 at 10:00 AM .* is no longer available/)
    expect(kit.count('POST', '/availability')).toBe(2)
  })

  test('a later `now` on the provider drops passed slots and clears a passed selection', async () => {
    const user = userEvent.setup()
    const kit = createKit()
    const onValueChange = vi.fn()
    const ui = (now: string) => (
      <kit.Provider now={now}>
        <FullPicker onValueChange={onValueChange} />
      </kit.Provider>
    )
    const { rerender } = render(ui(NOW))
    const monday = await findDayGroup('Monday, March 23, 2026')
    await user.click(within(monday).getAllByRole('radio')[1]!)
    rerender(ui('2026-03-23T09:30:00Z'))
    // 10:00 has passed; 11:00 (10:00Z) is still to come and stays chosen.
    expect(within(monday).getAllByRole('radio')[0]!.textContent).toBe('11:00 AM')
    expect(within(monday).getAllByRole('radio')[0]!.getAttribute('aria-checked')).toBe('true')
    rerender(ui('2026-03-23T10:00:00Z'))
    expect(onValueChange).toHaveBeenLastCalledWith(null)
    expect(screen.getByRole('status').textContent).toMatch(/11:00 AM .* is no longer available/)
  })
})

describe('the selection survives', () => {
  test('a zone change: same slot, other wall time, no request', async () => {
    const user = userEvent.setup()
    const kit = createKit()
    const onValueChange = vi.fn()
    const ui = (timeZone: string) => (
      <kit.Provider timeZone={timeZone}>
        <FullPicker onValueChange={onValueChange} />
      </kit.Provider>
    )
    const { rerender } = render(ui('Europe/Copenhagen'))
    await user.click(within(await findDayGroup(TUESDAY)).getAllByRole('radio')[1]!)
    const requests = kit.requests.length
    const searches = kit.count('POST', '/availability')
    rerender(ui('America/New_York'))
    const checked = await screen.findByRole('radio', { checked: true })
    expect(checked.textContent).toBe('6:00 AM')
    expect(checked.getAttribute('aria-label')).toMatch(/^6:00 AM, Tuesday, March 24, 2026 at 6:00 AM Eastern Daylight Time/)
    // The fetch covers every zone's days: a zone change sends nothing.
    expect(kit.requests.length).toBe(requests)
    expect(kit.count('POST', '/availability')).toBe(searches)
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('status').textContent).toBe('')
  })

  test('a window change: next week and back, still chosen, never cleared', async () => {
    const user = userEvent.setup()
    const kit = createKit()
    const onValueChange = vi.fn()
    render(
      <kit.Provider>
        <FullPicker onValueChange={onValueChange} />
      </kit.Provider>,
    )
    await user.click(within(await findDayGroup(TUESDAY)).getAllByRole('radio')[2]!)
    await user.click(screen.getByRole('button', { name: 'Next week' }))
    await findDayGroup('Tuesday, March 31, 2026')
    expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Previous week' }))
    const checked = within(await findDayGroup(TUESDAY)).getByRole('radio', { checked: true })
    expect(checked.textContent).toBe('12:00 PM')
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('status').textContent).toBe('')
  })
})
