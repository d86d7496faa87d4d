import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { DEMO_IDS } from '../../../src/mock'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'rbk-mock-cli-'))
const children = new Set<ChildProcess>()

afterEach(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  children.clear()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Spawns the CLI and resolves with the URL it prints as its first stdout line. */
function startCli(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/node/cli.ts', '--port', '0', '--quiet', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`CLI did not start in time: ${err}`)), 20_000)
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const newline = out.indexOf('\n')
      if (newline !== -1) {
        clearTimeout(timer)
        resolve({ child, url: out.slice(0, newline).trim() })
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`CLI exited early with ${code}: ${err}`))
    })
  })
}

let slot = 0
function postBooking(url: string): Promise<string | null> {
  const start = Date.parse('2026-07-01T00:00:00Z') + slot++ * 3_600_000
  return fetch(`${url}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      resource_id: DEMO_IDS.copenhagen,
      start: new Date(start).toISOString(),
      end: new Date(start + 3_600_000).toISOString(),
      customer: { name: 'Durable', email: 'durable@example.com' },
    }),
  }).then(
    async (res) => (res.status === 201 ? ((await res.json()) as { data: { id: string } }).data.id : null),
    () => null, // the connection died with the process: not acknowledged
  )
}

describe('mock-server CLI', () => {
  it('prints its URL first and keeps every acknowledged booking across SIGKILLs', async () => {
    const data = join(dir, 'kill.json')
    const acknowledged: string[] = []
    for (let round = 0; round < 4; round++) {
      const { child, url } = await startCli(['--data', data])
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/)
      // A few sequential bookings, then a burst that is cut off by SIGKILL mid-flight.
      for (let i = 0; i < 3; i++) {
        const id = await postBooking(url)
        expect(id).not.toBeNull()
        acknowledged.push(id!)
      }
      const burst = Array.from({ length: 20 }, () =>
        postBooking(url).then((id) => {
          if (id) acknowledged.push(id)
          return id
        }),
      )
      await Promise.race(burst)
      child.kill('SIGKILL')
      await once(child, 'exit')
      await Promise.all(burst)
    }
    expect(() => JSON.parse(readFileSync(data, 'utf8'))).not.toThrow()

    const { child, url } = await startCli(['--data', data])
    const missing: string[] = []
    for (const id of acknowledged) {
      const res = await fetch(`${url}/bookings/${id}`)
      if (res.status !== 200) missing.push(id)
    }
    expect(missing).toEqual([])
    const list = (await (await fetch(`${url}/bookings?search=customer.email:durable@example.com&limit=1000`)).json()) as { total: number }
    expect(list.total).toBeGreaterThanOrEqual(acknowledged.length)
    expect(acknowledged.length).toBeGreaterThan(12)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    child.kill('SIGTERM')
    await once(child, 'exit')
  }, 90_000)

  it('exits 0 on SIGTERM and on SIGINT, with the data written', async () => {
    const data = join(dir, 'term.json')
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { child, url } = await startCli(['--data', data])
      expect(await postBooking(url)).not.toBeNull()
      const exited = once(child, 'exit')
      child.kill(signal)
      const [code, sig] = await exited
      expect({ code, sig }).toEqual({ code: 0, sig: null })
    }
    const stored = JSON.parse(readFileSync(data, 'utf8')) as { bookings: Array<{ customers: Array<{ email: string }> }> }
    expect(stored.bookings.filter((b) => b.customers[0]!.email === 'durable@example.com')).toHaveLength(2)
  }, 60_000)

  it('keeps state in memory without --data', async () => {
    const { child, url } = await startCli([])
    const res = await fetch(`${url}/resources`)
    expect(((await res.json()) as { total: number }).total).toBe(3)
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    expect((await exited)[0]).toBe(0)
  }, 30_000)
})
