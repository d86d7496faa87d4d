import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// The layer rule of HOUSE_STYLE.md, checked on every import of every file under src/ (static,
// `export … from`, type-only and dynamic `import()` alike), resolved to the layer it lands in.
//
// `time` is the bottom layer: pure zone and instant functions that import nothing of the kit.
// `client` may import `time` (decided for issue 13): the one RFC 3339 reader and the one zone
// rule live in `time/`, and the client's schemas must use the same ones rather than a copy.
// `mock` and `server` are peers that never import each other; both may use `client` and
// `time`. The React layers sit on top: `react` holds React helpers and may use `time` only,
// `query` adds TanStack Query over `client`, `components` builds on all of them.
const SRC = resolve(import.meta.dirname, '../src')

type Layer = 'time' | 'client' | 'mock' | 'server' | 'react' | 'query' | 'components' | 'index'

const ALLOWED: Record<Layer, readonly Layer[]> = {
  time: [],
  client: ['time'],
  mock: ['client', 'time'],
  server: ['client', 'time'],
  react: ['time'],
  query: ['react', 'client', 'time'],
  components: ['react', 'query', 'client', 'time'],
  index: ['components', 'query', 'react', 'client', 'time'],
}

/** Layers that are subpath entries of their own and must run without React (and in any runtime). */
const REACT_FREE: readonly Layer[] = ['time', 'client', 'mock', 'server']
const REACT_PACKAGES = /^(react|react-dom|@tanstack\/react-query|@radix-ui\/[^/]+)(\/|$)/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [path] : []
  })
}

function layerOf(file: string): Layer | undefined {
  const parts = relative(SRC, file).split(sep)
  if (parts[0] === '..' || parts.length === 0) return undefined
  if (parts.length === 1) return parts[0]!.replace(/\.[^.]+$/, '') === 'index' ? 'index' : undefined
  return parts[0] as Layer
}

function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName)
}

/** Every broken rule for one import of `file` (a path under src/); empty when it is allowed. */
function checkImport(file: string, specifier: string): string[] {
  const from = layerOf(file)
  const name = relative(SRC, file)
  if (from === undefined || !(from in ALLOWED)) return [`${name}: its layer is not in the table`]
  const problems: string[] = []
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(file), specifier)
    const to = layerOf(target)
    if (to === undefined) problems.push(`${name} imports ${specifier}, outside the layers of src/`)
    else if (to !== from && !ALLOWED[from].includes(to)) problems.push(`${name} (${from}) imports ${specifier} (${to})`)
    return problems
  }
  if (REACT_FREE.includes(from) && REACT_PACKAGES.test(specifier)) {
    problems.push(`${name} (${from}, React-free) imports ${specifier}`)
  }
  // The classic entry costs an app about 90 KB gzip; library code uses zod/mini only.
  if (specifier === 'zod' || specifier.startsWith('zod/v')) problems.push(`${name} imports ${specifier}; use zod/mini`)
  // Node built-ins have their own rules per layer: test/mock/layering.test.ts (only
  // src/mock/node) and test/server/layer.test.ts (the proxy's Node adapters).
  if (specifier.startsWith('node:') && (from === 'client' || from === 'time')) {
    problems.push(`${name} (${from}) imports ${specifier}: client and time run in browsers`)
  }
  return problems
}

const files = sourceFiles(SRC)

describe('layers: imports only point down (HOUSE_STYLE.md)', () => {
  it('every directory of src/ is a layer of the table', () => {
    const dirs = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)
    expect(dirs.filter((dir) => !(dir in ALLOWED))).toEqual([])
    expect(files.length).toBeGreaterThan(50)
  })

  it.each(Object.keys(ALLOWED) as Layer[])('%s imports only the layers it may', (layer) => {
    const problems = files
      .filter((file) => layerOf(file) === layer)
      .flatMap((file) => importsOf(readFileSync(file, 'utf8')).flatMap((specifier) => checkImport(file, specifier)))
    expect(problems).toEqual([])
  })

  it('the checker refuses what the table forbids', () => {
    const at = (path: string) => join(SRC, path)
    expect(checkImport(at('client/bookings.ts'), '../query/keys.js')).toHaveLength(1)
    expect(checkImport(at('client/bookings.ts'), '../mock/index.js')).toHaveLength(1)
    expect(checkImport(at('time/dayRange.ts'), '../client/schemas.js')).toHaveLength(1)
    expect(checkImport(at('mock/bookings/records.ts'), '../../server/policy.js')).toHaveLength(1)
    expect(checkImport(at('server/policy.ts'), '../mock/time.js')).toHaveLength(1)
    expect(checkImport(at('server/policy.ts'), '../index.js')).toHaveLength(1)
    expect(checkImport(at('react/useId.ts'), '../query/keys.js')).toHaveLength(1)
    expect(checkImport(at('query/keys.ts'), '../components/SlotPicker.js')).toHaveLength(1)
    expect(checkImport(at('mock/http.ts'), 'react')).toHaveLength(1)
    expect(checkImport(at('client/errors.ts'), 'zod')).toHaveLength(1)
    expect(checkImport(at('client/errors.ts'), 'node:fs')).toHaveLength(1)
    // …and allows what it permits.
    expect(checkImport(at('client/schemas.ts'), '../time/internal/parseInstant.js')).toEqual([])
    expect(checkImport(at('mock/bookings/records.ts'), '../../client/index.js')).toEqual([])
    expect(checkImport(at('components/SlotPicker.tsx'), '../query/keys.js')).toEqual([])
    expect(checkImport(at('time/dayRange.ts'), 'node:util')).toHaveLength(1)
  })
})
