// The classifier behind test:build. It needs no build, so it runs with the unit tests.
import { describe, expect, it } from 'vitest'
import { clientReasons } from './support/clientReasons.js'

describe('clientReasons', () => {
  it.each([
    ['a React hook', `import { useState } from 'react'\nexport const f = () => useState(0)`, 'imports useState'],
    ['use()', `import { use } from 'react'\nexport const f = (p) => use(p)`, 'imports use '],
    ['createContext', `import { createContext } from 'react'\nexport const C = createContext(null)`, 'imports createContext'],
    ['a TanStack hook', `import { useQuery } from '@tanstack/react-query'\nexport const f = () => useQuery({})`, 'imports useQuery'],
    ['a kit hook', `import { useBookingKit } from './BookingKitContext.js'\nexport const f = () => useBookingKit()`, 'imports useBookingKit'],
    ['a hook through a namespace', `import * as React from 'react'\nexport const f = () => React.useRef(null)`, 'calls React.useRef'],
    ['document', `export const f = () => document.body`, 'browser global document'],
    ['window', `export const f = () => window.innerWidth`, 'browser global window'],
  ])('needs the directive for %s', (_, code, reason) => {
    expect(clientReasons('m.ts', code).join('; ')).toContain(reason)
  })

  it('needs the directive for an event handler on an element', () => {
    expect(clientReasons('m.tsx', `export const B = () => <button onClick={() => {}} />`)).toEqual([
      'sets the event handler onClick',
    ])
  })

  it.each([
    ['option factories', `import { queryOptions } from '@tanstack/react-query'\nexport const o = () => queryOptions({ queryKey: ['k'] })`],
    ['type-only hook imports', `import type { useState } from 'react'\nimport { type useQuery } from '@tanstack/react-query'\nexport type T = typeof useState | typeof useQuery`],
    ['a barrel that re-exports hooks', `export { useAvailability } from './useAvailability.js'`],
    ['a parameter named window', `export function f(window: { start: string }) { return window.start }`],
    ['a guarded browser global', `export const zone = () => (typeof navigator === 'undefined' ? 'en' : navigator.language)`],
    ['a property named document', `export const o = { document: 1 }; export const d = (x: { document: number }) => x.document`],
    ['a hook-like name that is not a hook', `import { user } from './user.js'\nexport const u = user`],
  ])('keeps %s server-safe', (_, code) => {
    expect(clientReasons('m.tsx', code)).toEqual([])
  })
})
