// The SlotPicker's parts: 'immediate' mode, data-* state,
// and two pickers (or two providers in two zones) on one page.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { Slot } from '../../src/client'
import { createKit, renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'
import { findDayGroup, FullPicker } from './support/slotPickerKit'

const TUESDAY = 'Tuesday, March 24, 2026'
const at = (iso: string) => Date.parse(iso)

afterEach(() => {
  vi.restoreAllMocks()
})

describe("activation: 'immediate'", () => {
  test('buttons in a group per day; click, Enter and Space activate; arrows only move focus', async () => {
    const user = userEvent.setup()
    const onSlotActivate = vi.fn()
    const onValueChange = vi.fn()
    const { container } = renderWithKit(
      <FullPicker activation="immediate" onSlotActivate={onSlotActivate} onValueChange={onValueChange} />,
    )
    const group = await findDayGroup(TUESDAY, 'group')
    expect(screen.queryAllByRole('radio')).toHaveLength(0)
    const buttons = within(group).getAllByRole('button')
    expect(buttons[0]!.getAttribute('aria-label')).toMatch(/^9:00 AM, Tuesday, March 24, 2026 at 9:00 AM/)
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1])
    expect(buttons[0]!.hasAttribute('aria-checked')).toBe(false)

    await user.click(buttons[1]!)
    expect(onSlotActivate).toHaveBeenCalledTimes(1)
    expect(at(onSlotActivate.mock.lastCall![0].start)).toBe(at('2026-03-24T10:00:00Z'))
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(buttons[1]!.hasAttribute('data-selected')).toBe(true)

    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(buttons[2])
    expect(onSlotActivate).toHaveBeenCalledTimes(1)
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(buttons[6])
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(buttons[0])
    await user.keyboard('{Enter}')
    expect(at(onSlotActivate.mock.lastCall![0].start)).toBe(at('2026-03-24T08:00:00Z'))
    await user.keyboard('{ArrowUp}{ }')
    expect(onSlotActivate).toHaveBeenCalledTimes(3)
    expect(at(onSlotActivate.mock.lastCall![0].start)).toBe(at('2026-03-24T15:00:00Z'))
    await expectNoAxeViolations(container)
  })

  test('a disabled slot is not activated', async () => {
    const user = userEvent.setup()
    const onSlotActivate = vi.fn()
    const isSlotDisabled = (slot: Slot) => at(slot.start) === at('2026-03-24T08:00:00Z')
    renderWithKit(<FullPicker activation="immediate" onSlotActivate={onSlotActivate} isSlotDisabled={isSlotDisabled} />)
    const buttons = within(await findDayGroup(TUESDAY, 'group')).getAllByRole('button')
    await user.click(buttons[0]!)
    expect(onSlotActivate).not.toHaveBeenCalled()
    expect(buttons[1]!.tabIndex).toBe(0)
  })
})

