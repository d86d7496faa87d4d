// Server-only settings of the example: where the Timekit-compatible backend
// is (the kit's mock server in development and CI), and what to search.
import type { AvailabilitySearch } from 'react-booking-kit'

/** The backend the proxy forwards to, read at request time (no secret needed to build). */
export const upstream = () => process.env.BOOKING_UPSTREAM ?? 'http://127.0.0.1:4010/v2'

/** The demo seed's Copenhagen consultant, 30-minute slots. */
export const SEARCH: AvailabilitySearch = {
  mode: 'roundrobin_random',
  resources: ['d3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e001'],
  length: '30 minutes',
}

/** Days per window. */
export const DAYS = 7
