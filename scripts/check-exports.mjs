// Checks the built package the way a consumer meets it: publint and
// "are the types wrong" on the packed tarball, then an import of every
// subpath of the `exports` map through Node's own resolution
// (package self-reference), asserting each exposes named exports.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { entries } from './entries.js'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' })

const mapped = Object.keys(pkg.exports).filter((key) => key !== './package.json').sort()
const declared = entries.map((e) => e.subpath).sort()
if (JSON.stringify(mapped) !== JSON.stringify(declared)) {
  throw new Error(`exports map ${mapped} and scripts/entries.js ${declared} disagree`)
}

run('npx', ['--no-install', 'publint', '--strict'])
const tarball = execFileSync('npm', ['pack', '--silent'], { encoding: 'utf8' }).trim().split('\n').pop()
try {
  run('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only'])
} finally {
  rmSync(tarball, { force: true })
}

for (const subpath of mapped) {
  const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`
  const mod = await import(specifier)
  const names = Object.keys(mod)
  if (names.length === 0) throw new Error(`${specifier} exports nothing`)
  console.log(`import ${specifier}: ${names.length} exports`)
}
// The build keeps one file per module (for per-module 'use client'), so entry
// files and declarations live in different places: check both targets exist.
// Which modules carry 'use client' is checked by `npm run test:build`.
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue
  for (const file of [target.types, target.default]) {
    if (!existsSync(new URL(`../${file}`, import.meta.url))) throw new Error(`exports["${subpath}"] points at missing ${file}`)
  }
}
console.log('every exports target (types and default) exists')
