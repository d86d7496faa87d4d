// Counted, not timed: how many slot parts re-render when one slot among ~1,000 is chosen.
// Each SlotPicker.Slot resolves its className once per render, so a stable className function
// counts renders per slot without breaking the slots' memoisation.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, test } from 'vitest'
import { SlotPicker, slotKey, type SlotRenderState } from '../../src/components'
import { createDemoSeed } from '../../src/mock'
import { createKit, NOW } from '../query/support/renderWithKit'
import { ROUND_THE_CLOCK, TEN_MINUTE_SEARCH } from './support/slotPickerKit'

const renders = new Map<string, number>()
const countRender = (state: SlotRenderState) => {
  const key = slotKey(state.slot)
  renders.set(key, (renders.get(key) ?? 0) + 1)
  return undefined
}
const renderSlot = (slot: Parameters<typeof SlotPicker.Slot>[0]['slot']) => <SlotPicker.Slot slot={slot} className={countRender} />

/** Slot parts rendered since the last call, and their renders in all. */
function takeCounts() {
  const counts = { slots: renders.size, renders: [...renders.values()].reduce((a, b) => a + b, 0) }
  renders.clear()
  return counts
}

beforeEach(() => {
  renders.clear()
})

describe('SlotPicker re-renders', () => {
  test('choosing one slot among 1,002 re-renders 2 slot parts in its day, 4 when the choice moves to another day', async () => {
    const user = userEvent.setup()
    const seed = createDemoSeed(NOW)
    const kit = createKit({ backendOptions: { ...seed, resources: [...seed.resources, ROUND_THE_CLOCK] } })
    render(
      <kit.Provider>
        {/* Tuesday to Monday: 5 full days of 144 ten-minute slots, the 23-hour Sunday's 138, Monday's 144. */}
        <SlotPicker.Root search={TEN_MINUTE_SEARCH} defaultWindow={{ start: '2026-03-24', days: 7 }} prefetchNext={false}>
          <SlotPicker.Days>
            {() => (
              <SlotPicker.Day>
                <SlotPicker.DayHeading />
                <SlotPicker.Slots>{renderSlot}</SlotPicker.Slots>
              </SlotPicker.Day>
            )}
          </SlotPicker.Days>
        </SlotPicker.Root>
      </kit.Provider>,
    )
    const tuesday = await screen.findByRole('radiogroup', { name: 'Tuesday, March 24, 2026' })
    expect(screen.getAllByRole('radio')).toHaveLength(1002)
    expect(takeCounts().slots).toBe(1002)
    const tue = within(tuesday).getAllByRole('radio')
    const wed = within(screen.getByRole('radiogroup', { name: 'Wednesday, March 25, 2026' })).getAllByRole('radio')

    // First choice, Tuesday's 12:00: it and Tuesday's first slot (which gives up the tab stop).
    await user.click(tue[72]!)
    expect(tue[72]!.getAttribute('aria-checked')).toBe('true')
    expect(takeCounts()).toEqual({ slots: 2, renders: 2 })

    // Another slot of the same day: the old and the new choice.
    await user.click(tue[80]!)
    expect(takeCounts()).toEqual({ slots: 2, renders: 2 })

    // Arrow key: selection follows focus, still two slots (focus-visible moves with them).
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(tue[81])
    // Measured on React 19: 3 renders, the newly focused slot twice (its visible focus, then its check).
    const arrow = takeCounts()
    expect(arrow.slots).toBe(2)
    expect(arrow.renders).toBeLessThanOrEqual(3)

    // To another day: the old choice, Tuesday's first slot (tab stop back), the new choice and
    // Wednesday's first slot (tab stop lost).
    await user.click(wed[30]!)
    expect(wed[30]!.getAttribute('aria-checked')).toBe('true')
    // Measured on React 19: 5 renders, the blurred old choice twice (focus leaves, then its check).
    const moved = takeCounts()
    expect(moved.slots).toBe(4)
    expect(moved.renders).toBeLessThanOrEqual(5)
    // A thousand slots in jsdom take seconds on a loaded machine: a count, never a time, is checked.
  }, 30_000)
})
