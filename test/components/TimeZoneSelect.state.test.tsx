// The TimeZoneSelect's value (provider-bound, defaultValue, controlled), aliases, the `timeZones`
// restriction, offsets at the shown window, zero requests on a zone change, the parts' styling and
// data-* attributes, and misuse errors.
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, test, vi } from 'vitest'
import { SlotPicker, TimeZoneSelect, useTimeZoneSelect, useTimeZoneSelectState, type TimeZoneSelectRootProps } from '../../src/components'
import { useBookingKit } from '../../src/query'
import { InvalidDateTimeError, InvalidTimeZoneError, type TimeZoneInfo } from '../../src/time'
import { COPENHAGEN_SEARCH, NEXT_WEEK, renderHookWithKit, renderWithKit } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'

function ZoneProbe() {
  const { timeZone, setTimeZone } = useBookingKit()
  return (
    <>
      <output aria-label="Provider zone">{timeZone}</output>
      <button type="button" onClick={() => setTimeZone('Asia/Kolkata')}>
        Elsewhere: Kolkata
      </button>
    </>
  )
}

function setup(ui: React.ReactElement) {
  const user = userEvent.setup()
  const result = renderWithKit(ui)
  const input = () => screen.getByRole('combobox') as HTMLInputElement
  const providerZone = () => screen.getByRole('status', { name: 'Provider zone' }).textContent
  const options = () => [...(screen.queryByRole('listbox')?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])]
  /** Type into the input and press Enter on the best match. */
  const choose = async (text: string) => {
    await user.clear(input())
    await user.type(input(), `${text}{Enter}`)
  }
  return { user, input, providerZone, options, choose, ...result }
}

function Select(props: Partial<TimeZoneSelectRootProps>) {
  return (
    <>
      <TimeZoneSelect.Root {...props} />
      <ZoneProbe />
    </>
  )
}

describe('TimeZoneSelect: the value', () => {
  test("uncontrolled, it shows the provider's zone, follows it, and sets it when the customer chooses", async () => {
    const onValueChange = vi.fn()
    const { user, input, providerZone, choose } = setup(<Select onValueChange={onValueChange} />)
    expect(input().value).toBe('Copenhagen')
    await user.click(screen.getByRole('button', { name: 'Elsewhere: Kolkata' }))
    expect(input().value).toBe('Kolkata')
    await choose('tokyo')
    expect(input().value).toBe('Tokyo')
    expect(providerZone()).toBe('Asia/Tokyo')
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('Asia/Tokyo')
  })

  test('choosing the zone already chosen calls nothing', async () => {
    const onValueChange = vi.fn()
    const { input, choose } = setup(<Select onValueChange={onValueChange} />)
    await choose('copenhagen')
    expect(input().value).toBe('Copenhagen')
    expect(onValueChange).not.toHaveBeenCalled()
  })

  test('defaultValue (an alias) starts elsewhere, canonicalised; choosing still sets the provider zone', async () => {
    const { input, providerZone, choose } = setup(<Select defaultValue="Asia/Calcutta" />)
    expect(input().value).toBe('Kolkata')
    expect(providerZone()).toBe('Europe/Copenhagen')
    await choose('tokyo')
    expect(input().value).toBe('Tokyo')
    expect(providerZone()).toBe('Asia/Tokyo')
  })

  test('controlled, choosing calls onValueChange only: the provider zone stays and the value is the parent\'s', async () => {
    const onValueChange = vi.fn()
    const { user, input, providerZone, choose, options } = setup(<Select value="US/Eastern" onValueChange={onValueChange} />)
    expect(input().value).toBe('New York')
    await user.click(input())
    await user.keyboard('{ArrowDown}')
    const selected = options().filter((o) => o.getAttribute('aria-selected') === 'true')
    expect(selected.map((o) => o.dataset.zone)).toEqual(['America/New_York'])
    await user.keyboard('{Escape}')
    await choose('tokyo')
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('Asia/Tokyo')
    expect(input().value).toBe('New York')
    expect(providerZone()).toBe('Europe/Copenhagen')
  })

  test('controlled by a parent that keeps the choice', async () => {
    function Parent() {
      const [zone, setZone] = useState('Europe/London')
      return (
        <>
          <Select value={zone} onValueChange={setZone} />
          <p>Parent: {zone}</p>
        </>
      )
    }
    const { input, choose } = setup(<Parent />)
    expect(input().value).toBe('London')
    await choose('kolkata')
    expect(input().value).toBe('Kolkata')
    expect(screen.getByText('Parent: Asia/Kolkata')).toBeTruthy()
  })

  test('switching from controlled to uncontrolled warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { rerender } = renderWithKit(<TimeZoneSelect.Root value="Europe/London" />)
    rerender(<TimeZoneSelect.Root />)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^TimeZoneSelect is changing from controlled to uncontrolled/))
    warn.mockRestore()
  })

  test('timeZones restricts the list, aliases canonicalised, in offset order', async () => {
    const { user, options } = setup(<Select timeZones={['Asia/Calcutta', 'Europe/Kiev', 'US/Eastern']} />)
    await user.click(screen.getByRole('button', { name: 'Show time zones' }))
    expect(options().map((o) => o.dataset.zone)).toEqual(['America/New_York', 'Europe/Kyiv', 'Asia/Kolkata'])
    expect(options().map((o) => o.textContent)).toEqual([
      'New York — Eastern Daylight Time (UTC-04:00)',
      'Kyiv — Eastern European Standard Time (UTC+02:00)',
      'Kolkata — India Standard Time (UTC+05:30)',
    ])
  })

  test('an empty timeZones list opens empty', async () => {
    const { user, container } = setup(<Select timeZones={[]} />)
    await user.click(screen.getByRole('button', { name: 'Show time zones' }))
    expect(screen.getByRole('listbox').hasAttribute('data-empty')).toBe(true)
    expect(screen.getByText('No time zones match')).toBeTruthy()
    expect(container.querySelector('[data-open]')?.hasAttribute('data-empty')).toBe(true)
    await expectNoAxeViolations(container)
  })
})

