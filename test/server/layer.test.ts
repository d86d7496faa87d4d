import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const SERVER = join(import.meta.dirname, '../../src/server')
const files = readdirSync(SERVER).filter((file) => file.endsWith('.ts'))
const imports = (file: string) =>
  [...readFileSync(join(SERVER, file), 'utf8').matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)].map(
    ([, type, from]) => ({ isType: Boolean(type), from: from as string }),
  )

describe('the /server layer loads in any runtime', () => {
  it.each(files)('%s imports no React, no upper layer and no runtime node: module', (file) => {
    for (const { isType, from } of imports(file)) {
      expect(from).not.toMatch(/^(react|react-dom|@tanstack\/react-query)(\/|$)/)
      expect(from).not.toMatch(/\/(query|components|mock)(\/|$)/)
      // Only the Node adapters may mention node: at all, and only for types: nodeUpstream.ts
      // reaches node:http through process.getBuiltinModule at run time.
      if (from.startsWith('node:')) {
        expect(['toNodeHandler.ts', 'nodeUpstream.ts']).toContain(file)
        expect({ file, isType }).toEqual({ file, isType: true })
      }
    }
  })

  it('exports everything from index.ts by name', () => {
    const index = readFileSync(join(SERVER, 'index.ts'), 'utf8')
    expect(index).not.toMatch(/export \*/)
    expect(index).toMatch(/createBookingProxy/)
    expect(index).toMatch(/toNodeHandler/)
  })
})
