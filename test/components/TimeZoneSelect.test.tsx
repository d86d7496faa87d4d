// The TimeZoneSelect as the APG combobox with a listbox popup: names, every keyboard path, the
// pointer, live announcements and axe in each state. Host zone Pacific/Auckland, provider zone
// Copenhagen, now = Mon 23 Mar 2026 08:00Z (Copenhagen on winter time, New York already on summer time).
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { TimeZoneSelect, type TimeZoneSelectRootProps } from '../../src/components'
import { useBookingKit } from '../../src/query'
import { renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'

function ZoneProbe() {
  return <output aria-label="Provider zone">{useBookingKit().timeZone}</output>
}

function Page(props: Partial<TimeZoneSelectRootProps>) {
  return (
    <>
      <TimeZoneSelect.Root {...props} />
      <button type="button">After</button>
      <ZoneProbe />
    </>
  )
}

const THREE = ['Europe/London', 'Asia/Tokyo', 'America/New_York']

function setup(props: Partial<TimeZoneSelectRootProps> = {}) {
  const user = userEvent.setup()
  const result = renderWithKit(<Page {...props} />)
  const input = screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement
  const listbox = () => screen.queryByRole('listbox', { name: 'Time zone' })
  // A plain selector: role queries over 400 options cost seconds in jsdom.
  const options = () => [...(listbox()?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])]
  const activeOption = () => {
    const id = input.getAttribute('aria-activedescendant')
    return id === null ? null : (options().find((option) => option.id === id) ?? null)
  }
  const announcer = () => result.container.querySelector('[role="status"][aria-live="polite"]')!.textContent
  const providerZone = () => screen.getByRole('status', { name: 'Provider zone' }).textContent
  return { user, input, listbox, options, activeOption, announcer, providerZone, ...result }
}

/** Whether the kit called preventDefault on a key pressed in the input (seen from outside, after React's handler). */
function recordDefaultPrevented(element: HTMLElement) {
  const seen: Record<string, boolean> = {}
  element.ownerDocument.addEventListener('keydown', (event) => {
    seen[event.key] = event.defaultPrevented
  })
  return seen
}

describe('TimeZoneSelect: names and the closed state', () => {
  test('a labelled combobox showing the chosen zone, collapsed, with a button that is not a tab stop', async () => {
    const { input, listbox, container } = setup()
    expect(input.value).toBe('Copenhagen')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(input.getAttribute('aria-autocomplete')).toBe('list')
    expect(input.hasAttribute('aria-controls')).toBe(false)
    expect(input.hasAttribute('aria-activedescendant')).toBe(false)
    expect(listbox()).toBeNull()
    const trigger = screen.getByRole('button', { name: 'Show time zones' })
    expect(trigger.tabIndex).toBe(-1)
    expect(trigger.getAttribute('aria-expanded')).toBe('false')
    await expectNoAxeViolations(container)
  })

  test('Tab goes from the input straight past the trigger', async () => {
    const { user, input } = setup()
    await user.tab()
    expect(document.activeElement).toBe(input)
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }))
  })
})

