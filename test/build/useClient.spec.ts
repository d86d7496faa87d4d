// Reads the BUILT package (run `npm run build` first; `npm run test:build`
// runs this file). Named *.spec.ts so the unit projects, which run before the
// build in CI, do not pick it up.
//
// Each source module is classified from its own syntax (hooks, context,
// browser globals, event handlers: see clientReasons), so the rule keeps
// holding as modules are added: every built module that needs 'use client'
// starts with it, and no module a Server Component reaches from an entry
// carries it without needing it.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entries } from '../../scripts/entries.js'
import { clientReasons } from './support/clientReasons.js'

const root = join(import.meta.dirname, '..', '..')
const dist = join(root, 'dist')

const hasDirective = (code: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use client['"]/.test(code)

/** Where the build puts a source module: entries by their name, the rest mirrored under dist/. */
function builtFile(source: string): string {
  const entry = entries.find((e) => e.source === source)
  if (entry) return join(dist, `${entry.name}.js`)
  return join(dist, source.replace(/^src\//, '').replace(/\.tsx?$/, '.js'))
}

const modules = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
  .map((file) => `src/${file.split('\\').join('/')}`)
  .filter((file) => /\.tsx?$/.test(file) && !/\.d\.ts$|\.(test|stories)\.tsx?$/.test(file))
  .sort()
  .map((source) => {
    const built = builtFile(source)
    return {
      source,
      reasons: clientReasons(source, readFileSync(join(root, source), 'utf8')),
      // Type-only modules and modules no entry reaches have no built file.
      built: existsSync(built) ? readFileSync(built, 'utf8') : undefined,
      builtPath: relative(root, built),
    }
  })
const built = modules.filter((m) => m.built !== undefined)

/** The kit's own files a built module imports or re-exports (static, relative). */
function relativeImports(code: string): string[] {
  return [...code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!)
}

describe("built modules carry 'use client' exactly where they need it", () => {
  it('finds the build and both kinds of module in it', () => {
    expect(existsSync(join(dist, 'index.js')), 'dist/index.js is missing: run `npm run build`').toBe(true)
    expect(built.filter((m) => m.reasons.length > 0).length).toBeGreaterThan(5)
    expect(built.filter((m) => m.reasons.length === 0).length).toBeGreaterThan(5)
  })

  it('every module that uses hooks, context, browser globals or event handlers starts with it', () => {
    const missing = built
      .filter((m) => m.reasons.length > 0 && !hasDirective(m.built!))
      .map((m) => `${m.builtPath} (from ${m.source}: ${m.reasons.slice(0, 3).join('; ')})`)
    expect(missing, "built client modules without 'use client'").toEqual([])
  })

  it('no server-safe module a Server Component reaches has it (keys, option factories, prefetch, barrels)', () => {
    // Walk the built graph from the entries, stopping at each 'use client'
    // file: those are where a Server Component meets client references. A
    // module only client modules import is already client-side, so a
    // directive there is redundant but harmless and is not checked.
    const bySource = new Map(built.map((m) => [join(root, m.builtPath), m]))
    const boundaries = new Set<(typeof built)[number]>()
    const seen = new Set<string>()
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      const module = bySource.get(file)
      const code = module?.built ?? readFileSync(file, 'utf8')
      if (hasDirective(code)) {
        if (module) boundaries.add(module)
        return
      }
      for (const specifier of relativeImports(code)) {
        const target = join(dirname(file), specifier)
        if (existsSync(target)) visit(target)
      }
    }
    for (const entry of entries) visit(join(dist, `${entry.name}.js`))
    expect(seen.size).toBeGreaterThan(20)
    const extra = [...boundaries]
      .filter((m) => m.reasons.length === 0)
      .map((m) => `${m.builtPath} (from ${m.source}: no hook, context, browser global or handler)`)
    expect(extra, "server-safe modules marked 'use client' (their exports become client references)").toEqual([])
  })

  it('the entries themselves are directive-free, so a Server Component can import them', () => {
    const marked = entries.filter((e) => hasDirective(readFileSync(join(dist, `${e.name}.js`), 'utf8')))
    expect(marked.map((e) => `dist/${e.name}.js`)).toEqual([])
  })
})
