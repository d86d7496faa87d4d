// The DayPicker: the month grid over /availability/dates, its names and headers, the week start,
// the data-* state of every part, controlled and uncontrolled use, and misuse errors.
// Host zone Pacific/Auckland, customer zone Copenhagen, locale en-US, now = Monday 23 March 2026 09:00.
import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, test, vi } from 'vitest'
import * as entry from '../../src'
import { DayPicker } from '../../src/components'
import { COPENHAGEN_SEARCH, renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'

// The mock answers in-process, but on a loaded shared machine a cold first render (and a multi-step
// flow with axe) can take seconds: waits and tests get room instead of flaking.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 30_000 })

const MARCH_FREE = ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-30', '2026-03-31']

/** The month has loaded once the first free day is named as such. */
async function loaded(date = 'Tuesday, March 24, 2026') {
  return screen.findByRole('button', { name: new RegExp(`^${date}(, selected)?, free times available$`) })
}

const dayButton = (date: string) => screen.getByRole('button', { name: new RegExp(`^(Today, )?${date}, `) })
const cell = (dayKey: string, container: HTMLElement) => container.querySelector(`td[data-day="${dayKey}"]`) as HTMLElement

describe('DayPicker: the grid', () => {
  test('a grid named by the month heading, full weekday names in <th abbr>, the locale week start (en-US: Sunday)', async () => {
    const { container } = renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} />)
    const grid = screen.getByRole('grid', { name: 'March 2026' })
    const heading = screen.getByRole('heading', { level: 2, name: 'March 2026' })
    expect(heading.getAttribute('aria-live')).toBe('polite')
    const headers = within(grid).getAllByRole('columnheader')
    expect(headers.map((th) => th.textContent)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'])
    expect(headers.map((th) => th.getAttribute('abbr'))).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ])
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true)
    // March 2026 starts on a Sunday: five rows, the last running into April.
    const rows = within(grid).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(5)
    expect(within(rows[0]!).getAllByRole('gridcell').map((c) => c.getAttribute('data-day'))).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
    ])
    await loaded()
    await expectNoAxeViolations(container)
  })

  test('days with free times are named so; the others are aria-disabled with the reason, and days outside the month are empty cells', async () => {
    const { container } = renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} />)
    await loaded()
    const enabled = screen
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('data-day') && !b.hasAttribute('aria-disabled'))
      .map((b) => b.getAttribute('data-day'))
    expect(enabled).toEqual(MARCH_FREE)
    expect(dayButton('Monday, March 23, 2026').getAttribute('aria-label')).toBe('Today, Monday, March 23, 2026, free times available')
    expect(dayButton('Monday, March 23, 2026').getAttribute('aria-current')).toBe('date')
    expect(dayButton('Saturday, March 28, 2026').getAttribute('aria-label')).toBe('Saturday, March 28, 2026, no free times')
    expect(dayButton('Saturday, March 28, 2026').getAttribute('aria-disabled')).toBe('true')
    expect(dayButton('Friday, March 20, 2026').getAttribute('aria-label')).toBe('Friday, March 20, 2026, unavailable')
    expect(dayButton('Friday, March 20, 2026').getAttribute('aria-disabled')).toBe('true')
    // April's first days fill the last row, as cells without a button.
    expect(cell('2026-04-01', container).childElementCount).toBe(0)
    expect(screen.queryByRole('button', { name: /April 1, 2026/ })).toBeNull()
    expect(dayButton('Tuesday, March 24, 2026').textContent).toBe('24')
  })

  test('while the month loads, days say so and carry data-pending; the grid is aria-busy', async () => {
    const { container } = renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} />)
    const grid = screen.getByRole('grid')
    expect(grid.getAttribute('aria-busy')).toBe('true')
    expect(grid.hasAttribute('data-pending')).toBe(true)
    expect(dayButton('Tuesday, March 24, 2026').getAttribute('aria-label')).toBe('Tuesday, March 24, 2026, checking free times')
    expect(cell('2026-03-24', container).hasAttribute('data-pending')).toBe(true)
    await loaded()
    expect(grid.hasAttribute('aria-busy')).toBe(false)
    expect(cell('2026-03-24', container).hasAttribute('data-pending')).toBe(false)
  })

  test('weekStartsOn overrides the locale; a Monday-first locale (en-GB) starts on Monday by itself', async () => {
    const { unmount } = renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} weekStartsOn={3} />)
    expect(screen.getAllByRole('columnheader').map((th) => th.getAttribute('abbr'))[0]).toBe('Wednesday')
    // Wednesday-first: Feb 25 … Mar 3 is the first row, Mar 25 … 31 the last.
    const rows = screen.getAllByRole('row').slice(1)
    expect(rows.map((row) => row.getAttribute('data-week'))).toEqual(['2026-02-25', '2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25'])
    unmount()
    renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} />, { provider: { locale: 'en-GB' } })
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    expect(screen.getByRole('grid', { name: 'March 2026' })).toBeTruthy()
  })

  test('fixedWeeks always shows six rows', () => {
    renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} fixedWeeks />)
    expect(screen.getAllByRole('row')).toHaveLength(7)
  })
})

