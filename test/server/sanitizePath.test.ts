import { describe, expect, it } from 'vitest'
import { sanitizePath } from '../../src/server'

describe('sanitizePath', () => {
  it.each([
    ['/api/booking/availability/dates', ['api', 'booking', 'availability', 'dates']],
    ['/bookings/3f2b6c1e-0000-4000-8000-000000000000/cancel', ['bookings', '3f2b6c1e-0000-4000-8000-000000000000', 'cancel']],
    ['/bookings/', ['bookings']],
    ['/', []],
  ])('accepts %s', (path, segments) => {
    expect(sanitizePath(path)).toEqual(segments)
  })

  // Paths as a Request's pathname can still carry them (the URL parser
  // resolves raw and %2e dot segments, but not these).
  it.each([
    '/a/%2F/b',
    '/a/%2f',
    '/a/%5C',
    '/a/..%2Fb',
    '/a/%252e%252e%252f',
    '/a/%00',
    '/a/..',
    '/a/.',
    '/a//b',
    '//evil.com/x',
    '/a\\b',
    '/resources;x=1',
    '/resources/@evil.com',
    '/resources/a:b',
    '/resources/a b',
    'resources',
    'http://evil.com/x',
    `/resources/${'a'.repeat(129)}`,
  ])('refuses %s with a 400', (path) => {
    expect(() => sanitizePath(path)).toThrow(expect.objectContaining({ status: 400 }))
  })
})
