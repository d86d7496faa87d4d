// The SlotPicker in 'select' mode: names, groups, the APG radio-group keyboard, and the selection
// controlled and uncontrolled. Host zone Pacific/Auckland, customer zone Copenhagen, now = Mon 23 Mar 09:00.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode, useState } from 'react'
import { describe, expect, test, vi } from 'vitest'
import type { Slot } from '../../src/client'
import { DEMO_IDS } from '../../src/mock'
import { COPENHAGEN_SEARCH, renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'
import { findDayGroup, FullPicker } from './support/slotPickerKit'

/** An instant as epoch ms: the API spells UTC as `+00:00`, tests as `Z`. */
const at = (iso: string) => Date.parse(iso)

const MONDAY = 'Monday, March 23, 2026'
const TUESDAY = 'Tuesday, March 24, 2026'

describe('SlotPicker (select): names and groups', () => {
  test('one radiogroup per day, named by its heading with the full date in the locale', async () => {
    const { container } = renderWithKit(<FullPicker />)
    const monday = await findDayGroup(MONDAY)
    expect(screen.getByRole('heading', { level: 3, name: MONDAY })).toBeTruthy()
    expect(screen.getAllByRole('radiogroup').map((g) => g.getAttribute('data-day'))).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
    ])
    // The weekend is blocked for Astrid: no group, an empty note instead.
    expect(screen.getAllByText('No free times')).toHaveLength(2)
    // 09:00 is now: a slot that has started is not offered.
    expect(within(monday).getAllByRole('radio').map((r) => r.textContent)).toEqual([
      '10:00 AM',
      '11:00 AM',
      '12:00 PM',
      '1:00 PM',
      '2:00 PM',
      '3:00 PM',
      '4:00 PM',
    ])
    await expectNoAxeViolations(container)
  })

  test("each slot's name starts with its visible text, then the full spoken label with the resource", async () => {
    renderWithKit(<FullPicker />)
    const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
    for (const radio of radios) {
      const name = radio.getAttribute('aria-label')!
      expect(name.startsWith(`${radio.textContent}, `)).toBe(true)
      expect(name).toMatch(/Tuesday, March 24, 2026 at .* Central European Standard Time, with Astrid Nielsen$/)
    }
  })

  test('team slots name every resource (mutual search)', async () => {
    renderWithKit(
      <FullPicker search={{ mode: 'mutual', resources: [DEMO_IDS.copenhagen, DEMO_IDS.kolkata], length: '1 hour' }} />,
    )
    const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
    expect(radios.length).toBeGreaterThan(0)
    for (const radio of radios) expect(radio.getAttribute('aria-label')).toMatch(/, with (Astrid Nielsen and Priya Sharma|Priya Sharma and Astrid Nielsen)$/)
  })

  test('locale en-GB: 24-hour visible text and day-month order in headings', async () => {
    renderWithKit(<FullPicker />, { provider: { locale: 'en-GB' } })
    const group = await findDayGroup('Tuesday, 24 March 2026')
    expect(within(group).getAllByRole('radio')[0]!.textContent).toBe('09:00')
    expect(screen.getByText('23 – 29 Mar 2026')).toBeTruthy()
  })

  test('hourCycle forces a 24-hour clock in en-US', async () => {
    renderWithKit(<FullPicker hourCycle="h23" />)
    expect(within(await findDayGroup(TUESDAY)).getAllByRole('radio')[0]!.textContent).toBe('09:00')
  })
})