describe('DayPicker: data-* state', () => {
  test('every day state shows on the cell and its button', async () => {
    const user = userEvent.setup()
    const { container } = renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} />)
    await loaded()
    const state = (dayKey: string) => {
      const td = cell(dayKey, container)
      const names = td.getAttributeNames().filter((n) => n.startsWith('data-') && n !== 'data-day')
      const button = td.querySelector('button')
      if (button) expect(button.getAttributeNames().filter((n) => n.startsWith('data-') && n !== 'data-day')).toEqual(names)
      return names.sort()
    }
    expect(cell('2026-03-24', container).getAttribute('data-day')).toBe('2026-03-24')
    expect(state('2026-03-23')).toEqual(['data-today'])
    expect(state('2026-03-24')).toEqual([])
    expect(state('2026-03-20')).toEqual(['data-disabled', 'data-past'])
    expect(state('2026-03-28')).toEqual(['data-disabled', 'data-empty', 'data-weekend'])
    expect(state('2026-04-01')).toEqual(['data-disabled', 'data-outside-month'])
    await user.click(dayButton('Tuesday, March 24, 2026'))
    expect(state('2026-03-24')).toEqual(['data-selected'])
    expect(cell('2026-03-24', container).getAttribute('aria-selected')).toBe('true')
    // Focus sits on the button: its name says "selected" too.
    expect(dayButton('Tuesday, March 24, 2026').getAttribute('aria-label')).toBe('Tuesday, March 24, 2026, selected, free times available')
    expect(cell('2026-03-28', container).getAttribute('aria-disabled')).toBe('true')
    expect(cell('2026-03-24', container).hasAttribute('aria-disabled')).toBe(false)
    await user.keyboard('{ArrowRight}')
    expect(state('2026-03-25')).toEqual(['data-focus-visible'])
    expect(state('2026-03-24')).toEqual(['data-selected'])
  })

  test('the root, the grid and the month buttons show pending, empty and disabled', async () => {
    const user = userEvent.setup()
    const { container } = renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} data-testid="root" horizon="2026-04-10" />)
    const root = screen.getByTestId('root')
    expect(root.hasAttribute('data-pending')).toBe(true)
    await loaded()
    expect(root.hasAttribute('data-pending')).toBe(false)
    const previous = screen.getByRole('button', { name: 'Previous month' })
    const next = screen.getByRole('button', { name: 'Next month' })
    expect(previous.getAttribute('aria-disabled')).toBe('true')
    expect(previous.hasAttribute('data-disabled')).toBe(true)
    expect(next.hasAttribute('aria-disabled')).toBe(false)
    await user.click(next)
    await loaded('Wednesday, April 1, 2026')
    expect(next.getAttribute('aria-disabled')).toBe('true')
    expect(previous.hasAttribute('aria-disabled')).toBe(false)
    // Beyond the horizon a day is unavailable, not "no free times".
    expect(dayButton('Monday, April 13, 2026').getAttribute('aria-label')).toBe('Monday, April 13, 2026, unavailable')
    expect(cell('2026-04-13', container).hasAttribute('data-empty')).toBe(false)
    await expectNoAxeViolations(container)
  })

  test('a month with no free day: data-empty on root and grid, announced politely', async () => {
    const { container } = renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} data-testid="root" isDayDisabled={() => true} />)
    await waitFor(() => expect(screen.getByTestId('root').hasAttribute('data-empty')).toBe(true))
    expect(screen.getByRole('grid').hasAttribute('data-empty')).toBe(true)
    expect(screen.getByRole('status').textContent).toBe('No free times in March 2026.')
    expect(dayButton('Tuesday, March 24, 2026').getAttribute('aria-label')).toBe('Tuesday, March 24, 2026, unavailable')
    await expectNoAxeViolations(container)
  })

  test('a month that fails to load: data-error on the root, days unavailable, announced politely', async () => {
    const { container } = renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} data-testid="root" />, {
      wrapFetch: () => () => Promise.reject(new TypeError('Failed to fetch')),
    })
    await waitFor(() => expect(screen.getByTestId('root').hasAttribute('data-error')).toBe(true))
    expect(screen.getByTestId('root').hasAttribute('data-pending')).toBe(false)
    expect(screen.getByRole('status').textContent).toBe('Free days could not be loaded. Please try again.')
    expect(dayButton('Tuesday, March 24, 2026').getAttribute('aria-label')).toBe('Tuesday, March 24, 2026, unavailable')
    expect(cell('2026-03-24', container).hasAttribute('data-empty')).toBe(false)
  })

  test('className and style as functions of each part state', async () => {
    renderWithKit(
      <DayPicker.Root search={COPENHAGEN_SEARCH} className={(s) => `month-${s.month}`}>
        <DayPicker.Header>
          <DayPicker.PreviousMonth className={({ isDisabled }) => (isDisabled ? 'off' : 'on')} />
          <DayPicker.MonthHeading />
        </DayPicker.Header>
        <DayPicker.Grid>
          <DayPicker.GridHeader>{(weekday) => <DayPicker.HeaderCell key={weekday.weekday} weekday={weekday} className={(w) => `wd-${w.weekday}`} />}</DayPicker.GridHeader>
          <DayPicker.GridBody>
            {(week) => (
              <DayPicker.Week key={week[0]!.dayKey}>
                {(day) => (
                  <DayPicker.Day key={day.dayKey} style={(d) => ({ opacity: d.isUnavailable ? 0.5 : 1 })}>
                    {(d) => (d.isOutsideMonth ? null : <DayPicker.DayButton className={(b) => (b.isSelected ? 'sel' : 'day')} />)}
                  </DayPicker.Day>
                )}
              </DayPicker.Week>
            )}
          </DayPicker.GridBody>
        </DayPicker.Grid>
      </DayPicker.Root>,
    )
    await loaded()
    expect(document.querySelector('.month-2026-03')).not.toBeNull()
    expect(screen.getByRole('button', { name: 'Previous month' }).className).toBe('off')
    expect(screen.getAllByRole('columnheader')[0]!.className).toBe('wd-7')
    expect((document.querySelector('td[data-day="2026-03-28"]') as HTMLElement).style.opacity).toBe('0.5')
    expect((document.querySelector('td[data-day="2026-03-24"]') as HTMLElement).style.opacity).toBe('1')
    expect(dayButton('Tuesday, March 24, 2026').className).toBe('day')
  })

  test('asChild renders the caller element with the part props', async () => {
    renderWithKit(
      <DayPicker.Root search={COPENHAGEN_SEARCH}>
        <DayPicker.Header>
          <DayPicker.MonthHeading asChild>
            <h3>The month</h3>
          </DayPicker.MonthHeading>
        </DayPicker.Header>
        <DayPicker.Grid />
      </DayPicker.Root>,
    )
    const heading = screen.getByRole('heading', { level: 3, name: 'The month' })
    expect(heading.getAttribute('aria-live')).toBe('polite')
    expect(screen.getByRole('grid', { name: 'The month' })).toBeTruthy()
  })
})

