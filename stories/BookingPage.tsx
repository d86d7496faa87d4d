import { useState, type FormEvent } from 'react'
import {
  SlotTakenError,
  ValidationError,
  useAvailability,
  useBookingKit,
  useCreateBooking,
  useSlotAlternatives,
  type Slot,
} from '../src'
import { formatSlotLabel, formatSlotRange, formatSlotTime } from '../src/time'

/**
 * A whole booking page on the kit's hooks, unstyled: pick a slot, fill the
 * form, book. What the customer typed stays through every failure: it lives
 * in this component's state, and the hooks never reset it.
 */
export interface BookingPageProps {
  resourceId: string
  /** First day shown, `yyyy-MM-dd`; today in the customer's zone when omitted. */
  start?: string
  length?: string
  /** Told about the chosen slot (demo controls use it). */
  onSlotChange?: (slot: Slot) => void
}

export function BookingPage({ resourceId, start, length = '30 minutes', onSlotChange }: BookingPageProps) {
  const { timeZone, locale } = useBookingKit()
  const search = { mode: 'roundrobin_prioritized' as const, resources: [resourceId], length }
  const availability = useAvailability({ ...search, defaultWindow: start ? { start, days: 5 } : undefined })
  const booking = useCreateBooking()
  // After a 409 the nearest free times of the same length, searched once the write fails.
  const taken = booking.error instanceof SlotTakenError ? booking.variables : undefined
  const { data: alternatives = [] } = useSlotAlternatives(taken, { search })
  const [slot, setChosenSlot] = useState<Slot>()
  const setSlot = (next: Slot) => {
    setChosenSlot(next)
    onSlotChange?.(next)
  }
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!slot) return
    booking.mutate({ resource_id: resourceId, start: slot.start, end: slot.end, customer: { name, email, timezone: timeZone } })
  }
  const fieldError = (field: string) =>
    booking.error instanceof ValidationError ? booking.error.fieldErrors[`customer.${field}`]?.join(' ') : undefined
  const label = (s: Slot) => formatSlotLabel(s, { timeZone, locale })

  if (booking.isSuccess) {
    return (
      <p role="status">
        Booked: {formatSlotRange(slot!, { timeZone, locale })}. A confirmation goes to {email}.
      </p>
    )
  }

  return (
    <form onSubmit={submit} aria-labelledby="booking-title">
      <h2 id="booking-title">Book a time</h2>
      <fieldset aria-busy={availability.isFetching}>
        <legend>Free times ({timeZone})</legend>
        {availability.isPending && <p role="status">Loading free times…</p>}
        {availability.days
          .filter((day) => day.slots.length > 0)
          .slice(0, 2)
          .map((day) => (
            <div key={day.dayKey} role="group" aria-label={day.dayKey} data-day={day.dayKey}>
              {day.slots.slice(0, 8).map((s) => (
                <label key={s.start} style={{ marginRight: 8 }}>
                  <input
                    type="radio"
                    name="slot"
                    aria-label={label(s)}
                    checked={slot?.start === s.start}
                    onChange={() => setSlot(s)}
                  />
                  {formatSlotTime(s, { timeZone, locale })}
                </label>
              ))}
            </div>
          ))}
      </fieldset>
      <p>
        <label>
          Name <input name="name" value={name} onChange={(e) => setName(e.target.value)} required autoComplete="name"
            aria-invalid={fieldError('name') ? true : undefined} aria-describedby={fieldError('name') ? 'name-error' : undefined} />
        </label>
        {fieldError('name') && <span id="name-error"> {fieldError('name')}</span>}
      </p>
      <p>
        <label>
          Email <input name="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="email"
            aria-invalid={fieldError('email') ? true : undefined} aria-describedby={fieldError('email') ? 'email-error' : undefined} />
        </label>
        {fieldError('email') && <span id="email-error"> {fieldError('email')}</span>}
      </p>
      <button type="submit" disabled={!slot || booking.isPending}>
        {booking.isPending ? 'Booking…' : 'Book'}
      </button>
      <div role="alert">
        {booking.error instanceof SlotTakenError && (
          <>
            <p>Someone booked {slot ? formatSlotTime(slot, { timeZone, locale }) : 'that time'} a moment ago. Free nearby:</p>
            <ul>
              {alternatives.map((alternative) => (
                <li key={alternative.start}>
                  {/* The spoken name starts with the visible text (WCAG 2.5.3) and adds the full date. */}
                  <button
                    type="button"
                    onClick={() => setSlot(alternative)}
                    aria-label={`Choose ${formatSlotRange(alternative, { timeZone, locale })}, ${label(alternative)}`}
                  >
                    Choose {formatSlotRange(alternative, { timeZone, locale })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {booking.error && !(booking.error instanceof SlotTakenError) && !(booking.error instanceof ValidationError) && (
          <p>Booking failed: {booking.error.message}. Your details are kept; try again.</p>
        )}
      </div>
    </form>
  )
}
