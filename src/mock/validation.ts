import * as z from 'zod/mini'
import { ErrorBag, unprocessable, type FieldErrors } from './http.js'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && EMAIL.test(value)
}

/** Timekit-style field errors from zod issues: `{"customer.email": ["…"]}`. */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const bag = new ErrorBag()
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || 'body'
    bag.add(path, `The ${path} field is invalid: ${issue.message}`)
  }
  return bag.errors
}

/** Parses the structure with a zod/mini schema or throws a 422 in Timekit's `errors` shape. */
export function parseBody<T extends z.ZodMiniType>(schema: T, body: unknown): z.infer<T> {
  const result = z.safeParse(schema, body)
  if (!result.success) throw unprocessable(issuesToFieldErrors(result.error.issues))
  return result.data
}

export const optionalText = z.optional(z.nullable(z.string()))
export const freeObject = z.record(z.string(), z.unknown())
