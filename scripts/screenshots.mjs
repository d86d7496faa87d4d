// npm run screenshots: builds Storybook, serves it from 127.0.0.1, opens each
// theme story in Debian's Chromium and saves docs/theme-<name>-<width>.png at
// 1280 and 360 px, then docs/theme-<name>-details.png (a slot chosen, the
// form filled) and docs/theme-<name>-booked.png (the result). The stories fix the clock (Monday 23 March 2026, 08:00 in
// Copenhagen) and run on the in-page mock backend, so the PNGs only change
// when the code does. Stops by itself.
import { execFileSync } from 'node:child_process'
import { mkdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium } from 'playwright-core'

const root = resolve('storybook-static')
const out = resolve('docs')
const themes = ['classic', 'compact', 'tailwind']
const widths = [1280, 360]

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet'], { stdio: 'inherit' })
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path))
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body)
  } catch {
    res.writeHead(404).end()
  }
})
await new Promise((done) => server.listen(0, '127.0.0.1', done))
const address = server.address()
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})

/** Opens a theme's Default story without its play function, and waits for the slots. */
async function open(theme, width) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' })
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  // The stories' play functions stand aside for this flag (stories/themes/support.tsx): the page as a customer first sees it.
  await page.addInitScript(() => {
    globalThis.__RBK_SCREENSHOT__ = true
  })
  await page.goto(`${base}/iframe.html?id=themes-${theme}--default&viewMode=story`, { waitUntil: 'load', timeout: 60_000 })
  await page.waitForSelector('#storybook-root [role="group"][data-day] button', { timeout: 30_000 })
  // Fonts and the week's last requests settle.
  await page.waitForFunction(() => !document.querySelector('#storybook-root [aria-busy="true"]'), undefined, { timeout: 30_000 })
  await page.evaluate(() => document.fonts.ready)
  return { page, errors }
}

let failures = 0
try {
  await mkdir(out, { recursive: true })
  for (const theme of themes) {
    for (const width of widths) {
      const { page, errors } = await open(theme, width)
      // At 360 px the first screenful (a phone's 360 × 800): what a customer sees before scrolling.
      await page.screenshot({ path: join(out, `theme-${theme}-${width}.png`), fullPage: width > 360 })
      if (errors.length) {
        failures++
        console.error(`${theme} ${width}: ${errors.join('; ')}`)
      } else console.log(`docs/theme-${theme}-${width}.png`)
      await page.close()
    }
    // Then the details form with a slot chosen, and the result of booking it.
    const { page, errors } = await open(theme, 1280)
    await page.locator('#storybook-root [role="group"][data-day] button').first().click()
    await page.getByRole('textbox', { name: /Name/ }).fill('Ada Lovelace')
    await page.getByRole('textbox', { name: /mail/i }).fill('ada@example.com')
    await page.mouse.move(0, 0)
    await page.screenshot({ path: join(out, `theme-${theme}-details.png`), fullPage: true })
    console.log(`docs/theme-${theme}-details.png`)
    await page.keyboard.press('Enter')
    await page.getByText(/^You're booked for/).waitFor({ timeout: 15_000 })
    await page.mouse.move(0, 0)
    await page.screenshot({ path: join(out, `theme-${theme}-booked.png`), fullPage: true })
    if (errors.length) {
      failures++
      console.error(`${theme} booked: ${errors.join('; ')}`)
    } else console.log(`docs/theme-${theme}-booked.png`)
    await page.close()
  }
} finally {
  await browser.close()
  server.close()
}
process.exit(failures === 0 ? 0 : 1)