describe('TimeZoneSelect: offsets at the shown instant', () => {
  test('`at` in July shows summer time even though today is in March', async () => {
    const { user, options } = setup(<Select at="2026-07-01T12:00:00Z" timeZones={['Europe/Copenhagen', 'America/Sao_Paulo']} />)
    await user.click(screen.getByRole('button', { name: 'Show time zones' }))
    expect(options().map((o) => o.textContent)).toEqual([
      'Sao Paulo — Brasilia Standard Time (UTC-03:00)',
      'Copenhagen — Central European Summer Time (UTC+02:00)',
    ])
  })

  test("inside a SlotPicker the offsets are the shown window's (after the spring-forward), and a zone change sends 0 requests", async () => {
    const { user, input, kit } = setup(
      <SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={NEXT_WEEK} aria-label="Times">
        <TimeZoneSelect.Root timeZones={['Europe/Copenhagen', 'Asia/Tokyo']} />
        <SlotPicker.Days />
      </SlotPicker.Root>,
    )
    const monday = await screen.findByRole('radiogroup', { name: 'Monday, March 30, 2026' })
    expect(within(monday).getAllByRole('radio')[0]!.getAttribute('aria-label')).toMatch(/Central European Summer Time/)
    // The window and its prefetched neighbour have loaded: from here on, nothing is sent.
    await waitFor(() => expect(kit.queryClient.isFetching()).toBe(0))
    const sent = kit.requests.length
    expect(sent).toBeGreaterThan(0)

    await user.click(input())
    await user.keyboard('{ArrowDown}')
    // Today (23 March) Copenhagen is on UTC+01:00; the shown week is on summer time.
    const listbox = screen.getByRole('listbox')
    expect(within(listbox).getByRole('option', { name: /^Copenhagen/ }).textContent).toBe(
      'Copenhagen — Central European Summer Time (UTC+02:00)',
    )
    await user.clear(input())
    await user.keyboard('tokyo{Enter}')
    expect(input().value).toBe('Tokyo')
    const radios = await screen.findAllByRole('radio', { name: /Japan Standard Time/ })
    expect(radios.length).toBeGreaterThan(0)
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(kit.requests.length - sent).toBe(0)
    expect(kit.queryClient.isFetching()).toBe(0)
  })
})

