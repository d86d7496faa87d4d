// Composing the SlotPicker: className/style as functions of state, asChild, the hook tier's prop
// getters and the misuse errors.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Component, type ReactNode } from 'react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { SlotPicker, useSlotPicker, useSlotPickerState } from '../../src/components'
import { useAvailability } from '../../src/query'
import { COPENHAGEN_SEARCH, createKit, renderWithKit, THIS_WEEK } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'
import { findDayGroup } from './support/slotPickerKit'

const TUESDAY = 'Tuesday, March 24, 2026'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('className, style and asChild', () => {
  test('className and style as functions of each part state', async () => {
    const user = userEvent.setup()
    renderWithKit(
      <SlotPicker.Root
        search={COPENHAGEN_SEARCH}
        defaultWindow={THIS_WEEK}
        aria-label="Times"
        className={(state) => (state.value ? 'root chosen' : 'root')}
        style={(state) => ({ opacity: state.availability.isPending ? 0.5 : 1 })}
      >
        <SlotPicker.PreviousWindow className={({ isDisabled }) => (isDisabled ? 'nav off' : 'nav')} />
        <SlotPicker.Days>
          {(day) => (
            <SlotPicker.Day className={(d) => (d.isWeekend ? 'weekend' : 'weekday')} style={{ color: 'black' }}>
              <SlotPicker.DayHeading className={(d) => `heading-${d.dayKey}`} />
              <SlotPicker.Slots className="slots">
                {(slot) => (
                  <SlotPicker.Slot
                    slot={slot}
                    className={(s) => (s.isSelected ? 'slot on' : 'slot')}
                    style={(s) => ({ fontWeight: s.isTabStop ? 700 : 400 })}
                  >
                    {(s) => `${s.time}${s.isSelected ? ' ✓' : ''}`}
                  </SlotPicker.Slot>
                )}
              </SlotPicker.Slots>
              <SlotPicker.Empty>{(d) => `Nothing on ${d.dayKey}`}</SlotPicker.Empty>
              <span hidden>{day.dayKey}</span>
            </SlotPicker.Day>
          )}
        </SlotPicker.Days>
      </SlotPicker.Root>,
    )
    const radios = within(await findDayGroup(TUESDAY)).getAllByRole('radio')
    const root = screen.getByLabelText('Times')
    expect(root.className).toBe('root')
    expect(root.style.opacity).toBe('1')
    expect(screen.getByRole('button', { name: 'Previous week' }).className).toBe('nav off')
    expect(screen.getByRole('heading', { name: TUESDAY }).className).toBe('heading-2026-03-24')
    expect(radios[0]!.className).toBe('slot')
    expect(radios[0]!.style.fontWeight).toBe('700')
    expect(radios[1]!.style.fontWeight).toBe('400')
    expect(screen.getByText('Nothing on 2026-03-28')).toBeTruthy()
    expect(document.querySelector('section[data-day="2026-03-28"]')!.className).toBe('weekend')

    await user.click(radios[1]!)
    expect(radios[1]!.className).toBe('slot on')
    expect(radios[1]!.textContent).toBe('11:00 AM ✓')
    expect(radios[1]!.style.fontWeight).toBe('700')
    expect(radios[0]!.style.fontWeight).toBe('400')
    expect(root.className).toBe('root chosen')
  })

  test('asChild renders the caller element with the part props, handlers and ref', async () => {
    const user = userEvent.setup()
    const onClick = vi.fn()
    const { container } = renderWithKit(
      <SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK} asChild>
        <form aria-label="Booking">
          <SlotPicker.NextWindow asChild>
            <a href="#next">Later</a>
          </SlotPicker.NextWindow>
          <SlotPicker.Days>
            {(day) => (
              <SlotPicker.Day asChild>
                <article>
                  <SlotPicker.DayHeading asChild>
                    <h2>{day.label}</h2>
                  </SlotPicker.DayHeading>
                  <SlotPicker.Slots>
                    {(slot) => (
                      <SlotPicker.Slot slot={slot} asChild onClick={onClick}>
                        <span className="chip">{new Date(slot.start).toISOString().slice(11, 16)}Z</span>
                      </SlotPicker.Slot>
                    )}
                  </SlotPicker.Slots>
                </article>
              </SlotPicker.Day>
            )}
          </SlotPicker.Days>
        </form>
      </SlotPicker.Root>,
    )
    const group = await findDayGroup(TUESDAY)
    expect(screen.getByRole('form', { name: 'Booking' }).getAttribute('dir')).toBe('ltr')
    expect(container.querySelector('article[data-day="2026-03-24"]')).not.toBeNull()
    expect(screen.getByRole('heading', { level: 2, name: TUESDAY }).id).toBe(group.getAttribute('aria-labelledby'))
    const chips = within(group).getAllByRole('radio')
    expect(chips[0]!.tagName).toBe('SPAN')
    expect(chips[0]!.className).toBe('chip')
    expect(chips[0]!.textContent).toBe('08:00Z')
    await user.click(chips[1]!)
    expect(onClick).toHaveBeenCalledTimes(1)
    expect(chips[1]!.getAttribute('aria-checked')).toBe('true')
    // The ref reached the span: arrows move focus to it.
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(chips[2])
    await expectNoAxeViolations(container)
    const next = screen.getByRole('link', { name: 'Later' })
    await user.click(next)
    expect(await findDayGroup('Monday, March 30, 2026')).toBeTruthy()
  })
})