describe('SlotPicker (select): keyboard (APG radio group)', () => {
  test('Tab enters each day on its first slot; arrows move, check and wrap; Home/End', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    renderWithKit(<FullPicker onValueChange={onValueChange} />)
    const monday = within(await findDayGroup(MONDAY))
    const tuesday = within(await findDayGroup(TUESDAY))
    // Start on Today (aria-disabled in this week, still focusable), then the first day's first slot.
    screen.getByText('Today').focus()
    await user.tab()
    const [first, second] = monday.getAllByRole('radio')
    const last = monday.getAllByRole('radio').at(-1)!
    expect(document.activeElement).toBe(first)
    // Focus alone does not check (Tab is not a choice).
    expect(first!.getAttribute('aria-checked')).toBe('false')
    expect(onValueChange).not.toHaveBeenCalled()

    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(second)
    expect(second!.getAttribute('aria-checked')).toBe('true')
    expect(at(onValueChange.mock.lastCall![0].start)).toBe(at('2026-03-23T10:00:00Z'))

    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(monday.getAllByRole('radio')[2])
    await user.keyboard('{ArrowUp}{ArrowLeft}')
    expect(document.activeElement).toBe(first)
    expect(first!.getAttribute('aria-checked')).toBe('true')
    // Wrap backwards from the first to the last, forwards from the last to the first.
    await user.keyboard('{ArrowLeft}')
    expect(document.activeElement).toBe(last)
    expect(last.getAttribute('aria-checked')).toBe('true')
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(first)
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(last)
    await user.keyboard('{Home}')
    expect(document.activeElement).toBe(first)
    expect(monday.getAllByRole('radio').filter((r) => r.getAttribute('aria-checked') === 'true')).toEqual([first])

    // One tab stop per group: Tab leaves Monday for Tuesday's first slot.
    await user.tab()
    expect(document.activeElement).toBe(tuesday.getAllByRole('radio')[0])
    // Checking on Tuesday moves the selection off Monday: Monday's first slot regains its tab stop.
    await user.keyboard('{End}')
    expect(tuesday.getAllByRole('radio').at(-1)!.getAttribute('aria-checked')).toBe('true')
    await user.tab({ shift: true })
    expect(document.activeElement).toBe(monday.getAllByRole('radio')[0])
  })

  test('Tab enters a day on its checked slot', async () => {
    const user = userEvent.setup()
    renderWithKit(<FullPicker />)
    const tuesday = within(await findDayGroup(TUESDAY))
    const third = tuesday.getAllByRole('radio')[2]!
    await user.click(third)
    expect(third.getAttribute('aria-checked')).toBe('true')
    expect(tuesday.getAllByRole('radio').map((r) => r.tabIndex)).toEqual([-1, -1, 0, -1, -1, -1, -1])
    // Monday has no checked slot: its first slot keeps Monday's tab stop.
    const monday = within(screen.getByRole('radiogroup', { name: MONDAY }))
    expect(monday.getAllByRole('radio').map((r) => r.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1])
    monday.getAllByRole('radio')[0]!.focus()
    await user.tab()
    expect(document.activeElement).toBe(third)
  })

  test('Space and Enter check the focused slot', async () => {
    const user = userEvent.setup()
    renderWithKit(<FullPicker />)
    const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
    radios[1]!.focus()
    await user.keyboard(' ')
    expect(radios[1]!.getAttribute('aria-checked')).toBe('true')
    radios[3]!.focus()
    await user.keyboard('{Enter}')
    expect(radios[3]!.getAttribute('aria-checked')).toBe('true')
    expect(radios[1]!.getAttribute('aria-checked')).toBe('false')
  })

  test('disabled slots are shown with aria-disabled, skipped by arrows and refuse clicks', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const isSlotDisabled = (slot: Slot) => [at('2026-03-24T10:00:00Z'), at('2026-03-24T08:00:00Z')].includes(at(slot.start))
    renderWithKit(<FullPicker isSlotDisabled={isSlotDisabled} onValueChange={onValueChange} />)
    const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
    // 09:00 (08:00Z) and 11:00 (10:00Z) are disabled: 12:00 PM takes the tab stop.
    expect(radios.map((r) => r.getAttribute('aria-disabled'))).toEqual(['true', 'true', null, null, null, null, null])
    expect(radios[0]!.hasAttribute('data-disabled')).toBe(true)
    expect(radios[2]!.tabIndex).toBe(0)
    await user.click(radios[0]!)
    expect(onValueChange).not.toHaveBeenCalled()
    expect(radios[0]!.getAttribute('aria-checked')).toBe('false')
    radios[2]!.focus()
    await user.keyboard('{ArrowLeft}')
    // Wraps past the disabled ones to the last enabled slot.
    expect(document.activeElement).toBe(radios[6])
    await user.keyboard('{Home}')
    expect(document.activeElement).toBe(radios[2])
  })

  test("dir='rtl' swaps Left and Right", async () => {
    const user = userEvent.setup()
    renderWithKit(<FullPicker dir="rtl" />)
    const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
    radios[1]!.focus()
    await user.keyboard('{ArrowLeft}')
    expect(document.activeElement).toBe(radios[2])
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(document.activeElement).toBe(radios[0])
    expect(screen.getByLabelText('Times').getAttribute('dir')).toBe('rtl')
  })
})

