import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../../src/mock/', import.meta.url))

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

describe('the mock engine runs in a browser', () => {
  it('imports no node: modules and no React outside src/mock/node', () => {
    const offenders = files(SRC)
      .filter((f) => !relative(SRC, f).startsWith('node'))
      .filter((f) => /from '(node:|react|fs|path)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f))
    expect(offenders).toEqual([])
  })

  it('uses zod/mini, never the classic zod entry', () => {
    const classic = files(SRC).filter((f) => /from 'zod'/.test(readFileSync(f, 'utf8')))
    expect(classic).toEqual([])
  })
})
