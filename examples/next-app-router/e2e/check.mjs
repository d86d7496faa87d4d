// The example as a user meets it: the mock backend and `next start` on
// 127.0.0.1, then Chromium. Checks that the first HTML already holds slot
// labels, that hydration is clean, that a booking succeeds, that a second
// browser booking the same slot gets the 409 alternatives, and that a
// customer in Pacific/Auckland starts on their own today. Stops its servers
// itself; every wait is bounded.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const here = dirname(dirname(fileURLToPath(import.meta.url)))
const { startMockServer } = await import(join(here, 'node_modules/react-booking-kit/dist/mock-node.js'))
const started = Date.now()
const failures = []
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (!ok) failures.push(what)
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

const mock = await startMockServer({ port: 0, host: '127.0.0.1', log: false })
const port = await freePort()
const next = spawn(join(here, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
  cwd: here,
  env: { ...process.env, BOOKING_UPSTREAM: `${mock.url}/v2`, TIMEKIT_API_KEY: 'test_api_key_example', NEXT_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
})
let nextLog = ''
next.stdout.on('data', (d) => (nextLog += d))
next.stderr.on('data', (d) => (nextLog += d))
const base = `http://127.0.0.1:${port}`

let browser
try {
  // Ready within 60 s, polled every 250 ms.
  let ready = false
  for (let i = 0; i < 240 && !ready; i++) {
    ready = await fetch(base).then((r) => r.ok, () => false)
    if (!ready) await new Promise((r) => setTimeout(r, 250))
  }
  if (!ready) throw new Error(`next start did not answer within 60 s:\n${nextLog}`)
  console.log(`server ready ${((Date.now() - started) / 1000).toFixed(1)} s after start`)

  // 1. The first HTML holds slot labels in the customer's zone, not only "Loading…".
  const copenhagen = 'rbk-tz=Europe%2FCopenhagen'
  const html = await fetch(base, { headers: { cookie: copenhagen } }).then((r) => r.text())
  const labels = [...html.matchAll(/aria-label="(\d{1,2}:\d{2}[^"]*)"/g)].map((m) => m[1])
  check(labels.length > 0 && labels.every((l) => /Central European/.test(l)), `first HTML holds ${labels.length} slot labels in Europe/Copenhagen (e.g. "${labels[0] ?? 'none'}")`)

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const open = async (timezoneId) => {
    const context = await browser.newContext({ timezoneId, locale: 'en-US' })
    const page = await context.newPage()
    const errors = []
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(base)
    await page.waitForSelector('[data-step="choosing"] [role="group"] button', { timeout: 30_000 })
    return { context, page, errors }
  }
  const firstSlot = (page) => page.locator('[data-step="choosing"] [role="group"] button').first()
  const fill = async (page, name, email) => {
    await page.getByRole('textbox', { name: /Name/ }).fill(name)
    await page.getByRole('textbox', { name: /E-mail/ }).fill(email)
  }

  // 2. A booking succeeds, with no hydration or console errors.
  const a = await open('Europe/Copenhagen')
  const b = await open('Europe/Copenhagen')
  check(a.errors.length === 0, `hydration: ${a.errors.length} console errors${a.errors.length ? `: ${a.errors.join(' | ')}` : ''}`)
  const slotName = await firstSlot(a.page).getAttribute('aria-label')
  await firstSlot(a.page).click()
  await firstSlot(b.page).click()
  await fill(a.page, 'Ada Lovelace', 'ada@example.com')
  await fill(b.page, 'Grace Hopper', 'grace@example.com')
  await a.page.getByRole('button', { name: 'Book it' }).click()
  await a.page.waitForSelector('[data-step="confirmed"]', { timeout: 15_000 })
  check(true, `booked ${slotName}`)

  // 3. The second customer, on the same slot, gets the 409 with alternatives and keeps the input.
  await b.page.getByRole('button', { name: 'Book it' }).click()
  await b.page.waitForSelector('[data-step="slotTaken"]', { timeout: 15_000 })
  const alternatives = await b.page.locator('[data-step="slotTaken"] ul button').count().catch(() => 0)
  await b.page.waitForFunction(() => document.querySelectorAll('ul button').length > 0, null, { timeout: 10_000 }).catch(() => {})
  const shown = await b.page.locator('ul button').count()
  check(shown > 0, `second browser: slot taken, ${shown} alternatives offered (${alternatives} at first paint)`)
  await b.page.locator('ul button').first().click()
  const kept = await b.page.getByRole('textbox', { name: /Name/ }).inputValue()
  check(kept === 'Grace Hopper', `input kept after choosing an alternative ("${kept}")`)
  check(b.errors.filter((e) => !/409/.test(e)).length === 0, `second browser: ${b.errors.length} console errors (a 409 resource error is expected)`)

  // 4. A customer in Pacific/Auckland starts on their own today: after hydration on the
  // first visit, and in the server's HTML on the next (the zone cookie).
  const aucklandToday = new Intl.DateTimeFormat('en-US', { timeZone: 'Pacific/Auckland', dateStyle: 'full' }).format(new Date())
  const c = await open('Pacific/Auckland')
  await c.page.waitForFunction((today) => document.querySelector('[data-step="choosing"] h3')?.textContent === today, aucklandToday, { timeout: 15_000 }).catch(() => {})
  const firstDay = await c.page.locator('[data-step="choosing"] h3').first().textContent()
  check(firstDay === aucklandToday, `Auckland, first visit: the week starts on "${firstDay}" (Auckland today: "${aucklandToday}")`)
  const cookies = await c.context.cookies()
  const zoneCookie = cookies.find((k) => k.name === 'rbk-tz')
  const reload = await fetch(base, { headers: { cookie: `rbk-tz=${zoneCookie?.value ?? ''}` } }).then((r) => r.text())
  const ssrFirstDay = reload.match(/<h3[^>]*>([^<]+)<\/h3>/)?.[1]
  check(ssrFirstDay === aucklandToday, `Auckland, next visit: the server's HTML starts on "${ssrFirstDay}"`)
  check(c.errors.length === 0, `Auckland page: ${c.errors.length} console errors${c.errors.length ? `: ${c.errors.join(' | ')}` : ''}`)
} catch (error) {
  failures.push(String(error?.stack ?? error))
  console.error(error)
} finally {
  await browser?.close()
  next.kill('SIGTERM')
  await mock.close()
}
console.log(`${failures.length === 0 ? 'example checks passed' : `${failures.length} example checks failed`} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
process.exit(failures.length === 0 ? 0 : 1)
