// readBookingLink: the links booking-js's e-mails carry (`?uuid=…&action=reschedule`) to the flow
// that handles them.
import { describe, expect, test } from 'vitest'
import { readBookingLink } from '../../src/components'

const ID = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0eb01'

describe('readBookingLink', () => {
  test.each([
    [`?uuid=${ID}&action=reschedule`, { bookingId: ID, action: 'reschedule' }],
    [`uuid=${ID}&action=cancel`, { bookingId: ID, action: 'cancel' }],
    [`?action=reschedule&uuid=%20${ID}%20`, { bookingId: ID, action: 'reschedule' }],
    [`?uuid=${ID}`, undefined],
    [`?uuid=${ID}&action=confirm`, undefined],
    [`?uuid=&action=reschedule`, undefined],
    ['?action=reschedule', undefined],
    ['', undefined],
  ])('%s', (query, expected) => {
    expect(readBookingLink(query)).toEqual(expected)
    expect(readBookingLink(new URLSearchParams(query))).toEqual(expected)
  })

  test("Next's searchParams object, with repeated keys taking the first", () => {
    expect(readBookingLink({ uuid: ID, action: 'reschedule' })).toEqual({ bookingId: ID, action: 'reschedule' })
    expect(readBookingLink({ uuid: [ID, 'other'], action: ['cancel'] })).toEqual({ bookingId: ID, action: 'cancel' })
    expect(readBookingLink({ uuid: undefined, action: 'cancel' })).toBeUndefined()
  })
})
