// Window navigation parts: previous / next / today with their bounds and keys, the range label,
// the offset-change notice, and the empty window that offers the next day with free slots.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { createDemoSeed } from '../../src/mock'
import { COPENHAGEN_SEARCH, createKit, NIGHT_SEARCH, NOW, renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'
import { findDayGroup, FullPicker, ROUND_THE_CLOCK, TEN_MINUTE_SEARCH } from './support/slotPickerKit'

const label = () => screen.getByText(/^Mar|^Apr/, { selector: 'p[aria-live]' })
/** The range label's text with Intl's thin and narrow no-break spaces as plain spaces. */
const labelText = () => label().textContent!.replace(/\s/g, ' ')

describe('previous / next / today', () => {
  test('disabled at the bounds (today, the horizon), by mouse and keyboard, with no request when disabled', async () => {
    const user = userEvent.setup()
    const onWindowChange = vi.fn()
    const kit = createKit()
    const { container } = render(
      <kit.Provider>
        <FullPicker horizon={13} onWindowChange={onWindowChange} prefetchNext={false} />
      </kit.Provider>,
    )
    await findDayGroup('Monday, March 23, 2026')
    const previous = screen.getByRole('button', { name: 'Previous week' })
    const next = screen.getByRole('button', { name: 'Next week' })
    const today = screen.getByRole('button', { name: 'Today' })
    expect(labelText()).toBe('Mar 23 – 29, 2026')
    expect(label().getAttribute('aria-live')).toBe('polite')
    expect(previous.getAttribute('aria-disabled')).toBe('true')
    expect(previous.hasAttribute('data-disabled')).toBe(true)
    expect(today.getAttribute('aria-disabled')).toBe('true')
    expect(next.hasAttribute('aria-disabled')).toBe(false)
    await expectNoAxeViolations(container)

    const before = kit.count('POST', '/availability')
    await user.click(previous)
    await user.click(today)
    expect(onWindowChange).not.toHaveBeenCalled()
    expect(kit.count('POST', '/availability')).toBe(before)

    // Keyboard: Enter on Next.
    next.focus()
    await user.keyboard('{Enter}')
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: '2026-03-30', days: 7 })
    await findDayGroup('Monday, March 30, 2026')
    expect(labelText()).toBe('Mar 30 – Apr 5, 2026')
    // The horizon (today + 13 = April 5) is reached: Next refuses, and keeps focus.
    expect(next.getAttribute('aria-disabled')).toBe('true')
    await user.keyboard('{Enter}')
    expect(onWindowChange).toHaveBeenCalledTimes(1)
    expect(document.activeElement).toBe(next)
    expect(previous.hasAttribute('aria-disabled')).toBe(false)
    expect(today.hasAttribute('aria-disabled')).toBe(false)

    // Space on Today goes back.
    today.focus()
    await user.keyboard(' ')
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: '2026-03-23', days: 7 })
    await findDayGroup('Monday, March 23, 2026')
    expect(labelText()).toBe('Mar 23 – 29, 2026')

    await user.click(next)
    await findDayGroup('Monday, March 30, 2026')
    // Keyboard on Previous: Tab reaches it, Enter goes back.
    previous.focus()
    await user.keyboard('{Enter}')
    await findDayGroup('Monday, March 23, 2026')
    expect(onWindowChange).toHaveBeenCalledTimes(4)
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: '2026-03-23', days: 7 })
    // Back at today: Previous is disabled again and keeps focus.
    expect(previous.getAttribute('aria-disabled')).toBe('true')
    expect(document.activeElement).toBe(previous)
  })

  test('windows of other lengths name their step; messages override the strings', async () => {
    renderWithKit(
      <FullPicker
        defaultWindow={undefined}
        days={3}
        messages={{ today: 'Back to today', nextWindow: ({ days }) => `Forward ${days}` }}
      />,
    )
    await findDayGroup('Monday, March 23, 2026')
    expect(screen.getByRole('button', { name: 'Previous 3 days' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Forward 3' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Back to today' })).toBeTruthy()
    expect(labelText()).toBe('Mar 23 – 25, 2026')
  })
})

