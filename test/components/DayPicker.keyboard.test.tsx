// The DayPicker's APG date-grid keyboard: one tab stop, arrows, Home/End, PageUp/PageDown with and
// without Shift, crossing months (the heading, a live region, follows), the bounds (today, horizon),
// Enter and Space, and Left/Right swapped in RTL. Now = Monday 23 March 2026 09:00 in Copenhagen.
import { configure, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { DayPicker, type DayPickerRootProps } from '../../src/components'
import { COPENHAGEN_SEARCH, renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'

// The mock answers in-process, but on a loaded shared machine a cold first render (and a multi-step
// flow with axe) can take seconds: waits and tests get room instead of flaking.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 30_000 })

function Picker(props: Partial<DayPickerRootProps>) {
  return (
    <>
      <button type="button">Before</button>
      <DayPicker.Root search={COPENHAGEN_SEARCH} {...props} />
      <button type="button">After</button>
    </>
  )
}

/** The focused element's day key (`data-day`), or its text when it is not a day. */
const focused = () => {
  const active = document.activeElement as HTMLElement
  return active.dataset.day ?? active.textContent
}
const heading = () => screen.getByRole('heading', { level: 2 }).textContent

async function setup(props: Partial<DayPickerRootProps> = {}) {
  const user = userEvent.setup()
  const result = renderWithKit(<Picker {...props} />)
  await screen.findByRole('button', { name: /March 24, 2026, free times available/ })
  return { user, ...result }
}

/** Tabs from "Before" past the month buttons into the grid. */
async function tabIntoGrid(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Before' }))
  await user.tab() // Previous month (aria-disabled, still focusable)
  await user.tab() // Next month
  await user.tab()
}

describe('DayPicker keyboard: tab stop', () => {
  test('one tab stop: Tab enters on today, the next Tab leaves the grid; Shift+Tab comes back to the same day', async () => {
    const { user } = await setup()
    await tabIntoGrid(user)
    expect(focused()).toBe('2026-03-23')
    const tabStops = screen.getAllByRole('button').filter((b) => b.dataset.day && b.tabIndex === 0)
    expect(tabStops.map((b) => b.dataset.day)).toEqual(['2026-03-23'])
    await user.keyboard('{ArrowRight}')
    await user.tab()
    expect(focused()).toBe('After')
    await user.tab({ shift: true })
    expect(focused()).toBe('2026-03-24')
  })

  test('the chosen day takes the tab stop; in a later month without it, the first free day does', async () => {
    const { user } = await setup({ defaultValue: '2026-03-26' })
    await tabIntoGrid(user)
    expect(focused()).toBe('2026-03-26')
    await user.click(screen.getByRole('button', { name: 'Next month' }))
    await screen.findByRole('button', { name: /April 1, 2026, free times available/ })
    await user.tab()
    expect(focused()).toBe('2026-04-01')
  })

  test('a click on a day moves the tab stop there', async () => {
    const { user } = await setup()
    await user.click(screen.getByRole('button', { name: /March 27, 2026/ }))
    await user.click(screen.getByRole('button', { name: 'After' }))
    await user.tab({ shift: true })
    expect(focused()).toBe('2026-03-27')
  })
})

describe('DayPicker keyboard: moving', () => {
  test('Right/Left by a day, Down/Up by a week, with focus following and nothing chosen', async () => {
    const onValueChange = vi.fn()
    const { user } = await setup({ onValueChange })
    await tabIntoGrid(user)
    const path: (string | null | undefined)[] = []
    for (const key of ['{ArrowRight}', '{ArrowRight}', '{ArrowLeft}', '{ArrowDown}', '{ArrowUp}']) {
      await user.keyboard(key)
      path.push(focused())
    }
    expect(path).toEqual(['2026-03-24', '2026-03-25', '2026-03-24', '2026-03-31', '2026-03-24'])
    // Focus moves; choosing is a separate act (the picker moves the slot picker's window).
    expect(onValueChange).not.toHaveBeenCalled()
    expect(screen.getAllByRole('button').filter((b) => b.dataset.day && b.tabIndex === 0)).toHaveLength(1)
  })

  test('unavailable days are focusable on the way (aria-disabled, not skipped)', async () => {
    const { user } = await setup()
    await tabIntoGrid(user)
    await user.keyboard('{ArrowRight>5/}')
    expect(focused()).toBe('2026-03-28')
    expect(document.activeElement!.getAttribute('aria-disabled')).toBe('true')
  })

  test('Home and End go to the first and last day of the week, crossing into the next month', async () => {
    const { user } = await setup({ defaultValue: '2026-03-31' })
    await tabIntoGrid(user)
    expect(focused()).toBe('2026-03-31')
    await user.keyboard('{Home}')
    expect(focused()).toBe('2026-03-29')
    await user.keyboard('{End}')
    expect(focused()).toBe('2026-04-04')
    expect(heading()).toBe('April 2026')
  })

  test('Down past the month shows the next month, moves focus into it, and the live heading says so', async () => {
    const { user } = await setup()
    await tabIntoGrid(user)
    const live = screen.getByRole('heading', { level: 2 })
    expect(live.getAttribute('aria-live')).toBe('polite')
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(focused()).toBe('2026-04-06')
    expect(live.textContent).toBe('April 2026')
    expect(screen.getByRole('grid', { name: 'April 2026' })).toBeTruthy()
    await user.keyboard('{ArrowUp}')
    expect(focused()).toBe('2026-03-30')
    expect(live.textContent).toBe('March 2026')
  })

  test('PageDown/PageUp by a month (the day clamped to the month), Shift+PageDown/PageUp by a year', async () => {
    const { user, container } = await setup({ defaultValue: '2026-03-31' })
    await tabIntoGrid(user)
    await user.keyboard('{PageDown}')
    expect(focused()).toBe('2026-04-30')
    await user.keyboard('{PageUp}')
    expect(focused()).toBe('2026-03-30')
    await user.keyboard('{Shift>}{PageDown}{/Shift}')
    expect(focused()).toBe('2027-03-30')
    expect(heading()).toBe('March 2027')
    await user.keyboard('{Shift>}{PageUp}{/Shift}')
    expect(focused()).toBe('2026-03-30')
    await screen.findByRole('button', { name: /March 30, 2026, free times available/ })
    await expectNoAxeViolations(container)
  })

  test('never before today: Left, Up, Home and PageUp stop at today, Shift+PageUp too', async () => {
    const { user } = await setup()
    await tabIntoGrid(user)
    for (const key of ['{ArrowLeft}', '{ArrowUp}', '{Home}', '{PageUp}', '{Shift>}{PageUp}{/Shift}']) {
      await user.keyboard(key)
      expect(focused()).toBe('2026-03-23')
    }
    expect(heading()).toBe('March 2026')
  })

  test('never past the horizon: Down, End and PageDown stop at the last day', async () => {
    const { user } = await setup({ horizon: 3 })
    await tabIntoGrid(user)
    await user.keyboard('{ArrowDown}')
    expect(focused()).toBe('2026-03-26')
    await user.keyboard('{PageDown}')
    expect(focused()).toBe('2026-03-26')
    expect(heading()).toBe('March 2026')
    expect(screen.getByRole('button', { name: 'Next month' }).getAttribute('aria-disabled')).toBe('true')
  })

  test('keys other than the grid keys are left alone; a caller handler can veto a key', async () => {
    const onKeyDown = vi.fn((event: { key: string; preventDefault(): void }) => {
      if (event.key === 'ArrowRight') event.preventDefault()
    })
    const user = userEvent.setup()
    renderWithKit(
      <DayPicker.Root search={COPENHAGEN_SEARCH}>
        <DayPicker.Grid>
          <DayPicker.GridBody>
            {(week) => (
              <DayPicker.Week key={week[0]!.dayKey}>
                {(day) => <DayPicker.Day key={day.dayKey}>{day.isOutsideMonth ? null : <DayPicker.DayButton onKeyDown={onKeyDown} />}</DayPicker.Day>}
              </DayPicker.Week>
            )}
          </DayPicker.GridBody>
        </DayPicker.Grid>
      </DayPicker.Root>,
    )
    await user.tab()
    expect(focused()).toBe('2026-03-23')
    await user.keyboard('{ArrowRight}')
    expect(focused()).toBe('2026-03-23')
    await user.keyboard('{ArrowDown}a')
    expect(focused()).toBe('2026-03-30')
    expect(onKeyDown).toHaveBeenCalledTimes(3)
  })
})

describe('DayPicker keyboard: choosing', () => {
  test('Enter and Space choose the focused day; on an unavailable day they do nothing', async () => {
    const onValueChange = vi.fn()
    const { user } = await setup({ onValueChange })
    await tabIntoGrid(user)
    await user.keyboard('{ArrowRight}{Enter}')
    expect(onValueChange).toHaveBeenLastCalledWith('2026-03-24')
    expect(screen.getByRole('status').textContent).toBe('Tuesday, March 24, 2026 selected')
    await user.keyboard('{ArrowRight} ')
    expect(onValueChange).toHaveBeenLastCalledWith('2026-03-25')
    expect(document.activeElement!.closest('td')!.getAttribute('aria-selected')).toBe('true')
    await user.keyboard('{ArrowRight>3/}{Enter} ')
    expect(focused()).toBe('2026-03-28')
    expect(onValueChange).toHaveBeenCalledTimes(2)
  })
})

describe('DayPicker keyboard: right to left', () => {
  test('dir="rtl": Left goes to the next day, Right to the previous one', async () => {
    const { user, container } = await setup({ dir: 'rtl' })
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull()
    await tabIntoGrid(user)
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(focused()).toBe('2026-03-25')
    await user.keyboard('{ArrowRight}')
    expect(focused()).toBe('2026-03-24')
  })

  test('an RTL locale (he-IL) is RTL by itself', async () => {
    const user = userEvent.setup()
    const { container } = renderWithKit(<DayPicker.Root search={COPENHAGEN_SEARCH} />, { provider: { locale: 'he-IL' } })
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull()
    await user.tab()
    await user.tab()
    await user.tab()
    expect(focused()).toBe('2026-03-23')
    await user.keyboard('{ArrowLeft}')
    expect(focused()).toBe('2026-03-24')
  })
})
