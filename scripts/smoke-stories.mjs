// Opens every story of the built Storybook in headless Chromium, waits for it
// to render, fails on page errors and on axe violations, and (with
// SCREENSHOTS=dir) saves a PNG of each. Served from 127.0.0.1 by this script;
// it stops by itself.
import { createServer } from 'node:http'
import { readFile, mkdir } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'

const root = process.argv[2] ?? 'storybook-static'
const shots = process.env.SCREENSHOTS
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' }

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path))
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body)
  } catch {
    res.writeHead(404).end()
  }
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${server.address().port}`

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
let failures = 0
try {
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'))
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story')
  if (stories.length === 0) throw new Error('no stories in the build')
  if (shots) await mkdir(shots, { recursive: true })
  for (const story of stories) {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } })
    const errors = []
    page.on('pageerror', (error) => errors.push(error.message))
    // Storybook's channel says when a story (and its play function) finished or failed.
    await page.addInitScript(() => {
      window.__smoke = { done: false, failure: null }
      const hook = () => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__
        if (!channel) return setTimeout(hook, 10)
        channel.on('storyRendered', () => (window.__smoke.done = true))
        for (const event of ['storyErrored', 'storyThrewException', 'playFunctionThrewException']) {
          channel.on(event, (error) => {
            window.__smoke.failure = `${event}: ${error?.message ?? error?.title ?? JSON.stringify(error)}`
            window.__smoke.done = true
          })
        }
      }
      hook()
    })
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load', timeout: 30_000 })
    await page
      .waitForFunction(() => window.__smoke.done, undefined, { timeout: 30_000 })
      .catch((error) => errors.push(`story did not finish: ${error.message.split('\n')[0]}`))
    const failure = await page.evaluate(() => window.__smoke.failure)
    if (failure) errors.push(failure)
    // Then ready when its root has content and nothing is loading.
    await page.waitForFunction(
      () => {
        const root = document.querySelector('#storybook-root')
        return root && root.children.length > 0 && !root.querySelector('[role="status"]:not(:empty)') && !root.querySelector('[aria-busy="true"]')
      },
      undefined,
      { timeout: 20_000 },
    ).catch((error) => errors.push(`not ready: ${error.message.split('\n')[0]}`))
    await page.addScriptTag({ content: axeSource })
    const violations = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const result = await axe.run(document.querySelector('#storybook-root'))
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)
    })
    if (shots) await page.screenshot({ path: join(shots, `${story.id}.png`), fullPage: true })
    const ok = errors.length === 0 && violations.length === 0
    if (!ok) failures++
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${story.id}${[...errors, ...violations].map((e) => `\n     ${e}`).join('')}`)
    await page.close()
  }
  console.log(`stories: ${stories.length - failures} passed, ${failures} failed`)
} finally {
  await browser.close()
  server.close()
}
process.exit(failures === 0 ? 0 : 1)
