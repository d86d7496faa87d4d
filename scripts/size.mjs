// Prints the min+gzip size of each entry as an app would pay for it: the
// entry with its dependencies (zod/mini, date-fns-tz, …) bundled and only the
// three peers (react, react-dom, @tanstack/react-query) left external.
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { entries, isPeer } from './entries.js'

const rows = []
for (const entry of entries) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: entry.source, formats: ['es'], fileName: entry.name },
      rollupOptions: { external: isPeer, output: { codeSplitting: false } },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output)
  const code = outputs.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n')
  rows.push({
    entry: entry.subpath === '.' ? 'react-booking-kit' : `react-booking-kit/${entry.subpath.slice(2)}`,
    min: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
  })
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
console.log('entry'.padEnd(32), 'min'.padStart(10), 'min+gzip'.padStart(10))
for (const row of rows) console.log(row.entry.padEnd(32), kb(row.min).padStart(10), kb(row.gzip).padStart(10))
console.log('(dependencies bundled; react, react-dom and @tanstack/react-query external)')