describe('TimeZoneSelect: keyboard', () => {
  test('Down opens on the chosen zone with its offset now, then moves down', async () => {
    const { user, input, listbox, options, activeOption, container } = setup()
    await user.tab()
    await user.keyboard('{ArrowDown}')
    expect(input.getAttribute('aria-expanded')).toBe('true')
    expect(input.getAttribute('aria-controls')).toBe(listbox()!.id)
    const active = activeOption()!
    expect(active.textContent).toBe('Copenhagen — Central European Standard Time (UTC+01:00)')
    expect(active.getAttribute('aria-selected')).toBe('true')
    expect(active.dataset.active).toBe('true')
    expect(active.dataset.focusVisible).toBe('true')
    expect(options().length).toBeGreaterThan(400)
    const index = options().indexOf(active)
    await user.keyboard('{ArrowDown}')
    expect(activeOption()).toBe(options()[index + 1])
    expect(activeOption()!.getAttribute('aria-selected')).toBe('false')
    expect(active.hasAttribute('data-active')).toBe(false)
    // axe over 400 options takes long in jsdom: checked on a filtered list.
    await user.keyboard('copen')
    await expectNoAxeViolations(container)
  })

  test('Up opens on the chosen zone and moves up', async () => {
    const { user, activeOption, options } = setup()
    await user.tab()
    await user.keyboard('{ArrowUp}')
    expect(activeOption()!.dataset.zone).toBe('Europe/Copenhagen')
    const index = options().indexOf(activeOption()!)
    await user.keyboard('{ArrowUp}')
    expect(activeOption()).toBe(options()[index - 1])
  })

  test('without the chosen zone in the list, Down opens on the first option and Up on the last; both wrap', async () => {
    const { user, input, activeOption, options } = setup({ timeZones: THREE })
    await user.tab()
    await user.keyboard('{ArrowDown}')
    // Sorted by offset on 23 March: New York (UTC−4), London (UTC+0), Tokyo (UTC+9).
    expect(options().map((o) => o.dataset.zone)).toEqual(['America/New_York', 'Europe/London', 'Asia/Tokyo'])
    expect(activeOption()!.dataset.zone).toBe('America/New_York')
    await user.keyboard('{ArrowUp}')
    expect(activeOption()!.dataset.zone).toBe('Asia/Tokyo')
    await user.keyboard('{ArrowDown}')
    expect(activeOption()!.dataset.zone).toBe('America/New_York')
    await user.keyboard('{Escape}')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    await user.keyboard('{ArrowUp}')
    expect(activeOption()!.dataset.zone).toBe('Asia/Tokyo')
  })

  test('Alt+Down opens with no active option; Enter then closes choosing nothing; Alt+Up closes', async () => {
    const onValueChange = vi.fn()
    const { user, input, listbox, providerZone } = setup({ onValueChange })
    await user.tab()
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    expect(listbox()).not.toBeNull()
    expect(input.hasAttribute('aria-activedescendant')).toBe(false)
    await user.keyboard('{Enter}')
    expect(listbox()).toBeNull()
    expect(onValueChange).not.toHaveBeenCalled()
    await user.keyboard('{ArrowDown}')
    expect(listbox()).not.toBeNull()
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(listbox()).toBeNull()
    expect(input.value).toBe('Copenhagen')
    expect(providerZone()).toBe('Europe/Copenhagen')
  })

  test('typing filters, opens and makes the best match active; Enter chooses it and sets the provider zone', async () => {
    const onValueChange = vi.fn()
    const { user, input, options, activeOption, announcer, providerZone } = setup({ onValueChange })
    await user.tab()
    await user.keyboard('tok')
    expect(input.value).toBe('tok')
    // The exact city prefix first, then ids and names containing "tok" (Vostok, …).
    expect(options()[0]!.textContent).toBe('Tokyo — Japan Standard Time (UTC+09:00)')
    expect(options().length).toBeGreaterThan(1)
    expect(activeOption()!.dataset.zone).toBe('Asia/Tokyo')
    expect(activeOption()!.hasAttribute('data-focus-visible')).toBe(true)
    expect(announcer()).toBe(`${options().length} zones found`)
    await user.keyboard('yo')
    expect(announcer()).toBe('1 zone found')
    await user.keyboard('{Enter}')
    expect(input.value).toBe('Tokyo')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('Asia/Tokyo')
    expect(providerZone()).toBe('Asia/Tokyo')
    expect(announcer()).toBe('')
    // Reopened, the new choice is the selected option.
    await user.keyboard('{ArrowDown}')
    expect(activeOption()!.dataset.zone).toBe('Asia/Tokyo')
    expect(activeOption()!.getAttribute('aria-selected')).toBe('true')
  })

  test('an offset finds its zones, and the live region counts them', async () => {
    const { user, options, announcer, container } = setup()
    await user.tab()
    await user.keyboard('+05:30')
    expect(options().map((o) => o.dataset.zone).sort()).toEqual(['Asia/Colombo', 'Asia/Kolkata'])
    expect(announcer()).toBe('2 zones found')
    await user.clear(screen.getByRole('combobox'))
    await user.keyboard('europe')
    expect(announcer()).toBe(`${options().length} zones found`)
    expect(options().length).toBeGreaterThan(12)
    await expectNoAxeViolations(container)
  })

  test('nothing matching: an empty list with data-empty, the empty note, and "No zones found"', async () => {
    const { user, input, listbox, announcer, container } = setup()
    await user.tab()
    await user.keyboard('zzzz')
    expect(listbox()!.dataset.empty).toBe('true')
    expect(within(listbox()!).queryAllByRole('option')).toEqual([])
    expect(screen.getByText('No time zones match').dataset.empty).toBe('true')
    expect(input.dataset.empty).toBe('true')
    expect(announcer()).toBe('No zones found')
    expect(input.hasAttribute('aria-activedescendant')).toBe(false)
    await expectNoAxeViolations(container)
    // Enter with nothing to choose closes and keeps the text.
    await user.keyboard('{Enter}')
    expect(listbox()).toBeNull()
    expect(screen.queryByText('No time zones match')).toBeNull()
  })

  test('Escape closes and keeps the typed text; a second Escape restores the chosen zone; a third is left to the page', async () => {
    const { user, input, listbox } = setup()
    const prevented = recordDefaultPrevented(input)
    await user.tab()
    await user.keyboard('tok')
    await user.keyboard('{Escape}')
    expect(prevented.Escape).toBe(true)
    expect(listbox()).toBeNull()
    expect(input.value).toBe('tok')
    await user.keyboard('{Escape}')
    expect(prevented.Escape).toBe(true)
    expect(input.value).toBe('Copenhagen')
    await user.keyboard('{Escape}')
    expect(prevented.Escape).toBe(false)
  })

  test('Home and End move the caret: the kit leaves them to the browser and keeps the active option', async () => {
    const { user, input, activeOption } = setup()
    const prevented = recordDefaultPrevented(input)
    await user.tab()
    await user.keyboard('lon')
    const active = activeOption()!.dataset.zone
    await user.keyboard('{Home}')
    expect(prevented.Home).toBe(false)
    expect(input.selectionStart).toBe(0)
    expect(activeOption()!.dataset.zone).toBe(active)
    await user.keyboard('{End}')
    expect(prevented.End).toBe(false)
    expect(input.selectionStart).toBe(3)
    expect(activeOption()!.dataset.zone).toBe(active)
  })

  test('Tab leaves choosing nothing: the list closes and the chosen zone comes back', async () => {
    const onValueChange = vi.fn()
    const { user, input, listbox, providerZone } = setup({ onValueChange })
    await user.tab()
    await user.keyboard('tok')
    expect(listbox()).not.toBeNull()
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }))
    expect(listbox()).toBeNull()
    expect(input.value).toBe('Copenhagen')
    expect(onValueChange).not.toHaveBeenCalled()
    expect(providerZone()).toBe('Europe/Copenhagen')
  })

  test('Enter on a closed list is left to the form (submit)', async () => {
    const { user, input } = setup()
    const prevented = recordDefaultPrevented(input)
    await user.tab()
    await user.keyboard('{Enter}')
    expect(prevented.Enter).toBe(false)
    await user.keyboard('{ArrowDown}{Enter}')
    expect(prevented.Enter).toBe(true)
  })

  test('disabled options are shown, skipped by the arrows and refused by a click', async () => {
    const onValueChange = vi.fn()
    const { user, activeOption, options } = setup({
      timeZones: THREE,
      isZoneDisabled: (zone) => zone.id === 'Europe/London',
      onValueChange,
    })
    await user.tab()
    await user.keyboard('{ArrowDown}')
    const london = options()[1]!
    expect(london.getAttribute('aria-disabled')).toBe('true')
    expect(london.dataset.disabled).toBe('true')
    await user.keyboard('{ArrowDown}')
    expect(activeOption()!.dataset.zone).toBe('Asia/Tokyo')
    await user.click(london)
    expect(onValueChange).not.toHaveBeenCalled()
  })
})

