// useDayPickerState without the DOM: the weeks, the unavailable days, the tab stop and the commands,
// the month following a value set from outside, and the zone the free days are asked in.
import { act, configure, waitFor } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { useDayPickerState, type UseDayPickerStateOptions } from '../../src/components'
import { COPENHAGEN_SEARCH, renderHookWithKit } from '../query/support/renderWithKit'

// Waits and tests get room on a loaded shared machine instead of flaking.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 30_000 })

function setup(options: Partial<UseDayPickerStateOptions> = {}) {
  return renderHookWithKit((props: Partial<UseDayPickerStateOptions>) => useDayPickerState({ search: COPENHAGEN_SEARCH, ...props }), {
    initialProps: options,
  })
}

describe('useDayPickerState', () => {
  test("today's month, its weeks and the days to choose, asked in the customer's zone", async () => {
    const { result, kit } = setup()
    expect(result.current.month).toBe('2026-03')
    expect(result.current.monthLabel).toBe('March 2026')
    expect(result.current.timeZone).toBe('Europe/Copenhagen')
    expect(result.current.weekStartsOn).toBe(7)
    expect(result.current.isPending).toBe(true)
    expect(result.current.isUnavailable('2026-03-24')).toBe(true)
    await waitFor(() => expect(result.current.isPending).toBe(false))
    const free = result.current.weeks.flat().filter((d) => !d.isUnavailable).map((d) => d.dayKey)
    expect(free).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-30', '2026-03-31'])
    expect(result.current.focusedDay).toBe('2026-03-23')
    expect(kit.requests.find((r) => r.path === '/availability/dates')?.body).toMatchObject({ output_timezone: 'Europe/Copenhagen' })
  })

  test('commands return the day they focus, clamped to [today, horizon]; month moves call onMonthChange', async () => {
    const onMonthChange = vi.fn()
    const { result } = setup({ horizon: '2026-04-15', onMonthChange })
    await waitFor(() => expect(result.current.isPending).toBe(false))
    let day: string | undefined
    act(() => void (day = result.current.focusPreviousWeek()))
    expect(day).toBe('2026-03-23')
    act(() => void (day = result.current.focusNextPage()))
    expect(day).toBe('2026-04-15')
    expect(result.current.month).toBe('2026-04')
    expect(onMonthChange).toHaveBeenLastCalledWith('2026-04')
    expect(result.current.canNextMonth).toBe(false)
    act(() => result.current.nextMonth())
    expect(result.current.month).toBe('2026-04')
    act(() => result.current.previousMonth())
    expect(result.current.month).toBe('2026-03')
    expect(result.current.canPreviousMonth).toBe(false)
    expect(() => result.current.goToMonth('April')).toThrow('DayPicker: goToMonth needs a yyyy-MM month, got "April".')
  })

  test('select ignores unavailable days; a value set from outside brings its month into view', async () => {
    const onValueChange = vi.fn()
    const { result, rerender } = setup({ value: null, onValueChange })
    await waitFor(() => expect(result.current.isPending).toBe(false))
    act(() => result.current.select('2026-03-28'))
    act(() => result.current.select('2026-03-02'))
    expect(onValueChange).not.toHaveBeenCalled()
    act(() => result.current.select('2026-03-24'))
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('2026-03-24')
    // Controlled: the parent has not taken the day yet.
    expect(result.current.value).toBeNull()
    expect(result.current.announcement).toBe('Tuesday, March 24, 2026 selected')
    act(() => result.current.nextMonth())
    expect(result.current.announcement).toBe('')
    rerender({ onValueChange, value: '2026-06-10' })
    await waitFor(() => expect(result.current.month).toBe('2026-06'))
    expect(result.current.focusedDay).toBe('2026-06-10')
  })
})
