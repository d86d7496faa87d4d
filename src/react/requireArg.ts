/**
 * A prop getter of an ARIA hook called without its item (`getSlotProps({})`):
 * fails at once, naming the hook, the getter and the argument, instead of
 * rendering an item with no identity.
 */
export function requireArg(hook: string, getter: string, key: string, value: unknown): void {
  if (value === undefined || value === null) {
    throw new Error(`${hook}: pass \`${key}\` to ${getter}({ ${key}, ...props }).`)
  }
}