describe('TimeZoneSelect: pointer', () => {
  test('the trigger toggles the list and keeps focus in the input; a click on an option chooses it', async () => {
    const { user, input, listbox, options, activeOption, providerZone } = setup({ timeZones: THREE })
    const trigger = screen.getByRole('button', { name: 'Show time zones' })
    await user.click(trigger)
    expect(document.activeElement).toBe(input)
    expect(trigger.getAttribute('aria-expanded')).toBe('true')
    expect(trigger.dataset.open).toBe('true')
    // Opened on the first option (the chosen zone is not offered), by a click: no focus ring.
    expect(activeOption()!.dataset.zone).toBe('America/New_York')
    expect(activeOption()!.hasAttribute('data-focus-visible')).toBe(false)
    await user.hover(options()[2]!)
    expect(activeOption()!.dataset.zone).toBe('Asia/Tokyo')
    // Pointed at, not reached by the keyboard: no focus ring.
    expect(activeOption()!.hasAttribute('data-focus-visible')).toBe(false)
    await user.click(trigger)
    expect(listbox()).toBeNull()
    await user.click(trigger)
    await user.click(within(listbox()!).getByRole('option', { name: /^New York/ }))
    expect(listbox()).toBeNull()
    expect(input.value).toBe('New York')
    expect(document.activeElement).toBe(input)
    expect(providerZone()).toBe('America/New_York')
  })

  test('a disabled select opens on nothing', async () => {
    const { user, input, listbox } = setup({ disabled: true })
    expect(input.disabled).toBe(true)
    expect(input.dataset.disabled).toBe('true')
    const trigger = screen.getByRole('button', { name: 'Show time zones' })
    expect(trigger.hasAttribute('disabled')).toBe(true)
    await user.click(trigger)
    expect(listbox()).toBeNull()
  })
})

