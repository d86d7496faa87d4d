/**
 * A `useSyncExternalStore` subscription to a value that never changes after
 * hydration (the browser's zone, "is this the client"): one shared copy.
 */
export const subscribeNever = (): (() => void) => () => {}
