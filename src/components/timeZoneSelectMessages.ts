import type { TimeZoneInfo } from '../time/listTimeZones.js'

/** Every visible or spoken string of {@link TimeZoneSelect}, in English by default. */
export interface TimeZoneSelectMessages {
  /** The visible label of the input. */
  label: string
  /** Accessible name of the button that opens and closes the list. */
  trigger: string
  /** Shown (and announced) when nothing matches the typed text. */
  empty: string
  /** The polite announcement of how many zones match (`12 zones found`). */
  results: (args: { count: number }) => string
  /**
   * An option's visible text and accessible name: city, long name and the offset at the
   * shown instant (`Kolkata — India Standard Time (UTC+05:30)`).
   */
  optionLabel: (args: { zone: TimeZoneInfo }) => string
  /**
   * The chosen zone's label, the input's text when nothing is typed. It is rendered on
   * the server too, so it gets only the zone's id and city (no offsets or names from tz data,
   * which may differ between the server and the browser).
   */
  valueLabel: (args: { id: string; city: string }) => string
}

export const defaultTimeZoneSelectMessages: TimeZoneSelectMessages = {
  label: 'Time zone',
  trigger: 'Show time zones',
  empty: 'No time zones match',
  results: ({ count }) => (count === 0 ? 'No zones found' : count === 1 ? '1 zone found' : `${count} zones found`),
  optionLabel: ({ zone }) =>
    zone.city === zone.longName ? `${zone.city} (UTC${zone.offset})` : `${zone.city} — ${zone.longName} (UTC${zone.offset})`,
  valueLabel: ({ city }) => city,
}
