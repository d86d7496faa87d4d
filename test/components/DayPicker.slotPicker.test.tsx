// A DayPicker inside a SlotPicker: it searches what the slot picker searches, choosing a day moves
// the slot picker's window there, and the window's start shows as the chosen day (following the
// window into another month). Props of the caller's own override each part of the wiring.
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { DayPicker, SlotPicker } from '../../src/components'
import { DEMO_IDS } from '../../src/mock'
import { COPENHAGEN_SEARCH, renderWithKit, THIS_WEEK } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'

// The mock answers in-process, but on a loaded shared machine a cold first render (and a multi-step
// flow with axe) can take seconds: waits and tests get room instead of flaking.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 30_000 })

const chosen = () =>
  screen
    .getAllByRole('gridcell')
    .filter((c) => c.getAttribute('aria-selected') === 'true')
    .map((c) => c.dataset.day)
const firstShownDay = () => screen.getAllByRole('radiogroup')[0]?.getAttribute('data-day')

describe('DayPicker inside SlotPicker', () => {
  test('needs no props: same search, the window start chosen, a chosen day moves the window, and back', async () => {
    const user = userEvent.setup()
    const { container, kit } = renderWithKit(
      <SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK} aria-label="Times">
        <DayPicker.Root />
        <SlotPicker.PreviousWindow />
        <SlotPicker.NextWindow />
        <SlotPicker.Days />
      </SlotPicker.Root>,
    )
    await screen.findByRole('button', { name: /March 24, 2026, free times available/ })
    expect(kit.requests.find((r) => r.path === '/availability/dates')?.body).toMatchObject({
      resources: [DEMO_IDS.copenhagen],
      length: '1 hour',
    })
    expect(chosen()).toEqual(['2026-03-23'])
    await waitFor(() => expect(firstShownDay()).toBe('2026-03-23'))

    await user.click(screen.getByRole('button', { name: /March 26, 2026/ }))
    expect(chosen()).toEqual(['2026-03-26'])
    await waitFor(() => expect(firstShownDay()).toBe('2026-03-26'))
    expect(screen.getByRole('radiogroup', { name: 'Thursday, March 26, 2026' })).toBeTruthy()

    // The slot picker's next week starts in April: the calendar follows it there.
    await user.click(screen.getByRole('button', { name: 'Next week' }))
    await waitFor(() => expect(chosen()).toEqual(['2026-04-02']))
    expect(screen.getByRole('grid', { name: 'April 2026' })).toBeTruthy()
    await waitFor(() => expect(firstShownDay()).toBe('2026-04-02'))
    await expectNoAxeViolations(container)
  })

  test("the slot picker's horizon bounds the calendar", async () => {
    renderWithKit(
      <SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK} horizon={6}>
        <DayPicker.Root />
      </SlotPicker.Root>,
    )
    await screen.findByRole('button', { name: /March 24, 2026, free times available/ })
    expect(screen.getByRole('button', { name: /March 30, 2026/ }).getAttribute('aria-label')).toBe(
      'Monday, March 30, 2026, unavailable',
    )
    expect(screen.getByRole('button', { name: 'Next month' }).getAttribute('aria-disabled')).toBe('true')
  })

  test("a caller's onValueChange and search override the wiring: the window stays", async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const { kit } = renderWithKit(
      <SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK}>
        <DayPicker.Root
          search={{ mode: 'roundrobin_random', resources: [DEMO_IDS.newYork], length: '1 hour' }}
          onValueChange={onValueChange}
        />
        <SlotPicker.Days />
      </SlotPicker.Root>,
    )
    const button = await screen.findByRole('button', { name: /March 26, 2026, free times available/ })
    expect(kit.requests.find((r) => r.path === '/availability/dates')?.body).toMatchObject({ resources: [DEMO_IDS.newYork] })
    await user.click(button)
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('2026-03-26')
    await waitFor(() => expect(firstShownDay()).toBe('2026-03-23'))
    expect(within(screen.getByRole('grid')).getAllByRole('gridcell').filter((c) => c.getAttribute('aria-selected') === 'true')).toHaveLength(1)
  })
})

describe('DayPicker: live announcements', () => {
  test('the month heading is the live region for month changes; the status announces a choice, and clears on a new month', async () => {
    const user = userEvent.setup()
    renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} />)
    await screen.findByRole('button', { name: /March 24, 2026, free times available/ })
    const heading = screen.getByRole('heading', { level: 2 })
    const status = screen.getByRole('status')
    expect(heading.getAttribute('aria-live')).toBe('polite')
    expect(heading.getAttribute('aria-atomic')).toBe('true')
    expect(status.getAttribute('aria-live')).toBe('polite')
    expect(status.textContent).toBe('')
    await user.click(screen.getByRole('button', { name: /March 24, 2026/ }))
    expect(status.textContent).toBe('Tuesday, March 24, 2026 selected')
    await user.click(screen.getByRole('button', { name: 'Next month' }))
    expect(heading.textContent).toBe('April 2026')
    expect(status.textContent).toBe('')
  })

  test('two pickers on one page never interfere: own ids, own tab stops, own announcements', async () => {
    const user = userEvent.setup()
    renderWithKit(
      <>
        <DayPicker.Root search={COPENHAGEN_SEARCH} aria-label="First" />
        <DayPicker.Root search={COPENHAGEN_SEARCH} defaultMonth="2026-04" />
      </>,
    )
    const [first, second] = screen.getAllByRole('grid')
    expect(first!.getAttribute('aria-labelledby')).not.toBe(second!.getAttribute('aria-labelledby'))
    expect(screen.getByRole('grid', { name: 'March 2026' })).toBe(first)
    expect(screen.getByRole('grid', { name: 'April 2026' })).toBe(second)
    await screen.findByRole('button', { name: /March 24, 2026, free times available/ })
    await user.click(within(first!).getByRole('button', { name: /March 24, 2026/ }))
    await user.keyboard('{ArrowRight}')
    expect((document.activeElement as HTMLElement).dataset.day).toBe('2026-03-25')
    const [status1, status2] = screen.getAllByRole('status')
    expect(status1!.textContent).toBe('Tuesday, March 24, 2026 selected')
    expect(status2!.textContent).toBe('')
    expect(within(second!).getAllByRole('button').filter((b) => b.tabIndex === 0)).toHaveLength(1)
  })
})
