/**
 * Thrown by every function that takes a time zone when the name is not an IANA zone the
 * runtime's `Intl` knows. The message names the zone so a bad user setting is easy to trace.
 */
export class InvalidTimeZoneError extends RangeError {
  override readonly name = 'InvalidTimeZoneError'
  /** The name exactly as it was passed in. */
  readonly timeZone: string

  constructor(timeZone: unknown, options?: { cause?: unknown }) {
    super(`Invalid time zone "${String(timeZone)}": expected an IANA name such as "Europe/Copenhagen" or "UTC".`, options)
    this.timeZone = String(timeZone)
  }
}

/** Thrown when an instant, day key or wall-clock time string cannot be parsed. */
export class InvalidDateTimeError extends RangeError {
  override readonly name = 'InvalidDateTimeError'
  /** The rejected input, as a string. */
  readonly input: string

  constructor(input: string, expected: string) {
    super(`Invalid date/time "${input}": expected ${expected}.`)
    this.input = input
  }
}

/** Why a wall-clock time has no single instant in a zone. */
export type WallTimeErrorReason = 'ambiguous' | 'nonexistent'

/**
 * Base class of the errors `zonedWallTimeToInstant(…, 'reject')` throws; catch this one to
 * handle both cases, or a subclass for one of them.
 */
export class WallTimeError extends RangeError {
  override readonly name: string = 'WallTimeError'
  /** `'ambiguous'` when the clock shows the time twice (fall back), `'nonexistent'` when it skips it (spring forward). */
  readonly reason: WallTimeErrorReason
  readonly dayKey: string
  readonly time: string
  readonly timeZone: string

  constructor(reason: WallTimeErrorReason, dayKey: string, time: string, timeZone: string) {
    super(
      reason === 'ambiguous'
        ? `${dayKey} ${time} occurs twice in ${timeZone} (clocks go back); pass 'earlier' or 'later'.`
        : `${dayKey} ${time} does not exist in ${timeZone} (clocks go forward); pass 'earlier', 'later' or 'compatible'.`,
    )
    this.reason = reason
    this.dayKey = dayKey
    this.time = time
    this.timeZone = timeZone
  }
}

/** The wall time occurs twice because clocks go back over it. */
export class AmbiguousWallTimeError extends WallTimeError {
  override readonly name = 'AmbiguousWallTimeError'
  constructor(dayKey: string, time: string, timeZone: string) {
    super('ambiguous', dayKey, time, timeZone)
  }
}

/** The wall time never occurs because clocks jump over it. */
export class NonexistentWallTimeError extends WallTimeError {
  override readonly name = 'NonexistentWallTimeError'
  constructor(dayKey: string, time: string, timeZone: string) {
    super('nonexistent', dayKey, time, timeZone)
  }
}