describe('data-* state', () => {
  test('day: data-day, data-today, data-weekend, data-empty, data-offset-change; slot: data-selected, data-focus-visible', async () => {
    const user = userEvent.setup()
    const { container } = renderWithKit(<FullPicker />)
    await findDayGroup(TUESDAY)
    const sections = [...container.querySelectorAll('section')]
    expect(sections.map((s) => s.getAttribute('data-day'))).toEqual([
      '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29',
    ])
    const flags = (name: string) => sections.filter((s) => s.hasAttribute(`data-${name}`)).map((s) => s.dataset.day)
    expect(flags('today')).toEqual(['2026-03-23'])
    expect(flags('weekend')).toEqual(['2026-03-28', '2026-03-29'])
    expect(flags('empty')).toEqual(['2026-03-28', '2026-03-29'])
    expect(flags('offset-change')).toEqual(['2026-03-29'])
    expect(flags('past')).toEqual([])
    expect(flags('pending')).toEqual([])
    // False flags leave no attribute at all.
    expect(sections[1]!.getAttribute('data-today')).toBeNull()

    const radios = within(screen.getByRole('radiogroup', { name: TUESDAY })).getAllByRole('radio')
    radios[0]!.focus()
    await user.keyboard('{ArrowRight}')
    expect(radios[1]!.getAttribute('data-focus-visible')).toBe('true')
    expect(radios[1]!.getAttribute('data-selected')).toBe('true')
    expect(radios[0]!.hasAttribute('data-focus-visible')).toBe(false)
    await user.tab()
    expect(radios[1]!.hasAttribute('data-focus-visible')).toBe(false)
    expect(radios[1]!.getAttribute('data-selected')).toBe('true')
    // Focus from a click is not visible focus.
    await user.click(radios[3]!)
    expect(document.activeElement).toBe(radios[3])
    expect(radios[3]!.hasAttribute('data-focus-visible')).toBe(false)
    expect(radios[3]!.getAttribute('data-selected')).toBe('true')
  })

  test('data-past on the days before today in a controlled window', async () => {
    const { container } = renderWithKit(<FullPicker window={{ start: '2026-03-21', days: 4 }} />)
    await findDayGroup(TUESDAY)
    const past = [...container.querySelectorAll('section[data-past]')].map((s) => s.getAttribute('data-day'))
    expect(past).toEqual(['2026-03-21', '2026-03-22'])
  })

  test('data-pending on the root and days while the next window loads over the previous data', async () => {
    const user = userEvent.setup()
    // Hold availability requests only while `gate` is set, so the first window loads and the next one hangs.
    const held: { gate?: Promise<void>; release: () => void } = { release: () => {} }
    const kit = createKit({
      wrapFetch: (next) => async (input, init) => {
        if (held.gate && String(input).includes('/availability')) await held.gate
        return next(input, init)
      },
    })
    const { container } = render(<FullPicker prefetchNext={false} />, { wrapper: ({ children }) => <kit.Provider>{children}</kit.Provider> })
    expect(screen.getByLabelText('Times').hasAttribute('data-pending')).toBe(true)
    // Loading is not emptiness: no day says "No free times" before its slots arrive.
    expect(screen.queryByText('No free times')).toBeNull()
    expect(container.querySelectorAll('section[data-empty]').length).toBe(0)
    await findDayGroup(TUESDAY)
    expect(screen.getAllByText('No free times')).toHaveLength(2)
    expect(screen.getByLabelText('Times').hasAttribute('data-pending')).toBe(false)
    held.gate = new Promise((resolve) => (held.release = resolve))
    await user.click(screen.getByRole('button', { name: 'Next week' }))
    // The old week stays on screen, marked pending, until the next one arrives.
    expect(screen.getByLabelText('Times').getAttribute('data-pending')).toBe('true')
    expect(screen.getByLabelText('Times').getAttribute('aria-busy')).toBe('true')
    const pendingDays = container.querySelectorAll('section[data-pending]')
    expect(pendingDays.length).toBe(7)
    held.release()
    await findDayGroup('Monday, March 30, 2026')
    expect(container.querySelectorAll('section[data-pending]').length).toBe(0)
    expect(screen.getByLabelText('Times').hasAttribute('aria-busy')).toBe(false)
  })
})

describe('two pickers on one page', () => {
  test('in one provider: separate selections, separate ids, separate keyboard', async () => {
    const user = userEvent.setup()
    const a = vi.fn()
    const b = vi.fn()
    renderWithKit(
      <>
        <FullPicker aria-label="First" onValueChange={a} />
        <FullPicker aria-label="Second" onValueChange={b} />
      </>,
    )
    await screen.findAllByRole('radiogroup', { name: TUESDAY })
    const [first, second] = screen.getAllByRole('radiogroup', { name: TUESDAY }) as [HTMLElement, HTMLElement]
    expect(first.getAttribute('aria-labelledby')).not.toBe(second.getAttribute('aria-labelledby'))
    await user.click(within(first).getAllByRole('radio')[2]!)
    await user.keyboard('{ArrowRight}')
    expect(a).toHaveBeenCalledTimes(2)
    expect(b).not.toHaveBeenCalled()
    expect(within(first).getAllByRole('radio')[3]!.getAttribute('aria-checked')).toBe('true')
    expect(within(second).getAllByRole('radio').every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true)
    expect(document.activeElement).toBe(within(first).getAllByRole('radio')[3])
  })

  test('in two providers in two zones: each shows its own zone, selections stay apart', async () => {
    const user = userEvent.setup()
    const copenhagen = createKit()
    const newYork = createKit({ backend: copenhagen.backend, provider: { defaultTimeZone: 'America/New_York' } })
    render(
      <>
        <copenhagen.Provider>
          <FullPicker aria-label="Copenhagen" />
        </copenhagen.Provider>
        <newYork.Provider>
          <FullPicker aria-label="New York" />
        </newYork.Provider>
      </>,
    )
    const cph = within(screen.getByLabelText('Copenhagen'))
    const nyc = within(screen.getByLabelText('New York'))
    const cphTuesday = await cph.findByRole('radiogroup', { name: TUESDAY })
    const nycTuesday = await nyc.findByRole('radiogroup', { name: TUESDAY })
    expect(within(cphTuesday).getAllByRole('radio')[0]!.textContent).toBe('9:00 AM')
    expect(within(nycTuesday).getAllByRole('radio')[0]!.getAttribute('aria-label')).toMatch(/Eastern Daylight Time/)
    await user.click(within(cphTuesday).getAllByRole('radio')[0]!)
    expect(within(cphTuesday).getAllByRole('radio')[0]!.getAttribute('aria-checked')).toBe('true')
    expect(nyc.queryAllByRole('radio', { checked: true })).toHaveLength(0)
  })
})