test('Slots asChild: the caller element is the group and holds the slots', async () => {
  renderWithKit(
    <SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK}>
      <SlotPicker.Days>
        {() => (
          <SlotPicker.Day>
            <SlotPicker.DayHeading />
            <SlotPicker.Slots asChild className="grid">
              <fieldset className="mine" />
            </SlotPicker.Slots>
          </SlotPicker.Day>
        )}
      </SlotPicker.Days>
    </SlotPicker.Root>,
  )
  const group = await findDayGroup(TUESDAY)
  expect(group.tagName).toBe('FIELDSET')
  expect(group.className).toBe('grid mine')
  expect(within(group).getAllByRole('radio')).toHaveLength(7)
})

describe('misuse', () => {
  const parts: [string, ReactNode][] = [
    ['SlotPicker.Days', <SlotPicker.Days />],
    ['SlotPicker.Day', <SlotPicker.Day />],
    ['SlotPicker.DayHeading', <SlotPicker.DayHeading />],
    ['SlotPicker.Slots', <SlotPicker.Slots />],
    ['SlotPicker.Empty', <SlotPicker.Empty />],
    ['SlotPicker.PreviousWindow', <SlotPicker.PreviousWindow />],
    ['SlotPicker.NextWindow', <SlotPicker.NextWindow />],
    ['SlotPicker.Today', <SlotPicker.Today />],
    ['SlotPicker.WindowLabel', <SlotPicker.WindowLabel />],
    ['SlotPicker.OffsetChangeNotice', <SlotPicker.OffsetChangeNotice />],
    ['SlotPicker.NextAvailable', <SlotPicker.NextAvailable />],
    ['SlotPicker.Slot', <SlotPicker.Slot slot={{ start: '2026-03-24T08:00:00Z', end: '2026-03-24T09:00:00Z', resources: [] }} />],
  ]
  test.each(parts)('<%s> outside the root names itself and its root', (name, element) => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const kit = createKit()
    expect(() => render(<kit.Provider>{element}</kit.Provider>)).toThrow(`<${name}> must be used within <SlotPicker.Root>.`)
  })

  test('Slots asChild without an element child says what it needs', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    // The group renders only once slots have loaded, after the first render: a boundary catches it.
    let caught: Error | undefined
    class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
      override state = { failed: false }
      static getDerivedStateFromError() {
        return { failed: true }
      }
      override componentDidCatch(error: Error) {
        caught = error
      }
      override render() {
        return this.state.failed ? <p>failed</p> : this.props.children
      }
    }
    renderWithKit(
      <Boundary>
        <SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK}>
          <SlotPicker.Days>{() => <SlotPicker.Day><SlotPicker.Slots asChild /></SlotPicker.Day>}</SlotPicker.Days>
        </SlotPicker.Root>
      </Boundary>,
    )
    await screen.findByText('failed')
    expect(caught?.message).toBe(
      '<SlotPicker.Slots asChild> needs one element child to render as, e.g. <SlotPicker.Slots asChild><ul /></SlotPicker.Slots>.',
    )
  })

  test('a day part inside the root but outside a day names SlotPicker.Day', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() =>
      renderWithKit(
        <SlotPicker.Root search={COPENHAGEN_SEARCH}>
          <SlotPicker.DayHeading />
        </SlotPicker.Root>,
      ),
    ).toThrow('<SlotPicker.DayHeading> must be used within <SlotPicker.Day>.')
    expect(() =>
      renderWithKit(
        <SlotPicker.Root search={COPENHAGEN_SEARCH}>
          <SlotPicker.Day />
        </SlotPicker.Root>,
      ),
    ).toThrow('<SlotPicker.Day> needs a `day` prop or a surrounding <SlotPicker.Days>.')
  })

  test('prop getters name the missing argument', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const calls: Record<string, () => unknown> = {}
    function Custom() {
      const availability = useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK })
      const aria = useSlotPicker(useSlotPickerState({ availability }))
      calls.getSlotProps = () => aria.getSlotProps({} as never)
      calls.getDayProps = () => aria.getDayProps({} as never)
      calls.getSlotGroupProps = () => aria.getSlotGroupProps({} as never)
      calls.getDayHeadingProps = () => aria.getDayHeadingProps({} as never)
      return null
    }
    renderWithKit(<Custom />)
    expect(calls.getSlotProps).toThrow('useSlotPicker: pass `slot` to getSlotProps({ slot, ...props }).')
    expect(calls.getDayProps).toThrow('useSlotPicker: pass `day` to getDayProps({ day, ...props }).')
    expect(calls.getSlotGroupProps).toThrow('useSlotPicker: pass `day` to getSlotGroupProps({ day, ...props }).')
    expect(calls.getDayHeadingProps).toThrow('useSlotPicker: pass `day` to getDayHeadingProps({ day, ...props }).')
  })
})