describe('SlotPicker (select): value', () => {
  test('uncontrolled: defaultValue is checked, a click changes it and calls onValueChange', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const defaultValue = { start: '2026-03-24T12:00:00Z', end: '2026-03-24T13:00:00Z', resources: [{ id: DEMO_IDS.copenhagen }] } as Slot
    const { container } = renderWithKit(<FullPicker defaultValue={defaultValue} onValueChange={onValueChange} />)
    const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
    expect(radios[3]!.getAttribute('aria-checked')).toBe('true')
    expect(radios[3]!.hasAttribute('data-selected')).toBe(true)
    await user.click(radios[4]!)
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(at(onValueChange.mock.calls[0]![0].start)).toBe(at('2026-03-24T13:00:00Z'))
    expect(onValueChange.mock.calls[0]![0].resources).toEqual([{ id: DEMO_IDS.copenhagen, name: 'Astrid Nielsen' }])
    expect(radios[4]!.getAttribute('aria-checked')).toBe('true')
    expect(radios[3]!.getAttribute('aria-checked')).toBe('false')
    await expectNoAxeViolations(container)
  })

  test('controlled: the parent owns the value; without an update the check does not move', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const value = { start: '2026-03-24T08:00:00Z', end: '2026-03-24T09:00:00Z', resources: [{ id: DEMO_IDS.copenhagen }] } as Slot
    renderWithKit(<FullPicker value={value} onValueChange={onValueChange} />)
    const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
    expect(radios[0]!.getAttribute('aria-checked')).toBe('true')
    await user.click(radios[2]!)
    expect(at(onValueChange.mock.lastCall![0].start)).toBe(at('2026-03-24T11:00:00Z'))
    expect(radios[0]!.getAttribute('aria-checked')).toBe('true')
    expect(radios[2]!.getAttribute('aria-checked')).toBe('false')
  })

  test('controlled with state: value follows, null clears, the same instant in another spelling matches', async () => {
    const user = userEvent.setup()
    let setOutside!: (slot: Slot | null) => void
    function Page() {
      const [slot, setSlot] = useState<Slot | null>(null)
      setOutside = setSlot
      return <FullPicker value={slot} onValueChange={setSlot} before={<output aria-label="Chosen">{slot ? new Date(slot.start).toISOString() : 'none'}</output>} />
    }
    renderWithKit(<Page />)
    const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
    await user.click(radios[1]!)
    expect(screen.getByLabelText('Chosen').textContent).toBe('2026-03-24T10:00:00.000Z')
    await user.keyboard('{ArrowRight}')
    expect(screen.getByLabelText('Chosen').textContent).toBe('2026-03-24T11:00:00.000Z')
    // A value spelled with an offset (the same instant) and resources in any order is the same slot.
    setOutside({ start: '2026-03-24T13:00:00+01:00', end: '2026-03-24T14:00:00+01:00', resources: [{ id: DEMO_IDS.copenhagen }] } as Slot)
    await vi.waitFor(() => expect(radios[2]!.getAttribute('aria-checked')).toBe('true'))
    setOutside(null)
    await vi.waitFor(() => expect(radios.every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true))
  })

  test('a slot of another resource at the same time is another slot', async () => {
    const value = { start: '2026-03-24T08:00:00Z', end: '2026-03-24T09:00:00Z', resources: [{ id: DEMO_IDS.kolkata }] } as Slot
    renderWithKit(<FullPicker value={value} search={COPENHAGEN_SEARCH} />)
    const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
    expect(radios.every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true)
  })
})

test('StrictMode: the same keyboard and selection (double renders and effects change nothing)', async () => {
  const user = userEvent.setup()
  const onValueChange = vi.fn()
  renderWithKit(
    <StrictMode>
      <FullPicker onValueChange={onValueChange} />
    </StrictMode>,
  )
  const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
  await user.click(radios[1]!)
  await user.keyboard('{ArrowRight}{End}{ArrowRight}')
  expect(document.activeElement).toBe(radios[0])
  expect(radios[0]!.getAttribute('aria-checked')).toBe('true')
  expect(onValueChange).toHaveBeenCalledTimes(4)
  expect(screen.getByRole('status').textContent).toBe('')
})
