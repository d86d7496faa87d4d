// Text and language: formatting only through Intl and the time layer, the
// direction from the locale, a forced hour cycle whatever the language.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { BookingFlow, SlotPicker } from '../../src'
import { COPENHAGEN_SEARCH, renderWithKit, THIS_WEEK } from '../query/support/renderWithKit'

const ARABIC_INDIC = /[\u0660-\u0669]/
const LATIN_DIGIT = /[0-9]/

async function firstGroup() {
  const groups = await screen.findAllByRole('group')
  return waitFor(() => {
    const withSlots = groups.find((g) => within(g).queryAllByRole('button').length > 0)
    expect(withSlots).toBeDefined()
    return withSlots!
  })
}

describe('right-to-left locales', () => {
  it('ar-EG: the flow reads right to left with Arabic-Indic digits, on screen and in the names', async () => {
    const { container } = renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} />, { provider: { locale: 'ar-EG' } })
    const group = await firstGroup()
    expect(container.querySelector('[data-step]')!.getAttribute('dir')).toBe('rtl')
    const slot = within(group).getAllByRole('button')[0]!
    expect(slot.textContent).toMatch(ARABIC_INDIC)
    expect(slot.textContent).not.toMatch(LATIN_DIGIT)
    expect(slot.getAttribute('aria-label')).toMatch(ARABIC_INDIC)
    expect(slot.getAttribute('aria-label')!.startsWith(slot.textContent!)).toBe(true)
  })

  it('he-IL: right to left, and Left/Right swap in the slot group', async () => {
    const user = userEvent.setup()
    const changes: string[] = []
    renderWithKit(
      <SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK} onValueChange={(s) => s && changes.push(s.start)}>
        <SlotPicker.Days />
      </SlotPicker.Root>,
      { provider: { locale: 'he-IL' } },
    )
    const radios = await waitFor(() => {
      const all = screen.getAllByRole('radio')
      expect(all.length).toBeGreaterThan(3)
      return all
    })
    expect(radios[0]!.closest('[dir]')!.getAttribute('dir')).toBe('rtl')
    radios[0]!.focus()
    // In RTL, Left is "next": the second slot of the day is chosen.
    await user.keyboard('{ArrowLeft}')
    expect(radios[1]!.getAttribute('aria-checked')).toBe('true')
    await user.keyboard('{ArrowRight}')
    expect(radios[0]!.getAttribute('aria-checked')).toBe('true')
    expect(changes).toHaveLength(2)
  })
})

describe('hour cycle', () => {
  it('a 24-hour clock can be forced on en-US, and a 12-hour one on en-GB', async () => {
    const { unmount } = renderWithKit(<SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK} hourCycle="h23" />)
    const first24 = await waitFor(() => screen.getAllByRole('radio')[0]!)
    expect(first24.textContent).toMatch(/^\d{2}:\d{2}$/)
    expect(first24.getAttribute('aria-label')).not.toMatch(/AM|PM/)
    unmount()
    renderWithKit(<SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK} hourCycle="h12" />, { provider: { locale: 'en-GB' } })
    const first12 = await waitFor(() => screen.getAllByRole('radio')[0]!)
    expect(first12.textContent).toMatch(/am|pm/i)
  })
})
