/**
 * A root's props split into its state hook's options (the keys of `keys`)
 * and the rest, for its element. `keys` is a record so that the compiler
 * checks it names every option and nothing else.
 */
export function splitProps<TProps extends object, TKey extends keyof TProps>(props: TProps, keys: Record<TKey, 1>): [Pick<TProps, TKey>, Omit<TProps, TKey>] {
  const dom: Record<string, unknown> = { ...(props as Record<string, unknown>) }
  const options: Record<string, unknown> = {}
  for (const key in keys) {
    options[key] = dom[key]
    delete dom[key]
  }
  return [options as Pick<TProps, TKey>, dom as Omit<TProps, TKey>]
}
