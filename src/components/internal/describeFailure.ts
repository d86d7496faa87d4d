import {
  AuthError,
  BookingKitError,
  HttpError,
  NetworkError,
  NotFoundError,
  ResponseParseError,
  ResponseShapeError,
  ResponseTooLargeError,
  TimeoutError,
} from '../../client/index.js'

/**
 * A failure as a customer can read it. The kit's error messages are for
 * developers (`POST /bookings: 503 … (non-JSON body: "<!DOCTYPE…")`); the
 * page says what happened in words, and the error itself stays available to
 * the `messages` functions and callbacks.
 */
export function describeFailure(error: Error): string {
  if (error instanceof NetworkError) return 'The booking service could not be reached; check your connection.'
  if (error instanceof TimeoutError) return 'The booking service took too long to answer.'
  if (error instanceof AuthError) return 'This page is not allowed to book right now.'
  if (error instanceof NotFoundError) return 'The booking service could not find it.'
  if (error instanceof ResponseParseError || error instanceof ResponseShapeError || error instanceof ResponseTooLargeError) {
    return 'The booking service sent an answer that could not be read.'
  }
  if (error instanceof HttpError) return 'The booking service had a problem.'
  if (error instanceof BookingKitError) return 'Something went wrong.'
  return error.message
}
