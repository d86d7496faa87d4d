import { ValidationError } from '../../client/index.js'

// The API's words for a refused transition: `Cannot apply action 'cancel' to current state 'cancelled'`.
const REFUSAL = /Cannot apply action '([^']*)' to current state '([^']*)'/

/**
 * The booking's state named by a refused transition (a 422 without field
 * errors), or undefined for any other failure. A 422 with field errors is a
 * bad request, not a refusal, and stays an error.
 */
export function refusedState(error: unknown): string | undefined {
  if (!(error instanceof ValidationError) || Object.keys(error.fieldErrors).length > 0) return undefined
  return REFUSAL.exec(error.error ?? error.message)?.[2]
}
