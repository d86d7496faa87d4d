/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { fileURLToPath } from 'node:url'
import { entries, isExternal } from './scripts/entries.js'

// Tests never depend on the host's time zone: most projects run under a zone
// that is not UTC (and has DST on the other hemisphere), and the time layer
// runs a second time under UTC.
const NON_UTC_HOST = 'Pacific/Auckland'

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: Object.fromEntries(entries.map((e) => [e.name, e.source])),
      formats: ['es'],
    },
    rollupOptions: {
      external: isExternal,
      output: {
        // One built file per source module, so each keeps its own 'use client'
        // (rolldown preserves module directives in this mode): hooks and
        // context are client references in a Server Component, while keys,
        // option factories and prefetchAvailability stay callable there.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/query/**', 'test/components/**'],
          env: { TZ: NON_UTC_HOST },
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'time-utc',
          environment: 'node',
          include: ['test/time/**/*.test.ts', 'test/env.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/query/**/*.test.{ts,tsx}', 'test/components/**/*.test.{ts,tsx}'],
          env: { TZ: NON_UTC_HOST },
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        // Every story is a test in real Chromium (Debian's, never a downloaded
        // one): it renders, its play function passes, and axe finds nothing
        // (`a11y.test: 'error'` in .storybook/preview.ts).
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