describe('TimeZoneSelect: parts, styling and data-* attributes', () => {
  test('function children, className/style functions, asChild, messages and the Value part', async () => {
    const user = userEvent.setup()
    const { container } = renderWithKit(
      <TimeZoneSelect.Root
        timeZones={['Europe/London', 'Asia/Tokyo']}
        className={(s) => (s.isOpen ? 'root open' : 'root')}
        messages={{ label: 'Show times in', results: ({ count }) => `${count} matches` }}
      >
        {(state) => (
          <>
            <TimeZoneSelect.Label />
            <TimeZoneSelect.Input style={(s) => ({ fontWeight: s.isOpen ? 'bold' : 'normal' })} />
            <TimeZoneSelect.Trigger asChild>
              <span role="button">Zones</span>
            </TimeZoneSelect.Trigger>
            <TimeZoneSelect.Listbox>
              {(zone: TimeZoneInfo) => (
                <TimeZoneSelect.Option key={zone.id} zone={zone} className={(o) => (o.isActive ? 'option active' : 'option')}>
                  {({ zone: z, isSelected, isActive }) => `${z.city} ${z.offset}${isSelected ? ' ✓' : ''}${isActive ? ' ←' : ''}`}
                </TimeZoneSelect.Option>
              )}
            </TimeZoneSelect.Listbox>
            <p>
              Times in <TimeZoneSelect.Value>{(s) => `${s.valueLabel}${s.selectedZone ? ` (${s.selectedZone.offset})` : ''}`}</TimeZoneSelect.Value>
            </p>
            <p>{state.isOpen ? 'open' : 'closed'}</p>
          </>
        )}
      </TimeZoneSelect.Root>,
    )
    const input = screen.getByRole('combobox', { name: 'Show times in' })
    expect(container.querySelector('.root')).not.toBeNull()
    expect(input.style.fontWeight).toBe('normal')
    expect(screen.getByText('Copenhagen').dataset.zone).toBe('Europe/Copenhagen')
    const trigger = screen.getByRole('button', { name: 'Show time zones' })
    expect(trigger.tagName).toBe('SPAN')
    expect(trigger.textContent).toBe('Zones')
    await user.click(trigger)
    expect(screen.getByText('open')).toBeTruthy()
    expect(container.querySelector('.root.open')?.hasAttribute('data-open')).toBe(true)
    expect(input.style.fontWeight).toBe('bold')
    // Opened on the chosen zone; Copenhagen is not offered, so on the first option.
    expect(screen.getAllByRole('option').map((o) => [o.textContent, o.className])).toEqual([
      ['London +00:00 ←', 'option active'],
      ['Tokyo +09:00', 'option'],
    ])
    expect(container.querySelector('[role="status"]')!.textContent).toBe('2 matches')
    // Once the list is built, the Value part can show the chosen zone's offset.
    expect(screen.getByText('Copenhagen (+01:00)')).toBeTruthy()
    await user.keyboard('{Enter}')
    expect(screen.getByText('London (+00:00)')).toBeTruthy()
    await user.keyboard('{ArrowDown}')
    expect(screen.getAllByRole('option')[0]!.textContent).toBe('London +00:00 ✓ ←')
    await expectNoAxeViolations(container)
  })

  test('data-* attributes: open, focus-visible, active, selected, disabled, empty, zone', async () => {
    const user = userEvent.setup()
    const { container } = renderWithKit(
      <TimeZoneSelect.Root
        timeZones={['Europe/London', 'Asia/Tokyo', 'Europe/Copenhagen']}
        isZoneDisabled={(zone) => zone.id === 'Asia/Tokyo'}
      />,
    )
    const root = container.firstElementChild as HTMLElement
    const input = screen.getByRole('combobox')
    const attrs = (el: Element) => el.getAttributeNames().filter((n) => n.startsWith('data-')).sort()
    expect(attrs(root)).toEqual([])
    expect(attrs(input)).toEqual([])
    await user.tab()
    expect(attrs(input)).toEqual(['data-focus-visible'])
    await user.keyboard('{ArrowDown}')
    expect(attrs(root)).toEqual(['data-open'])
    expect(attrs(input)).toEqual(['data-focus-visible', 'data-open'])
    expect(attrs(screen.getByRole('listbox'))).toEqual(['data-open'])
    const [london, copenhagen, tokyo] = screen.getAllByRole('option')
    expect(attrs(london!)).toEqual(['data-zone'])
    expect(attrs(copenhagen!)).toEqual(['data-active', 'data-focus-visible', 'data-selected', 'data-zone'])
    expect(attrs(tokyo!)).toEqual(['data-disabled', 'data-zone'])
    await user.keyboard('xyz')
    expect(attrs(root)).toEqual(['data-empty', 'data-open'])
    expect(attrs(screen.getByRole('listbox'))).toEqual(['data-empty', 'data-open'])
    expect(attrs(screen.getByText('No time zones match'))).toEqual(['data-empty'])
  })

  test('disabled: data-disabled on the root, label, input and trigger', () => {
    const { container } = renderWithKit(<TimeZoneSelect.Root disabled />)
    const root = container.firstElementChild as HTMLElement
    for (const el of [root, screen.getByText('Time zone'), screen.getByRole('combobox'), screen.getByRole('button')]) {
      expect(el.hasAttribute('data-disabled')).toBe(true)
    }
  })

  test("the caller's handlers run first and can veto the kit's", async () => {
    const user = userEvent.setup()
    renderWithKit(
      <TimeZoneSelect.Root>
        <TimeZoneSelect.Label />
        <TimeZoneSelect.Input onKeyDown={(event) => event.key === 'ArrowDown' && event.preventDefault()} />
        <TimeZoneSelect.Listbox />
      </TimeZoneSelect.Root>,
    )
    await user.tab()
    await user.keyboard('{ArrowDown}')
    expect(screen.queryByRole('listbox')).toBeNull()
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('listbox')).toBeTruthy()
  })
})