describe('offset-change notice', () => {
  test("names the day and the new zone name in the locale; gone in a window without a change", async () => {
    const user = userEvent.setup()
    renderWithKit(<FullPicker />, { provider: { locale: 'en-GB' } })
    await findDayGroup('Monday, 23 March 2026')
    const note = screen.getByRole('note')
    expect(note.textContent).toBe('Clocks go forward on Sunday, 29 March 2026; times from then on are in CEST.')
    expect(note.hasAttribute('data-offset-change')).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Next week' }))
    await findDayGroup('Monday, 30 March 2026')
    expect(screen.queryByRole('note')).toBeNull()
  })

  test('on the change day each slot shows the zone name, in its text and its name', async () => {
    // The night desk's 23:00Z and 23:30Z slots fall just after midnight in Copenhagen.
    renderWithKit(<FullPicker search={NIGHT_SEARCH} />, { provider: { locale: 'en-GB' } })
    const sunday = await findDayGroup('Sunday, 29 March 2026')
    const radios = within(sunday).getAllByRole('radio')
    expect(radios.map((r) => r.textContent)).toEqual(['00:00 CET', '00:30 CET'])
    expect(radios[0]!.hasAttribute('data-offset-change')).toBe(true)
    expect(radios[0]!.getAttribute('aria-label')).toMatch(/^00:00 CET, Sunday, 29 March 2026/)
    // Not on other days.
    const tuesday = within(screen.getByRole('radiogroup', { name: 'Tuesday, 24 March 2026' })).getAllByRole('radio')
    expect(tuesday[0]!.textContent).toBe('00:00')
    expect(tuesday[0]!.hasAttribute('data-offset-change')).toBe(false)
  })
})

test('fall back: the repeated hour shows each time with its zone name, two distinct slots', async () => {
  const seed = createDemoSeed(NOW)
  renderWithKit(
    <FullPicker
      search={{ ...TEN_MINUTE_SEARCH, length: '30 minutes' }}
      window={{ start: '2026-11-01', days: 1 }}
    />,
    { provider: { timeZone: 'America/New_York' }, backendOptions: { ...seed, resources: [...seed.resources, ROUND_THE_CLOCK] } },
  )
  const sunday = await findDayGroup('Sunday, November 1, 2026')
  const times = within(sunday).getAllByRole('radio').map((r) => r.textContent)
  // The day has 25 hours: 50 half-hour slots, 1:00 and 1:30 twice.
  expect(times).toHaveLength(50)
  expect(times.slice(2, 6)).toEqual(['1:00 AM EDT', '1:30 AM EDT', '1:00 AM EST', '1:30 AM EST'])
  const names = within(sunday).getAllByRole('radio').map((r) => r.getAttribute('aria-label'))
  expect(new Set(names).size).toBe(50)
  expect(names[4]).toMatch(/^1:00 AM EST, Sunday, November 1, 2026 at 1:00 AM Eastern Standard Time/)
  expect(screen.getByRole('note').textContent).toBe('Clocks go back on Sunday, November 1, 2026; times from then on are in EST.')
  // The arrow keys walk through the repeated hour in time order.
  const user = userEvent.setup()
  const radios = within(sunday).getAllByRole('radio')
  radios[3]!.focus()
  await user.keyboard('{ArrowRight}')
  expect(document.activeElement).toBe(radios[4])
  expect(radios[4]!.getAttribute('aria-checked')).toBe('true')
  expect(radios[2]!.getAttribute('aria-checked')).toBe('false')
})

describe('empty states', () => {
  test('an empty window offers the next day with free slots and moves there', async () => {
    const user = userEvent.setup()
    const { container } = renderWithKit(<FullPicker defaultWindow={{ start: '2026-03-28', days: 2 }} />)
    const offer = await screen.findByRole('button', { name: 'Next available: Monday, March 30, 2026' })
    expect(screen.getByLabelText('Times').hasAttribute('data-empty')).toBe(true)
    expect(screen.getAllByText('No free times')).toHaveLength(2)
    await expectNoAxeViolations(container)
    // By keyboard: Enter on the offer.
    offer.focus()
    await user.keyboard('{Enter}')
    await findDayGroup('Monday, March 30, 2026')
    expect(screen.queryByRole('button', { name: /^Next available/ })).toBeNull()
    expect(screen.getByLabelText('Times').hasAttribute('data-empty')).toBe(false)
  })

  test('with nothing free in two months it says so and offers nothing', async () => {
    renderWithKit(
      <FullPicker search={{ ...COPENHAGEN_SEARCH, constraints: [{ block_weekdays: {} }] }} defaultWindow={{ start: '2026-03-28', days: 2 }} />,
    )
    const none = await screen.findByRole('button', { name: 'No free times in these days.' })
    expect(none.getAttribute('aria-disabled')).toBe('true')
  })

  test('a window with slots shows no offer', async () => {
    renderWithKit(<FullPicker />)
    await findDayGroup('Monday, March 23, 2026')
    expect(screen.queryByRole('button', { name: /^Next available|^No free times in/ })).toBeNull()
    expect(screen.getByLabelText('Times').hasAttribute('data-empty')).toBe(false)
  })
})
