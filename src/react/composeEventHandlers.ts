/**
 * One handler from the caller's and the kit's: the caller's runs first and
 * can stop the kit's with `event.preventDefault()` (the kit's runs only when
 * `defaultPrevented` is still false), so a caller can veto a key or a click.
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  caller: ((event: E) => void) | undefined,
  kit: ((event: E) => void) | undefined,
): ((event: E) => void) | undefined {
  if (!caller) return kit
  if (!kit) return caller
  return (event: E) => {
    caller(event)
    if (!event.defaultPrevented) kit(event)
  }
}
