// The window state without data: where it starts, the bounds [today, lastDay], and the
// commands that keep it inside them (controlled or not). No request is ever sent.
import { act } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useAvailabilityWindow, type UseAvailabilityWindowOptions } from '../../src/query'
import { renderHookWithKit } from './support/renderWithKit'

// The kit's clock: Monday 2026-03-23 08:00 UTC, 09:00 in Copenhagen.
const render = (options: UseAvailabilityWindowOptions = {}, provider = {}) =>
  renderHookWithKit((props: UseAvailabilityWindowOptions) => useAvailabilityWindow(props), {
    initialProps: options,
    provider,
  })

describe('useAvailabilityWindow: the first window', () => {
  it("starts on the customer's today, seven days, and sends nothing", () => {
    const { result, kit } = render()
    expect(result.current.today).toBe('2026-03-23')
    expect(result.current.window).toEqual({ start: '2026-03-23', days: 7 })
    expect(result.current.dayKeys).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ])
    expect(result.current.canPrevious).toBe(false)
    expect(result.current.canNext).toBe(true)
    expect(kit.requests).toEqual([])
  })

  it("takes today in the provider's zone, from the provider's clock", () => {
    // 08:00 UTC is still Monday (22:00) in Kiritimati, UTC+14.
    expect(render({}, { timeZone: 'Pacific/Kiritimati' }).result.current.today).toBe('2026-03-23')
    expect(render({}, { now: '2026-03-23T12:00:00Z', timeZone: 'Pacific/Auckland' }).result.current.today).toBe(
      '2026-03-24',
    )
    expect(render({}, { now: '2026-03-23T03:00:00Z', timeZone: 'America/Los_Angeles' }).result.current.today).toBe(
      '2026-03-22',
    )
  })

  it('uses `days` when no window says otherwise', () => {
    const { result } = render({ days: 3 })
    expect(result.current.window).toEqual({ start: '2026-03-23', days: 3 })
    expect(result.current.dayKeys).toHaveLength(3)
  })
})

describe('useAvailabilityWindow: never before today', () => {
  it('walks forward and back, and previous() stops at today', () => {
    const { result } = render()
    act(() => result.current.next())
    act(() => result.current.next())
    expect(result.current.window?.start).toBe('2026-04-06')
    expect(result.current.canPrevious).toBe(true)
    act(() => result.current.previous())
    act(() => result.current.previous())
    expect(result.current.window?.start).toBe('2026-03-23')
    expect(result.current.canPrevious).toBe(false)
    act(() => result.current.previous())
    act(() => result.current.previous())
    expect(result.current.window?.start).toBe('2026-03-23')
  })

  it('clamps previous() to today when a whole window back would cross it', () => {
    const { result } = render({ defaultWindow: { start: '2026-03-26', days: 7 } })
    act(() => result.current.previous())
    expect(result.current.window).toEqual({ start: '2026-03-23', days: 7 })
  })

  it('clamps goTo() into [today, lastDay] and goToToday() comes back', () => {
    const { result } = render({ horizon: '2026-04-30' })
    act(() => result.current.goTo('2025-12-24'))
    expect(result.current.window?.start).toBe('2026-03-23')
    act(() => result.current.goTo('2026-04-10'))
    expect(result.current.window?.start).toBe('2026-04-10')
    act(() => result.current.goTo('2026-09-01'))
    expect(result.current.window?.start).toBe('2026-04-30')
    act(() => result.current.goToToday())
    expect(result.current.window?.start).toBe('2026-03-23')
  })

  it('says which days are in range', () => {
    const { result } = render({ horizon: 10 })
    expect(result.current.lastDay).toBe('2026-04-02')
    expect(result.current.isDayInRange('2026-03-22')).toBe(false)
    expect(result.current.isDayInRange('2026-03-23')).toBe(true)
    expect(result.current.isDayInRange('2026-04-02')).toBe(true)
    expect(result.current.isDayInRange('2026-04-03')).toBe(false)
  })
})

describe('useAvailabilityWindow: the horizon', () => {
  it('stops next() once the window reaches lastDay (a number of days after today)', () => {
    const { result } = render({ horizon: 20 }) // lastDay 2026-04-12, a Sunday
    act(() => result.current.next())
    expect(result.current.window?.start).toBe('2026-03-30')
    expect(result.current.canNext).toBe(true)
    act(() => result.current.next())
    expect(result.current.window?.start).toBe('2026-04-06')
    // 04-06 … 04-12 reaches the last day: no further.
    expect(result.current.canNext).toBe(false)
    act(() => result.current.next())
    expect(result.current.window?.start).toBe('2026-04-06')
  })

  it('allows one window that runs past lastDay, then stops', () => {
    const { result } = render({ horizon: '2026-04-01' })
    act(() => result.current.next())
    expect(result.current.window?.start).toBe('2026-03-30')
    expect(result.current.canNext).toBe(false)
    expect(result.current.dayKeys.filter(result.current.isDayInRange)).toEqual(['2026-03-30', '2026-03-31', '2026-04-01'])
  })
})

describe('useAvailabilityWindow: controlled', () => {
  it('shows the window given, unclamped, and asks through onWindowChange inside the bounds', () => {
    const changes: Array<{ start: string; days: number }> = []
    const onWindowChange = (w: { start: string; days: number }) => changes.push(w)
    const { result, rerender } = render({ window: { start: '2026-03-16' }, onWindowChange, horizon: '2026-04-05' })
    // The caller owns the window: a past start is shown as given.
    expect(result.current.window).toEqual({ start: '2026-03-16', days: 7 })
    expect(result.current.canPrevious).toBe(false)
    act(() => result.current.previous())
    expect(changes).toEqual([])
    act(() => result.current.next())
    expect(changes).toEqual([{ start: '2026-03-23', days: 7 }])
    // Nothing moves until the parent passes the new window.
    expect(result.current.window?.start).toBe('2026-03-16')
    rerender({ window: { start: '2026-03-30' }, onWindowChange, horizon: '2026-04-05' })
    expect(result.current.canNext).toBe(false)
    act(() => result.current.next())
    act(() => result.current.goTo('2027-01-01'))
    expect(changes).toEqual([
      { start: '2026-03-23', days: 7 },
      { start: '2026-04-05', days: 7 },
    ])
  })

  it('calls onWindowChange when uncontrolled too', () => {
    const changes: string[] = []
    const { result } = render({ onWindowChange: (w) => changes.push(w.start) })
    act(() => result.current.next())
    act(() => result.current.goToToday())
    expect(changes).toEqual(['2026-03-30', '2026-03-23'])
  })
})
