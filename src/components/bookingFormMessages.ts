import type { FieldCheckMessages } from './bookingFields.js'

/** Every visible or spoken string of {@link BookingForm}, in English by default. */
export interface BookingFormMessages extends FieldCheckMessages {
  /** The submit button. */
  submit: string
  /** The submit button while the booking is sent. */
  submitting: string
  /** Marks a required field's label for sighted users (the control itself is `required`). */
  requiredMark: string
  /** Spoken after a required group's legend (its checkboxes have no `required` to announce). */
  requiredGroup: string
  /** The announced summary after a failed submit. */
  summary: (args: { count: number; titles: string[] }) => string
}

export const defaultBookingFormMessages: BookingFormMessages = {
  required: ({ title }) => `${title} is required.`,
  email: ({ title }) => `${title} must be an e-mail address, like name@example.com.`,
  tel: ({ title }) => `${title} must be a phone number: digits, optionally starting with +.`,
  number: ({ title }) => `${title} must be a number.`,
  option: ({ title }) => `Choose one of the options for ${title}.`,
  submit: 'Book it',
  submitting: 'Booking…',
  requiredMark: '*',
  requiredGroup: '(required)',
  summary: ({ count, titles }) =>
    count === 1 ? `1 field needs attention: ${titles[0]}.` : `${count} fields need attention: ${titles.join(', ')}.`,
}

/** A `((text, url))` link in a label field, or plain text. */
export type LabelSegment = { type: 'text'; text: string } | { type: 'link'; text: string; href: string }

/**
 * A label field's text with `((text, url))` links split out, so they render as
 * `<a>` elements, never through HTML. Only http(s) and mailto links become
 * links; anything else stays text.
 */
export function parseLabelText(text: string): LabelSegment[] {
  const segments: LabelSegment[] = []
  const pattern = /\(\(([^,()]+),\s*([^()\s]+)\)\)/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const [whole, label, href] = match as unknown as [string, string, string]
    const index = match.index ?? 0
    if (index > last) segments.push({ type: 'text', text: text.slice(last, index) })
    if (/^(https?:|mailto:)/i.test(href)) segments.push({ type: 'link', text: label.trim(), href })
    else segments.push({ type: 'text', text: whole })
    last = index + whole.length
  }
  if (last < text.length) segments.push({ type: 'text', text: text.slice(last) })
  return segments
}
