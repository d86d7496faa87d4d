import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, unlinkSync } from 'node:fs'
import { open, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { MockSnapshot } from '../types.js'

/**
 * Writes `data` so that `path` always holds either the old or the new complete file:
 * temp file in the same directory (rename is only atomic within one file system),
 * fsync, rename over the target, then fsync the directory so the rename itself is durable.
 */
export async function writeJsonAtomic(path: string, data: unknown): Promise<void> {
  const dir = dirname(path)
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`)
  const file = await open(tmp, 'w')
  try {
    await file.writeFile(JSON.stringify(data, null, 2) + '\n', 'utf8')
    await file.sync()
  } finally {
    await file.close()
  }
  await rename(tmp, path)
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Some platforms cannot fsync a directory; the file itself is already durable.
  }
}

/**
 * Serialises writes and coalesces bursts: each call resolves once a write that started
 * after the call (so containing its snapshot or a later one) has reached the disk.
 */
export function createSnapshotWriter(path: string): {
  write(snapshot: MockSnapshot): Promise<void>
  idle(): Promise<void>
} {
  let queued: MockSnapshot | undefined
  let waiters: Array<{ resolve: () => void; reject: (e: unknown) => void }> = []
  let running: Promise<void> | undefined

  async function drain(): Promise<void> {
    while (queued) {
      const snapshot = queued
      const batch = waiters
      queued = undefined
      waiters = []
      try {
        await writeJsonAtomic(path, snapshot)
        for (const w of batch) w.resolve()
      } catch (error) {
        for (const w of batch) w.reject(error)
      }
    }
    running = undefined
  }

  return {
    write(snapshot) {
      return new Promise<void>((resolve, reject) => {
        queued = snapshot
        waiters.push({ resolve, reject })
        running ??= drain()
      })
    },
    idle: () => running ?? Promise.resolve(),
  }
}

/**
 * Reads a data file written by the server; `undefined` when there is none yet. `projects`
 * is absent from files written before projects were kept, so it stays optional here.
 */
export function readSnapshotFile(path: string): (Omit<MockSnapshot, 'projects'> & Partial<MockSnapshot>) | undefined {
  if (!existsSync(path)) return undefined
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<MockSnapshot>
  if (!Array.isArray(parsed.resources) || !Array.isArray(parsed.bookings)) {
    throw new Error(`${path} is not a mock backend data file (expected {resources: [], bookings: [], projects: []})`)
  }
  if (parsed.projects !== undefined && !Array.isArray(parsed.projects)) {
    throw new Error(`${path}: projects must be an array`)
  }
  return { resources: parsed.resources, bookings: parsed.bookings, ...(parsed.projects ? { projects: parsed.projects } : {}) }
}

/** Removes temp files a killed process left beside the data file; the data file itself is intact. */
export function removeStaleTempFiles(path: string): void {
  const prefix = `.${basename(path)}.`
  const dir = dirname(path)
  if (!existsSync(dir)) return
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      try {
        unlinkSync(join(dir, name))
      } catch {
        // Another process may own it; leaving it is harmless.
      }
    }
  }
}
