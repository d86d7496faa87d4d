import { useState } from 'react'
import { useAvailability, useBookingKit, useResources } from '../src'
import { formatSlotLabel, formatSlotTime } from '../src/time'

/**
 * A plain list of the resources and the next week's free slots of the chosen
 * one, in the customer's zone: the data side of a booking page, unstyled.
 */
export function NextWeek({ length = '30 minutes', start }: { length?: string; start?: string }) {
  const { timeZone, locale } = useBookingKit()
  const resources = useResources()
  const [chosen, setChosen] = useState<string>()
  const resourceId = chosen ?? resources.data?.items[0]?.id
  const availability = useAvailability({
    mode: 'roundrobin_prioritized',
    resources: resourceId ? [resourceId] : [],
    length,
    defaultWindow: start ? { start } : undefined,
    enabled: resourceId !== undefined,
  })

  if (resources.isPending) return <p role="status">Loading resources…</p>
  if (resources.isError) return <p role="alert">Could not load resources: {resources.error.message}</p>

  return (
    <section aria-labelledby="next-week-title">
      <h2 id="next-week-title">Book a time</h2>
      <p>Times are shown in {timeZone}.</p>
      <fieldset>
        <legend>With</legend>
        {resources.data.items.map((resource) => (
          <label key={resource.id} style={{ display: 'block' }}>
            <input
              type="radio"
              name="resource"
              value={resource.id}
              checked={resource.id === resourceId}
              onChange={() => setChosen(resource.id)}
            />{' '}
            {resource.name} ({resource.timezone})
          </label>
        ))}
      </fieldset>
      <nav aria-label="Weeks">
        <button type="button" onClick={availability.previous}>Previous week</button>{' '}
        <button type="button" onClick={availability.next}>Next week</button>
      </nav>
      <div aria-live="polite" aria-busy={availability.isFetching}>
        {availability.isPending && <p role="status">Loading free times…</p>}
        {availability.isError && <p role="alert">{availability.error?.message}</p>}
        {availability.days.map((day) => (
          <section key={day.dayKey} data-day={day.dayKey}>
            <h3>{day.dayKey}</h3>
            {day.slots.length === 0 ? (
              <p>No free times</p>
            ) : (
              <ul>
                {day.slots.map((slot) => (
                  <li key={slot.start} aria-label={formatSlotLabel(slot, { timeZone, locale })}>
                    {formatSlotTime(slot, { timeZone, locale })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  )
}