describe('DayPicker: value and month, controlled and uncontrolled', () => {
  test('uncontrolled: a click chooses a free day, calls onValueChange, ignores unavailable days, and is announced', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} onValueChange={onValueChange} />)
    await loaded()
    await user.click(dayButton('Wednesday, March 25, 2026'))
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('2026-03-25')
    expect(screen.getByRole('status').textContent).toBe('Wednesday, March 25, 2026 selected')
    await user.click(dayButton('Saturday, March 28, 2026'))
    await user.click(dayButton('Friday, March 20, 2026'))
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(screen.getAllByRole('gridcell').filter((c) => c.getAttribute('aria-selected') === 'true').map((c) => c.dataset.day)).toEqual([
      '2026-03-25',
    ])
  })

  test('defaultValue and defaultMonth pick the first month shown and the tab stop', async () => {
    renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} defaultValue="2026-04-07" />)
    expect(screen.getByRole('grid', { name: 'April 2026' })).toBeTruthy()
    await loaded('Tuesday, April 7, 2026')
    expect(dayButton('Tuesday, April 7, 2026').tabIndex).toBe(0)
    expect(dayButton('Tuesday, April 7, 2026').closest('td')!.getAttribute('aria-selected')).toBe('true')
  })

  test("controlled: shows the parent's value and month, asks through the callbacks, and follows when the parent moves the value", async () => {
    const user = userEvent.setup()
    const onMonthChange = vi.fn()
    function Parent() {
      const [day, setDay] = useState<string | null>('2026-03-24')
      const [month, setMonth] = useState('2026-03')
      return (
        <>
          <DayPicker.Root
            search={COPENHAGEN_SEARCH}
            value={day}
            onValueChange={setDay}
            month={month}
            onMonthChange={(m) => {
              onMonthChange(m)
              setMonth(m)
            }}
          />
          <button type="button" onClick={() => setDay('2026-05-05')}>
            May the fifth
          </button>
          <p data-testid="chosen">{day ?? 'none'}</p>
        </>
      )
    }
    renderWithKit(<Parent />)
    await loaded()
    expect(dayButton('Tuesday, March 24, 2026').closest('td')!.getAttribute('aria-selected')).toBe('true')
    await user.click(dayButton('Thursday, March 26, 2026'))
    expect(screen.getByRole('status').textContent).toBe('Thursday, March 26, 2026 selected')
    expect(screen.getByTestId('chosen').textContent).toBe('2026-03-26')
    await user.click(screen.getByRole('button', { name: 'Next month' }))
    expect(onMonthChange).toHaveBeenLastCalledWith('2026-04')
    expect(screen.getByRole('grid', { name: 'April 2026' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'May the fifth' }))
    expect(onMonthChange).toHaveBeenLastCalledWith('2026-05')
    expect(screen.getByRole('grid', { name: 'May 2026' })).toBeTruthy()
  })

  test('a controlled month the parent does not move stays put', async () => {
    const user = userEvent.setup()
    const onMonthChange = vi.fn()
    renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} month="2026-03" onMonthChange={onMonthChange} />)
    await user.click(screen.getByRole('button', { name: 'Next month' }))
    expect(onMonthChange).toHaveBeenCalledExactlyOnceWith('2026-04')
    expect(screen.getByRole('grid', { name: 'March 2026' })).toBeTruthy()
  })

  test('messages replace every string', async () => {
    renderWithKit(
      <DayPicker.Root
        search={COPENHAGEN_SEARCH}
        messages={{
          dayLabel: ({ date, availability }) => `${date} (${availability})`,
          previousMonth: 'Forrige måned',
          nextMonth: 'Næste måned',
        }}
      />,
    )
    await screen.findByRole('button', { name: 'Tuesday, March 24, 2026 (available)' })
    expect(screen.getByRole('button', { name: 'Forrige måned' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Næste måned' })).toBeTruthy()
  })
})

describe('DayPicker: misuse', () => {
  const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => {})

  test('a part outside its root names both', () => {
    const spy = quiet()
    expect(() => render(<DayPicker.Grid />)).toThrow('<DayPicker.Grid> must be used within <DayPicker.Root>.')
    expect(() => render(<DayPicker.PreviousMonth />)).toThrow('<DayPicker.PreviousMonth> must be used within <DayPicker.Root>.')
    spy.mockRestore()
  })

  test('a Root without search outside a SlotPicker, a Day without its day, malformed days and months', () => {
    const spy = quiet()
    expect(() => renderWithKit(<DayPicker.Root search={undefined} />)).toThrow(/needs a `search` prop, or to be rendered inside <SlotPicker.Root>/)
    expect(() =>
      renderWithKit(
        <DayPicker.Root search={COPENHAGEN_SEARCH}>
          <DayPicker.Day />
        </DayPicker.Root>,
      ),
    ).toThrow('<DayPicker.Day> needs a `day` prop or a surrounding <DayPicker.Week>.')
    expect(() => renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} month="2026-3" />)).toThrow(
      'DayPicker: `month` must be a yyyy-MM month, got "2026-3".',
    )
    expect(() => renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} defaultValue="2026-02-30" />)).toThrow(
      'DayPicker: `defaultValue` must be a yyyy-MM-dd day or null, got "2026-02-30".',
    )
    expect(() => renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} weekStartsOn={0 as never} />)).toThrow(
      /`weekStartsOn` must be an ISO weekday from 1 \(Monday\) to 7 \(Sunday\), got 0/,
    )
    spy.mockRestore()
  })
})

describe('DayPicker: exports', () => {
  test('the React entry exports the parts, both hooks and the messages', () => {
    expect(entry.DayPicker).toBe(DayPicker)
    expect(Object.keys(entry.DayPicker).sort()).toEqual(
      ['Day', 'DayButton', 'Grid', 'GridBody', 'GridHeader', 'Header', 'HeaderCell', 'MonthHeading', 'NextMonth', 'PreviousMonth', 'Root', 'Week'],
    )
    expect(typeof entry.useDayPickerState).toBe('function')
    expect(typeof entry.useDayPicker).toBe('function')
    expect(entry.defaultDayPickerMessages.nextMonth).toBe('Next month')
  })
})