describe('TimeZoneSelect: the hooks', () => {
  test('the state hook: canonical value, list built on prepare, select by alias', async () => {
    const onValueChange = vi.fn()
    const { result } = renderHookWithKit(() => useTimeZoneSelectState({ onValueChange, at: '2026-07-01T00:00:00Z' }))
    expect(result.current.isListReady).toBe(false)
    expect(result.current.zones).toEqual([])
    act(() => result.current.prepare())
    expect(result.current.isListReady).toBe(true)
    expect(result.current.zones.length).toBeGreaterThan(400)
    expect(result.current.selectedZone).toMatchObject({ id: 'Europe/Copenhagen', offset: '+02:00' })
    act(() => result.current.select('US/Eastern'))
    expect(onValueChange).toHaveBeenCalledWith('America/New_York')
    expect(result.current.value).toBe('America/New_York')
    expect(result.current.valueLabel).toBe('New York')
  })
})

describe('TimeZoneSelect: misuse', () => {
  const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => {})
  const zone = { id: 'UTC', city: 'UTC', offset: '+00:00', offsetMinutes: 0, longName: 'UTC', abbreviation: 'UTC' }

  test.each([
    ['Label', <TimeZoneSelect.Label key="p" />],
    ['Input', <TimeZoneSelect.Input key="p" />],
    ['Trigger', <TimeZoneSelect.Trigger key="p" />],
    ['Listbox', <TimeZoneSelect.Listbox key="p" />],
    ['Option', <TimeZoneSelect.Option key="p" zone={zone} />],
    ['Empty', <TimeZoneSelect.Empty key="p" />],
    ['Value', <TimeZoneSelect.Value key="p" />],
  ])('<TimeZoneSelect.%s> outside its root throws', (part, element) => {
    const error = quiet()
    expect(() => renderWithKit(element)).toThrow(`<TimeZoneSelect.${part}> must be used within <TimeZoneSelect.Root>.`)
    error.mockRestore()
  })

  test('getOptionProps without a zone throws', () => {
    const { result } = renderHookWithKit(() => useTimeZoneSelect(useTimeZoneSelectState()))
    expect(() => result.current.getOptionProps({} as never)).toThrow(
      'useTimeZoneSelect: pass `zone` to getOptionProps({ zone, ...props }).',
    )
  })

  test.each([
    ['value', { value: 'Mars/Olympus' }, InvalidTimeZoneError, 'Invalid time zone "Mars/Olympus"'],
    ['defaultValue', { defaultValue: 'Europe/Atlantis' }, InvalidTimeZoneError, 'Invalid time zone "Europe/Atlantis"'],
    ['timeZones', { timeZones: ['Europe/London', 'Nowhere'] }, InvalidTimeZoneError, 'Invalid time zone "Nowhere"'],
    ['at', { at: '2026-07-01 12:00' }, InvalidDateTimeError, 'Invalid date/time "2026-07-01 12:00"'],
  ])('an invalid %s throws a typed error at render', (_, props, type, message) => {
    const error = quiet()
    let thrown: unknown
    try {
      renderWithKit(<TimeZoneSelect.Root {...(props as Partial<TimeZoneSelectRootProps>)} />)
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(type)
    expect((thrown as Error).message).toContain(message)
    error.mockRestore()
  })
})
