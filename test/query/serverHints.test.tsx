// The customer's zone for a server render: the provider keeps it in the `rbk-tz` cookie once
// the browser knows it (in an effect, never the hydration frame's UTC placeholder), and
// timeZoneFromRequest reads it back from whatever a server hands over, trusting only valid zones.
import { act, render } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BookingKitProvider, TIME_ZONE_COOKIE, timeZoneFromRequest, useBookingKit } from '../../src/query'

function clearCookie() {
  document.cookie = `${TIME_ZONE_COOKIE}=; path=/; max-age=0`
}
let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
  clearCookie()
  vi.restoreAllMocks()
})

describe('timeZoneFromRequest', () => {
  it.each([
    ['a Cookie header', 'theme=dark; rbk-tz=America%2FSao_Paulo; other=1'],
    ['an unencoded value', 'rbk-tz=America/Sao_Paulo'],
    ['a quoted value', 'rbk-tz="America/Sao_Paulo"'],
    ['Headers', new Headers({ cookie: 'a=b; rbk-tz=America%2FSao_Paulo' })],
    ["Node's IncomingMessage.headers", { cookie: 'rbk-tz=America%2FSao_Paulo', host: 'x' }],
    ['a Node header array', { cookie: ['a=b', 'rbk-tz=America%2FSao_Paulo'] }],
    ["Next's cookies() store", { get: (name: string) => (name === 'rbk-tz' ? { name, value: 'America%2FSao_Paulo' } : undefined) }],
  ])('reads the zone from %s', (_name, source) => {
    expect(timeZoneFromRequest(source)).toBe('America/Sao_Paulo')
  })

  it.each([
    ['no source', undefined],
    ['no cookie header', new Headers({ accept: 'text/html' })],
    ['no rbk-tz cookie', 'theme=dark'],
    ['a similar name', 'xrbk-tz=Europe%2FParis'],
    ['a zone that does not exist', 'rbk-tz=Mars%2FOlympus'],
    ['markup', 'rbk-tz=%3Cscript%3E'],
    ['a broken escape', 'rbk-tz=%E0%A4%A'],
    ['a very long value', `rbk-tz=${'A'.repeat(5000)}`],
  ])('gives undefined for %s', (_name, source) => {
    expect(timeZoneFromRequest(source as string | undefined)).toBeUndefined()
  })
})

function Zone() {
  return <output aria-label="zone">{useBookingKit().timeZone}</output>
}

describe('the provider writes the hint', () => {
  it('stores the chosen zone, and a new one when the customer picks it', async () => {
    let kit: ReturnType<typeof useBookingKit> | undefined
    const keep = (value: ReturnType<typeof useBookingKit>) => {
      kit = value
    }
    function Handle({ onKit }: { onKit: typeof keep }) {
      onKit(useBookingKit())
      return null
    }
    render(
      <BookingKitProvider baseUrl="http://x/v2" defaultTimeZone="Asia/Kathmandu">
        <Handle onKit={keep} />
      </BookingKitProvider>,
    )
    expect(document.cookie).toContain('rbk-tz=Asia%2FKathmandu')
    expect(timeZoneFromRequest(document.cookie)).toBe('Asia/Kathmandu')
    act(() => kit!.setTimeZone('America/St_Johns'))
    expect(timeZoneFromRequest(document.cookie)).toBe('America/St_Johns')
  })

  it('writes nothing with timeZoneCookie={false}', () => {
    render(<BookingKitProvider baseUrl="http://x/v2" timeZone="Asia/Kathmandu" timeZoneCookie={false} />)
    expect(timeZoneFromRequest(document.cookie)).toBeUndefined()
  })

  it("after hydration stores the browser's zone, never the UTC placeholder of the server frame", async () => {
    const writes: string[] = []
    const setter = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!.set!
    vi.spyOn(Document.prototype, 'cookie', 'set').mockImplementation(function (this: Document, value: string) {
      writes.push(value)
      setter.call(this, value)
    })
    const page = (
      <BookingKitProvider baseUrl="http://x/v2" locale="en-US">
        <Zone />
      </BookingKitProvider>
    )
    const container = document.createElement('div')
    container.innerHTML = renderToString(page)
    expect(container.textContent).toBe('UTC')
    expect(writes).toEqual([]) // the server render touches no cookie
    document.body.appendChild(container)
    await act(async () => {
      root = hydrateRoot(container, page)
    })
    // The test host runs in Pacific/Auckland.
    expect(container.textContent).toBe('Pacific/Auckland')
    expect(writes.map((w) => w.split(';')[0])).toEqual(['rbk-tz=Pacific%2FAuckland'])
  })

  it('round-trips: the next server render starts in the stored zone', () => {
    render(<BookingKitProvider baseUrl="http://x/v2" defaultTimeZone="Australia/Eucla" />)
    const zone = timeZoneFromRequest(new Headers({ cookie: document.cookie }))
    const html = renderToString(
      <BookingKitProvider baseUrl="http://x/v2" defaultTimeZone={zone}>
        <Zone />
      </BookingKitProvider>,
    )
    expect(html).toContain('Australia/Eucla')
  })
})
