// A minimal page over useAvailability: one list per day (named by its day key), one item per
// slot labelled in the customer's zone, and a log of every render for counting.
import { useAvailability, useBookingKit, type UseAvailabilityOptions, type UseAvailabilityResult } from '../../../src/query'
import { formatSlotTime } from '../../../src/time'

export interface RenderRecord {
  /** Window asked for. */
  window: string
  /** First day shown. */
  firstDay: string | undefined
  isPending: boolean
  isPlaceholderData: boolean
  isFetching: boolean
  slotCount: number
}

export interface WeekProps extends UseAvailabilityOptions {
  log?: RenderRecord[]
  /** Called on every render with the hook's result, for driving `next()` / `goTo()` from the test. */
  onResult?: (result: UseAvailabilityResult) => void
}

export function Week({ log, onResult, ...options }: WeekProps) {
  const availability = useAvailability(options)
  const { timeZone, locale } = useBookingKit()
  log?.push({
    window: availability.window?.start ?? '',
    firstDay: availability.days[0]?.dayKey,
    isPending: availability.isPending,
    isPlaceholderData: availability.isPlaceholderData,
    isFetching: availability.isFetching,
    slotCount: availability.slots.length,
  })
  onResult?.(availability)
  return (
    <section
      aria-label="Available times"
      data-status={availability.status}
      data-previous={availability.isPlaceholderData || undefined}
    >
      {availability.isError && <p role="alert">{availability.error?.name}</p>}
      {availability.days.map((day) => (
        <ul key={day.dayKey} aria-label={day.dayKey}>
          {day.slots.map((slot) => (
            <li key={`${slot.start}/${slot.resources.map((r) => r.id).join()}`}>{formatSlotTime(slot, { timeZone, locale })}</li>
          ))}
        </ul>
      ))}
    </section>
  )
}

/** Whether a render showed a loading or placeholder state rather than the window asked for. */
export function isLoadingRender(record: RenderRecord): boolean {
  return record.isPending || record.isPlaceholderData || record.firstDay !== record.window
}