describe('TimeZoneSelect: the active option scrolls into view', () => {
  test('keyboard moves scroll the active option to the nearest edge', async () => {
    const scrolled: string[] = []
    const original = Element.prototype.scrollIntoView
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push((this as HTMLElement).dataset.zone ?? '')
    }
    try {
      const { user } = setup({ timeZones: THREE })
      await user.tab()
      await user.keyboard('{ArrowDown}{ArrowDown}')
      expect(scrolled).toEqual(['America/New_York', 'Europe/London'])
    } finally {
      Element.prototype.scrollIntoView = original
    }
    await act(async () => {})
  })
})

describe('TimeZoneSelect: the cap on rendered options', () => {
  test('`limit` caps the options while the live region counts every match', async () => {
    const { user, options, announcer } = setup({ limit: 10 })
    await user.tab()
    await user.keyboard('america')
    expect(options()).toHaveLength(10)
    const count = Number(/^(\d+) zones found$/.exec(announcer())![1])
    expect(count).toBeGreaterThan(100)
  })
})

describe('TimeZoneSelect: two on one page', () => {
  test('each has its own ids, list and keyboard state; both show the shared provider zone', async () => {
    const user = userEvent.setup()
    renderWithKit(
      <>
        <TimeZoneSelect.Root messages={{ label: 'Your zone' }} />
        <TimeZoneSelect.Root messages={{ label: 'Zone of the meeting' }} timeZones={['Asia/Tokyo', 'Europe/London']} />
      </>,
    )
    const first = screen.getByRole('combobox', { name: 'Your zone' }) as HTMLInputElement
    const second = screen.getByRole('combobox', { name: 'Zone of the meeting' }) as HTMLInputElement
    expect(first.id).not.toBe(second.id)
    await user.click(second)
    await user.keyboard('{ArrowDown}')
    expect(second.getAttribute('aria-expanded')).toBe('true')
    expect(first.getAttribute('aria-expanded')).toBe('false')
    expect(screen.getAllByRole('listbox')).toHaveLength(1)
    expect(screen.getByRole('listbox', { name: 'Zone of the meeting' })).toBeTruthy()
    await user.keyboard('{ArrowDown}{Enter}')
    expect(second.value).toBe('Tokyo')
    // Uncontrolled, both show the provider's zone, which the second one just set.
    expect(first.value).toBe('Tokyo')
  })
})
