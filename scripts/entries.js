// The package's entry points: one source of truth for the build, the size
// report and the export check. Keep in step with `exports` in package.json.
import pkg from '../package.json' with { type: 'json' }

/** @type {{ name: string, subpath: string, source: string }[]} */
export const entries = [
  { name: 'index', subpath: '.', source: 'src/index.ts' },
  { name: 'client', subpath: './client', source: 'src/client/index.ts' },
  { name: 'time', subpath: './time', source: 'src/time/index.ts' },
  { name: 'mock', subpath: './mock', source: 'src/mock/index.ts' },
  { name: 'mock-node', subpath: './mock/node', source: 'src/mock/node/index.ts' },
  { name: 'server', subpath: './server', source: 'src/server/index.ts' },
]

const externalPackages = [
  ...Object.keys(pkg.peerDependencies ?? {}),
  ...Object.keys(pkg.dependencies ?? {}),
]

/** Bare imports of peers and dependencies (and their subpaths) stay external. */
export function isExternal(id) {
  return id.startsWith('node:') || externalPackages.some((name) => id === name || id.startsWith(`${name}/`))
}

/** The peers and Node's built-ins: what an app already has; the size report keeps them external. */
export function isPeer(id) {
  return id.startsWith('node:') || Object.keys(pkg.peerDependencies ?? {}).some(
    (name) => id === name || id.startsWith(`${name}/`),
  )
}
