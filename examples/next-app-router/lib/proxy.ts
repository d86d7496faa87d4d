import { createBookingProxy } from 'react-booking-kit/server'
import { upstream } from './booking'

// Settings are functions: nothing is read (and no secret is needed) at build time.
export const proxy = createBookingProxy({
  upstream,
  appKey: () => process.env.TIMEKIT_API_KEY,
  basePath: '/api/booking',
})
