// The provider's clock: a fixed `now` never ticks; without one, the browser's clock is read
// only in the store's getSnapshot (never in a render body, never on the server), floored to
// the minute, and one timer aligned to the minute wakes every subscriber.
import { act, render, screen } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BookingKitProvider, useNow, useToday } from '../../src/query'
import { clockListenerCount } from '../../src/query/internal/clockStore'

function Clock({ renders }: { renders?: number[] }) {
  const now = useNow()
  const today = useToday()
  renders?.push(now ?? -1)
  return (
    <output aria-label="clock" data-today={today ?? 'unknown'}>
      {now === undefined ? 'unknown' : new Date(now).toISOString()}
    </output>
  )
}

const kit = (children: React.ReactNode, props: Partial<React.ComponentProps<typeof BookingKitProvider>> = {}) => (
  <BookingKitProvider baseUrl="http://mock.local/v2" locale="en-US" timeZone="Europe/Copenhagen" {...props}>
    {children}
  </BookingKitProvider>
)

const RealDate = Date
/** Counts every read of the clock: `Date.now()` and `new Date()` without an argument. */
function countClockReads() {
  const reads = { count: 0 }
  class CountingDate extends RealDate {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length === 0) reads.count++
      super(...(args as ConstructorParameters<typeof Date>))
    }
    static override now() {
      reads.count++
      return RealDate.now()
    }
  }
  vi.stubGlobal('Date', CountingDate)
  return reads
}

/**
 * What React said about hydration. React 18 logs an earlier test's deliberate
 * render error ("The above error occurred in <BookingKitProvider>") late, into
 * the next test's spy; only hydration messages count here.
 */
function hydrationWarnings(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.map((call) => call.map(String).join(' ')).filter((text) => /hydrat|did not match|mismatch|server/i.test(text))
}

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('useNow with a fixed `now`', () => {
  it('is that instant floored to the minute, in every render, and reads no clock', async () => {
    const reads = countClockReads()
    const renders: number[] = []
    // No zone cookie: jsdom's cookie jar reads the clock itself (in the effect, not in render).
    render(kit(<Clock renders={renders} />, { now: '2026-03-23T08:00:42.5Z', timeZoneCookie: false }))
    expect(screen.getByRole('status').textContent).toBe('2026-03-23T08:00:00.000Z')
    expect(screen.getByRole('status').dataset.today).toBe('2026-03-23')
    await act(async () => {})
    expect(reads.count).toBe(0)
    expect(clockListenerCount()).toBe(0) // nothing ticks
  })

  it('accepts epoch ms and a Date, and renders the same on the server', () => {
    const html = renderToString(kit(<Clock />, { now: Date.UTC(2026, 2, 28, 23, 30) }))
    expect(html).toContain('2026-03-28T23:30:00.000Z')
    // 23:30 UTC on the 28th is already the 29th in Copenhagen (UTC+1).
    expect(html).toContain('data-today="2026-03-29"')
    render(kit(<Clock />, { now: new Date('2026-03-28T23:30:59Z') }))
    expect(screen.getByRole('status').dataset.today).toBe('2026-03-29')
  })

  it('names the bad value', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(kit(<Clock />, { now: 'next Tuesday' }))).toThrow(/`now` must be .*next Tuesday/)
  })
})

describe('useNow on the browser clock', () => {
  it('renders "unknown" on the server without reading any clock', () => {
    const reads = countClockReads()
    const html = renderToString(kit(<Clock />))
    expect(html).toContain('unknown')
    expect(html).toContain('data-today="unknown"')
    expect(reads.count).toBe(0)
  })

  it('hydrates with the server snapshot (no mismatch), then shows the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: new Date('2026-03-23T08:00:30Z') })
    const container = document.createElement('div')
    container.innerHTML = renderToString(kit(<Clock />))
    document.body.appendChild(container)
    const consoleError = vi.spyOn(console, 'error')
    const recoverable: unknown[] = []
    await act(async () => {
      root = hydrateRoot(container, kit(<Clock />), { onRecoverableError: (error) => recoverable.push(error) })
    })
    expect(recoverable).toEqual([])
    expect(hydrationWarnings(consoleError)).toEqual([])
    expect(container.querySelector('output')?.textContent).toBe('2026-03-23T08:00:00.000Z')
    expect(container.querySelector('output')?.dataset.today).toBe('2026-03-23')
  })

  it('with `initialNow`, renders the server\'s instant and hydrates on it, then the browser clock takes over', async () => {
    // The server rendered late on Sunday in Copenhagen; the browser's clock is Monday morning.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: new Date('2026-03-23T08:00:30Z') })
    const initialNow = '2026-03-22T22:59:10Z'
    const container = document.createElement('div')
    container.innerHTML = renderToString(kit(<Clock />, { initialNow }))
    expect(container.querySelector('output')?.textContent).toBe('2026-03-22T22:59:00.000Z')
    expect(container.querySelector('output')?.dataset.today).toBe('2026-03-22')
    document.body.appendChild(container)
    const consoleError = vi.spyOn(console, 'error')
    const recoverable: unknown[] = []
    await act(async () => {
      root = hydrateRoot(container, kit(<Clock />, { initialNow }), { onRecoverableError: (error) => recoverable.push(error) })
    })
    expect(recoverable).toEqual([])
    expect(hydrationWarnings(consoleError)).toEqual([])
    expect(container.querySelector('output')?.textContent).toBe('2026-03-23T08:00:00.000Z')
    expect(container.querySelector('output')?.dataset.today).toBe('2026-03-23')
  })

  it('re-renders at each minute boundary from one shared timer, and not in between', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: new Date('2026-03-23T22:58:20Z') })
    const renders: number[] = []
    render(
      kit(
        <>
          <Clock renders={renders} />
          <Clock />
          <Clock />
        </>,
      ),
    )
    const first = screen.getAllByRole('status')[0]!
    expect(first.textContent).toBe('2026-03-23T22:58:00.000Z')
    expect(clockListenerCount()).toBe(6) // useNow and useToday, three times

    expect(vi.getTimerCount()).toBe(1)
    const rendersBefore = renders.length

    act(() => vi.advanceTimersByTime(39_000)) // 22:58:59
    expect(first.textContent).toBe('2026-03-23T22:58:00.000Z')
    expect(renders.length).toBe(rendersBefore)

    act(() => vi.advanceTimersByTime(1_000)) // 22:59:00
    expect(first.textContent).toBe('2026-03-23T22:59:00.000Z')
    expect(renders.length).toBe(rendersBefore + 1)
    expect(first.dataset.today).toBe('2026-03-23')
    expect(vi.getTimerCount()).toBe(1)

    act(() => vi.advanceTimersByTime(60_000)) // 23:00 UTC: midnight in Copenhagen
    expect(first.textContent).toBe('2026-03-23T23:00:00.000Z')
    expect(first.dataset.today).toBe('2026-03-24')
    expect(screen.getAllByRole('status').map((el) => el.textContent)).toEqual(Array(3).fill('2026-03-23T23:00:00.000Z'))
  })

  it('stops its timer when the last subscriber leaves', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: new Date('2026-03-23T08:00:00Z') })
    const { unmount } = render(kit(<Clock />))
    expect(vi.getTimerCount()).toBe(1)
    unmount()
    expect(clockListenerCount()).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })
})
