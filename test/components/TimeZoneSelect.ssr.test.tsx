// Server render + hydration. The server's tz data may differ from the browser's (Node 20 and
// Chromium disagree on 6 zones today), so the server and the hydration render show only the chosen
// zone's label; the list is built in the browser. The "server" here knows 6 zones fewer than the
// browser: a naive list rendered on the server mismatches, the TimeZoneSelect does not.
import { act } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { TimeZoneSelect } from '../../src/components'
import { BookingKitProvider, type BookingKitProviderProps } from '../../src/query'
import { listTimeZones } from '../../src/time'
import { BASE_URL, createKit, NOW } from '../query/support/renderWithKit'

const supportedValuesOf = Intl.supportedValuesOf.bind(Intl)
// Ids as this runtime's ICU spells them (Node 20: Europe/Kiev, Pacific/Enderbury, America/Godthab).
const SERVER_MISSING = ['America/Ciudad_Juarez', 'Europe/Kiev', 'Pacific/Enderbury', 'America/Godthab', 'Asia/Qostanay', 'Europe/Kirov']

/** Runs `render` as a server whose ICU lacks six zones. */
function onServerWithOlderTzData<T>(render: () => T): { result: T; calls: number } {
  const spy = vi
    .spyOn(Intl, 'supportedValuesOf')
    .mockImplementation((key) => supportedValuesOf(key).filter((id) => !SERVER_MISSING.includes(id)))
  try {
    return { result: render(), calls: spy.mock.calls.length }
  } finally {
    spy.mockRestore()
  }
}

function NaiveZoneList() {
  return (
    <ul aria-label="Zones">
      {listTimeZones({ at: NOW, locale: 'en-US' }).map((zone) => (
        <li key={zone.id}>{zone.city}</li>
      ))}
    </ul>
  )
}

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

async function serverThenHydrate(page: (props: Partial<BookingKitProviderProps>) => ReactElement, providerProps: Partial<BookingKitProviderProps>) {
  const kit = createKit()
  const props = { baseUrl: BASE_URL, fetch: kit.fetch, queryClient: kit.queryClient, timeZone: 'Europe/Copenhagen', locale: 'en-US', ...providerProps }
  const { result: html, calls } = onServerWithOlderTzData(() => renderToString(page(props)))
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.appendChild(container)
  const consoleError = vi.spyOn(console, 'error')
  const recoverable: unknown[] = []
  await act(async () => {
    root = hydrateRoot(container, page(props), { onRecoverableError: (error) => recoverable.push(error) })
  })
  return { html, container, consoleError, recoverable, serverListCalls: calls, kit }
}

function Page(props: Partial<BookingKitProviderProps>) {
  return (
    <BookingKitProvider {...(props as BookingKitProviderProps)}>
      <TimeZoneSelect.Root>
        <TimeZoneSelect.Label />
        <TimeZoneSelect.Input />
        <TimeZoneSelect.Trigger />
        <TimeZoneSelect.Listbox />
        <TimeZoneSelect.Empty />
        <p>
          Times in <TimeZoneSelect.Value />
        </p>
      </TimeZoneSelect.Root>
    </BookingKitProvider>
  )
}

describe('TimeZoneSelect: server render and hydration', () => {
  test('the simulated server really lacks six zones the browser has', () => {
    expect(supportedValuesOf('timeZone').filter((id) => SERVER_MISSING.includes(id))).toHaveLength(6)
    const { result } = onServerWithOlderTzData(() => listTimeZones({ at: NOW }).length)
    expect(listTimeZones({ at: NOW }).length - result).toBe(6)
  })

  test('the server renders only the chosen zone\'s label and never lists zones; hydration warns of nothing', async () => {
    const { html, container, consoleError, recoverable, serverListCalls, kit } = await serverThenHydrate(Page, { now: NOW })
    expect(serverListCalls).toBe(0)
    expect(html).toContain('value="Copenhagen"')
    expect(html).toContain('aria-expanded="false"')
    expect(html).not.toContain('role="option"')
    expect(html).not.toContain('UTC+')
    expect(consoleError).not.toHaveBeenCalled()
    expect(recoverable).toEqual([])

    // After hydration the list is built in the browser, with the browser's zones.
    const user = userEvent.setup({ document })
    const input = container.querySelector('input')!
    await user.click(input)
    await user.keyboard('{ArrowDown}')
    const options = [...container.querySelectorAll<HTMLElement>('[role="option"]')]
    expect(options.map((o) => o.dataset.zone)).toContain('Europe/Kyiv')
    expect(options.length).toBe(listTimeZones({ at: NOW }).length)
    expect(container.querySelector('[role="status"]')!.textContent).toBe(`${options.length} zones found`)
    expect(kit.requests).toEqual([])
  })

  test('without a fixed clock (no `now`), hydration is just as quiet and the list appears once the clock is read', async () => {
    const { container, consoleError, recoverable } = await serverThenHydrate(Page, {})
    expect(consoleError).not.toHaveBeenCalled()
    expect(recoverable).toEqual([])
    const user = userEvent.setup({ document })
    await user.clear(container.querySelector('input')!)
    await user.keyboard('kyiv')
    expect([...container.querySelectorAll<HTMLElement>('[role="option"]')].map((o) => o.dataset.zone)).toEqual(['Europe/Kyiv'])
  })

  test('control: a list rendered on the server from its own tz data does mismatch, so the check above can fail', async () => {
    function NaivePage(props: Partial<BookingKitProviderProps>) {
      return (
        <BookingKitProvider {...(props as BookingKitProviderProps)}>
          <NaiveZoneList />
        </BookingKitProvider>
      )
    }
    const { consoleError, recoverable } = await serverThenHydrate(NaivePage, { now: NOW })
    expect(consoleError.mock.calls.length + recoverable.length).toBeGreaterThan(0)
  })
})