describe('the hook tier', () => {
  test("prop getters merge the caller's props: handlers first (preventDefault vetoes), classes join", async () => {
    const user = userEvent.setup()
    const seen: string[] = []
    function Custom() {
      const availability = useAvailability({ ...COPENHAGEN_SEARCH, defaultWindow: THIS_WEEK })
      const state = useSlotPickerState({ availability })
      const aria = useSlotPicker(state)
      return (
        <div {...aria.getRootProps({ className: 'mine' })} data-testid="root">
          {state.days.map((day) => (
            <section key={day.dayKey} {...aria.getDayProps({ day })}>
              <h3 {...aria.getDayHeadingProps({ day })}>{day.label}</h3>
              <div {...aria.getSlotGroupProps({ day })}>
                {day.slots.map((slot, i) => (
                  <button
                    key={slot.start}
                    {...aria.getSlotProps({
                      slot,
                      className: 'slot',
                      onClick: (event: React.MouseEvent) => {
                        seen.push(state.formatTime(slot))
                        // The caller vetoes choosing the first slot of each day.
                        if (i === 0) event.preventDefault()
                      },
                    })}
                  >
                    {aria.getSlotState(slot).time}
                  </button>
                ))}
              </div>
            </section>
          ))}
          <div {...aria.getAnnouncerProps()}>{state.announcement}</div>
        </div>
      )
    }
    const { container } = renderWithKit(<Custom />)
    const radios = await within(await findDayGroup(TUESDAY)).findAllByRole('radio')
    expect(screen.getByTestId('root').className).toBe('mine')
    expect(radios[0]!.className).toBe('slot')
    await user.click(radios[0]!)
    expect(seen).toEqual(['9:00 AM'])
    expect(radios[0]!.getAttribute('aria-checked')).toBe('false')
    await user.click(radios[1]!)
    expect(seen).toEqual(['9:00 AM', '11:00 AM'])
    expect(radios[1]!.getAttribute('aria-checked')).toBe('true')
    expect(screen.getByRole('status').textContent).toBe('')
    await expectNoAxeViolations(container)
  })
})
