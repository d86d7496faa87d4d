import * as z from 'zod/mini'

// The response schemas' leaf types, each one `z.check` on `z.unknown()`. Every distinct zod type
// constructor a page pulls in costs it 0.4–3.3 KB minified (`z.record` alone 3.3 KB, `z.union` +
// `z.pipe` 2.6 KB), and the booking page would pay for `string`, `number`, `boolean`, `record`,
// `union`, `pipe`, `transform`, `regex` and `extend` only to read a few JSON fields. Each leaf
// pushes the very issue zod's own type pushes (same `code`, `expected`, `received`, `format`,
// `pattern`, key order and message), so a `ResponseShapeError` and its `cause` read the same.
// Only `z.check` and issue fields from zod's documented issue format are used, no internals.

type Payload = z.core.ParsePayload<unknown>

/** A schema of `TOutput` (read from `TInput`) that runs `read` on the raw value. */
export function wire<TOutput, TInput = TOutput>(read: (payload: Payload) => void): z.ZodMiniType<TOutput, TInput> {
  return z.unknown().check(z.check(read)) as never
}

/** The `invalid_type` issue of zod's own type named `expected` (`received` as `z.number()` gives it). */
export function invalidType(
  payload: Payload,
  expected: 'string' | 'number' | 'boolean' | 'record',
  received?: string,
): void {
  payload.issues.push({ expected, code: 'invalid_type', input: payload.value, ...(received ? { received } : {}) })
}

/** `z.string()` */
export const text = wire<string>((payload) => {
  if (typeof payload.value !== 'string') invalidType(payload, 'string')
})

/** `z.boolean()` */
export const flag = wire<boolean>((payload) => {
  if (typeof payload.value !== 'boolean') invalidType(payload, 'boolean')
})

function readNumber(payload: Payload): void {
  const value = payload.value
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    invalidType(payload, 'number', typeof value === 'number' ? String(value) : undefined)
  }
}

/** `z.number()`: finite numbers only. */
export const numeric = wire<number>(readNumber)

/** `z.coerce.number()`: `Number(value)` first, so `"20"` reads as 20. */
export const coercedNumber = wire<number, unknown>((payload) => {
  try {
    payload.value = Number(payload.value)
  } catch {
    // `Number(Symbol())` throws; the value stays and fails as zod's coercion leaves it.
  }
  readNumber(payload)
})

// zod's `isPlainObject`, which `z.record` accepts: no array, no class instance.
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const ctor: unknown = (value as { constructor?: unknown }).constructor
  if (typeof ctor !== 'function') return true
  const proto: unknown = ctor.prototype
  return typeof proto === 'object' && proto !== null && !Array.isArray(proto) && Object.hasOwn(proto, 'isPrototypeOf')
}

/** `z.record(z.string(), z.unknown())`: a copy of the own enumerable keys, without `__proto__`. */
export const record = wire<Record<string, unknown>>((payload) => {
  const input = payload.value
  if (!isPlainObject(input)) return invalidType(payload, 'record')
  const copy: Record<string, unknown> = {}
  for (const key of Reflect.ownKeys(input)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue
    if (typeof key === 'string') copy[key] = input[key]
    else {
      // A symbol key fails the `z.string()` key schema.
      payload.issues.push({ code: 'invalid_key', origin: 'record', issues: text.safeParse(key).error!.issues, input: key, path: [key] })
    }
  }
  payload.value = copy
})
