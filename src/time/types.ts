/** The least a slot must have for grouping and single-instant labels: its start instant. */
export interface SlotStart {
  /** RFC 3339 instant (`Z`, `+00:00` or `+0100` offsets). */
  start: string
}

/** A slot with both ends, as the client returns them (`{ start, end, resources }`). */
export interface SlotInterval extends SlotStart {
  /** RFC 3339 instant; exclusive. */
  end: string
}

/** A half-open window of instants `[start, end)`, both as UTC ISO strings. */
export interface InstantRange {
  start: string
  end: string
}

/** `'h12'`: 1–12 with AM/PM; `'h23'`: 0–23. */
export type HourCycle = 'h12' | 'h23'

/**
 * What to do with a wall-clock time that occurs twice or never (Temporal's semantics):
 * - `'compatible'`: a skipped time moves forward by the length of the gap; a repeated time takes the earlier instant.
 * - `'earlier'` / `'later'`: the earlier / later of the two candidate instants (for a gap, the
 *   instants the time would have had under the offset after / before the change).
 * - `'reject'`: throw a {@link WallTimeError}.
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject'

/** Options shared by the slot label formatters. */
export interface SlotFormatOptions {
  /** IANA zone the customer reads times in. Required: labels never use the host's zone. */
  timeZone: string
  /**
   * BCP 47 locale for the words, numbers and hour cycle.
   * @default the runtime's default locale
   */
  locale?: string
  /**
   * Force a 12-hour (`'h12'`) or 24-hour (`'h23'`) clock.
   * @default the locale's own hour cycle
   */
  hourCycle?: HourCycle
}
