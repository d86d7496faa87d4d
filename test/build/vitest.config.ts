import { defineConfig } from 'vitest/config'

// The checks of the built package (`npm run test:build`, after `npm run
// build`). Their files are *.spec.ts so the unit projects, which run before
// the build, never see them.
export default defineConfig({
  root: `${import.meta.dirname}/../..`,
  test: {
    name: 'build',
    environment: 'node',
    include: ['test/build/**/*.spec.ts'],
    env: { TZ: 'Pacific/Auckland' },
  },
})
