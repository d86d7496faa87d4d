// booking-js's own example configs, their `customer_fields` rewritten here as fixtures for the
// BookingForm and BookingFlow tests.
import type { BookingJsFields } from '../../../src/components'

// booking-js's `public/fields.htm` example, its `customer_fields` as written there
// (`type: 'string'` included: booking-js configs carry JSON-schema types).
export const BOOKING_JS_FIELDS_EXAMPLE = {
  name: { title: 'Your name please' },
  email: { prefilled: 'doc.brown@timekit.io' },
  comment: { title: 'Comment', prefilled: 'This is a comment' },
  department: { title: 'Department', type: 'string', format: 'select', enum: ['Development', 'Design', 'Sales'] },
  terms: { title: 'I accept terms & conditions', format: 'checkbox' },
} satisfies BookingJsFields

// booking-js's older `examples/fields.htm` (`bookingFields`), in today's `customer_fields`
// shape: `enabled` is the key's presence, `disabled`/`locked` are `readonly`.
export const BOOKING_JS_LEGACY_EXAMPLE = {
  name: { placeholder: 'Your name please' },
  email: { prefilled: 'doc.brown@timekit.io', readonly: true },
  comment: { prefilled: 'This is a comment' },
  phone: { required: true },
  voip: { prefilled: 'doc.brown', required: true, readonly: true },
  location: { placeholder: 'Place of meeting' },
} satisfies BookingJsFields
