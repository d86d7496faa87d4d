// Render benchmark in real Chromium: mounting a SlotPicker over a week of ~1,000 slots against
// mounting the same number of plain <button>s with the same text and names, alternately in one
// run, production React. Prints both medians and the ratio against the goal of at most 1.5x.
// The goal is not met: measured 3.4-3.8x (medians; from 5-7x before slot texts were cached per
// answer and each slot had one layout effect instead of useSyncExternalStore's two passive ones,
// and 11-15x in the first version). Plain buttons that carry a slot's five attributes and handlers
// take about 1.7x the bare buttons by themselves, so 1.5x is below what the slot's markup costs.
// The run fails above LIMIT, a regression guard about twice the measured ratio on a loaded
// 2-core machine. Run: npm run bench:render
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { fileURLToPath } from 'node:url'
import type { BenchResult } from './render.page'

const GOAL = 1.5
const LIMIT = Number(process.env.BENCH_RENDER_LIMIT ?? 7)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30)
const WARMUP = 5
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// BENCH_PROFILE=1: an unminified bundle and the functions with the most self time, for finding the hot path.
const PROFILE = process.env.BENCH_PROFILE === '1'

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

function printProfile(profile: { nodes: ProfileNode[] }) {
  const self = new Map<string, number>()
  let total = 0
  for (const node of profile.nodes) {
    const name = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber}`
    self.set(name, (self.get(name) ?? 0) + (node.hitCount ?? 0))
    total += node.hitCount ?? 0
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)
  for (const [name, hits] of top) console.log(`  ${((hits / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
}

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./render.page.tsx', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: !PROFILE,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  })
  return out.outputFiles[0]!.text
}

const script = await bundle()
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // gc() before each mount: garbage left by the previous mount is not charged to the next.
    '--js-flags=--expose-gc',
  ],
})
try {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.error(`page ${message.type()}: ${message.text()}`)
  })
  // Served through request interception (nothing listens): a real origin, so the provider can
  // read its zone cookie, which about:blank refuses.
  const html = '<!doctype html><html lang="en"><head><title>render bench</title></head><body><script src="/page.js"></script></body></html>'
  await page.route('http://localhost/**', (route) => {
    const isScript = route.request().url().endsWith('/page.js')
    return route.fulfill({ contentType: isScript ? 'text/javascript' : 'text/html', body: isScript ? script : html })
  })
  await page.goto('http://localhost/')
  if (errors.length) throw new Error(`page errors while loading: ${errors.join('; ')}`)
  const cdp = PROFILE ? await page.context().newCDPSession(page) : undefined
  if (cdp) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
  }
  const result: BenchResult = await page
    .evaluate(([rounds, warmup]) => window.runBench(rounds!, warmup!), [ROUNDS, WARMUP])
    .catch((error: Error) => {
      throw new Error(`${error.message}${errors.length ? `\npage errors: ${errors.join('; ')}` : ''}`)
    })
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`)
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile)
  const picker = median(result.picker)
  const buttons = median(result.buttons)
  const ratio = picker / buttons
  console.log(`render: mount ${result.slots} slots, ${ROUNDS} rounds each (after ${WARMUP} warm-up), production React, Chromium`)
  console.log(`  SlotPicker       median ${picker.toFixed(2)} ms  (min ${Math.min(...result.picker).toFixed(2)}, max ${Math.max(...result.picker).toFixed(2)})`)
  console.log(`  plain <button>s  median ${buttons.toFixed(2)} ms  (min ${Math.min(...result.buttons).toFixed(2)}, max ${Math.max(...result.buttons).toFixed(2)})`)
  console.log(`  ratio of medians ${ratio.toFixed(2)}x  goal <= ${GOAL}x: ${ratio <= GOAL ? 'met' : 'NOT met'}  (fails above ${LIMIT}x)`)
  // On a loaded machine the longer task is preempted more often; the fastest runs show the cost itself.
  console.log(`  ratio of minimums ${(Math.min(...result.picker) / Math.min(...result.buttons)).toFixed(2)}x (for information)`)
  if (ratio > LIMIT) process.exitCode = 1
} finally {
  await browser.close()
}
