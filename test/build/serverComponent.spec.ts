// Runs the BUILT package as a React Server Component would meet it (run
// `npm run build` first; `npm run test:build` runs this file): React's server
// build (`--conditions=react-server`, no hooks) and every 'use client' module
// replaced by client references. Keys, option factories and
// prefetchAvailability must stay real functions there; hooks and the
// provider must be client references.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')

interface Report {
  kinds: Record<string, 'client' | 'server'>
  prefetchedSlots: number | null
  dehydratedQueries: number
  availabilityKey: unknown[]
}

let report: Report
beforeAll(() => {
  const stdout = execFileSync(
    process.execPath,
    [
      '--conditions=react-server',
      '--import',
      './test/build/support/registerClientReferences.mjs',
      'test/build/support/serverComponent.mjs',
    ],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  )
  report = JSON.parse(stdout.trim().split('\n').pop()!) as Report
})

describe('react-booking-kit in a Server Component', () => {
  it('prefetches a window with prefetchAvailability and dehydrates it', () => {
    expect(report.prefetchedSlots).toBeGreaterThan(0)
    expect(report.dehydratedQueries).toBe(1)
    expect(report.availabilityKey).toEqual(['react-booking-kit', 'http://mock.local/v2', 'availability'])
  })

  it('keeps keys, option factories, the window helpers and the client callable', () => {
    const serverSafe = Object.keys(report.kinds).filter(
      (name) =>
        /(Query|Mutation)Options$/.test(name)
        || ['bookingKeys', 'prefetchAvailability', 'windowToParams', 'shiftWindow', 'windowDayKeys', 'createBookingClient'].includes(name),
    )
    expect(serverSafe.length).toBeGreaterThanOrEqual(8)
    expect(serverSafe.filter((name) => report.kinds[name] !== 'server')).toEqual([])
  })

  it('turns every hook and the provider into a client reference', () => {
    const client = Object.keys(report.kinds).filter((name) => /^use[A-Z]/.test(name) || name === 'BookingKitProvider')
    expect(client.length).toBeGreaterThanOrEqual(5)
    expect(client.filter((name) => report.kinds[name] !== 'client')).toEqual([])
  })
})
