import { parseArgs } from 'node:util'
import { startMockServer } from './startMockServer.js'

const USAGE = `Usage: npm run mock-server -- [--port 4010] [--host 127.0.0.1] [--data path.json] [--quiet]

Serves the Timekit v2 mock backend with the demo seed. With --data, resources and bookings
persist in that JSON file across restarts. The first line on stdout is the server's URL.`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    process.stdout.write(USAGE + '\n')
    return
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`)

  const server = await startMockServer({ port, host: values.host, dataPath: values.data, log: !values.quiet })
  // Tests and scripts read the URL from the first line, so it comes before any other output.
  process.stdout.write(`${server.url}/v2\n`)
  process.stderr.write(
    `Mock Timekit backend on ${server.url}/v2${values.data ? ` (data: ${values.data})` : ' (in memory)'}\n`,
  )

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    process.stderr.write(`${signal}: closing\n`)
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`close failed: ${String(error)}\n`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
