import type { MockStore } from './context.js'
import { normaliseBookingSeed } from './bookings/records.js'
import { normaliseResourceSeed } from './resources.js'
import type { MockSeed, MockSnapshot } from './types.js'

export interface StoreEnv {
  now: () => number
  newId: () => string
}

/** Builds fresh state from a seed; called at start and on every `reset()`. */
export function createStore(seed: MockSeed, env: StoreEnv): MockStore {
  const resources = new Map((seed.resources ?? []).map((r) => {
    const resource = normaliseResourceSeed(structuredClone(r), env)
    return [resource.id, resource] as const
  }))
  const bookings = new Map((seed.bookings ?? []).map((b) => {
    const booking = normaliseBookingSeed(structuredClone(b), resources, env)
    return [booking.id, booking] as const
  }))
  const projects = new Map((seed.projects ?? []).map((p) => [p.id, structuredClone(p)] as const))
  return { resources, bookings, projects, dirty: false }
}

/** A deep, JSON-safe copy of the state, also usable as a seed. */
export function snapshotStore(store: MockStore): MockSnapshot {
  return structuredClone({
    resources: [...store.resources.values()],
    bookings: [...store.bookings.values()],
    projects: [...store.projects.values()],
  })
}

/** The store's maps as they are now. Records are replaced on write, never changed in place, so copying the maps is enough. */
export type StoreCheckpoint = Pick<MockStore, 'resources' | 'bookings' | 'projects'>

export function checkpointStore(store: MockStore): StoreCheckpoint {
  return { resources: new Map(store.resources), bookings: new Map(store.bookings), projects: new Map(store.projects) }
}

/** Puts the maps of `checkpoint` back: a change that could not be persisted is undone. */
export function restoreStore(store: MockStore, checkpoint: StoreCheckpoint): void {
  store.resources = checkpoint.resources
  store.bookings = checkpoint.bookings
  store.projects = checkpoint.projects
  store.dirty = false
}
