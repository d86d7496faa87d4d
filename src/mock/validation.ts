import * as z from 'zod/mini'
import { ErrorBag, unprocessable, type FieldErrors } from './http.js'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && EMAIL.test(value)
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value = body
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function messageFor(issue: z.core.$ZodIssue, path: string, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return `The ${path} field is required.`
  // The client's request schemas phrase their checks to follow the path ("must be a valid
  // zone"), so they read as Timekit's own messages.
  if (issue.message.startsWith('must ')) return `The ${path} ${issue.message}`
  return `The ${path} field is invalid: ${issue.message}`
}

function addIssues(bag: ErrorBag, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[], value: unknown): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path].map(String).join('.') || 'body'
    bag.add(path, messageFor(issue, path, valueAt(value, issue.path)))
  }
}

/** Timekit-style field errors from zod issues: `{"customer.email": ["…"]}`. */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[], body?: unknown): FieldErrors {
  const bag = new ErrorBag()
  addIssues(bag, issues, [], body)
  return bag.errors
}

/** Parses the body with a zod/mini schema or throws a 422 in Timekit's `errors` shape. */
export function parseBody<T extends z.ZodMiniType>(schema: T, body: unknown): z.infer<T> {
  const result = z.safeParse(schema, body)
  if (!result.success) throw unprocessable(issuesToFieldErrors(result.error.issues, body))
  return result.data
}

/** The fields of a body that passed their schema; a field that failed is absent. */
export type ReadFields<TShape extends Record<string, z.ZodMiniType>> = {
  [K in keyof TShape]?: TShape[K] extends z.ZodMiniObject<infer TInner extends Record<string, z.ZodMiniType>> ? ReadFields<TInner> : z.output<TShape[K]>
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Reads each field of an object schema (the client's request schemas) with that field's own
 * schema and reports every failure in `bag`, so one answer lists all field errors, the
 * structural ones from the contract and the handler's own (unknown ids, end before start)
 * together, as Timekit does. Nested objects (`customer`) are read field by field too, so a
 * bad `customer.timezone` does not hide a bad `customer.email`. Fields that fail are left
 * out; unknown keys are kept only where the schema keeps them (`looseObject`).
 */
export function readFields<TShape extends Record<string, z.ZodMiniType>>(
  schema: { shape: TShape },
  body: unknown,
  bag: ErrorBag,
): ReadFields<TShape> {
  return readObject(schema, body, bag, []) as ReadFields<TShape>
}

function readObject(schema: { shape: Record<string, z.ZodMiniType> }, body: unknown, bag: ErrorBag, prefix: string[]) {
  const out: Record<string, unknown> = {}
  if (!isPlainObject(body)) {
    const path = prefix.join('.') || 'body'
    bag.add(path, `The ${path} must be a JSON object.`)
    return out
  }
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = Object.hasOwn(body, key) ? body[key] : undefined
    if ('shape' in field && isPlainObject(value)) {
      out[key] = readObject(field as unknown as { shape: Record<string, z.ZodMiniType> }, value, bag, [...prefix, key])
      continue
    }
    const result = z.safeParse(field, value)
    if (result.success) {
      if (result.data !== undefined) out[key] = result.data
    } else {
      addIssues(bag, result.error.issues, [...prefix, key], value)
    }
  }
  const catchall = (schema as { _zod?: { def?: { catchall?: unknown } } })._zod?.def?.catchall
  if (catchall) {
    for (const [key, value] of Object.entries(body)) if (!Object.hasOwn(schema.shape, key)) out[key] = value
  }
  return out
}
