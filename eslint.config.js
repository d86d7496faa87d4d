import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'

// Layers import only downwards (HOUSE_STYLE.md). This gives the editor a quick hint; the
// full table, the root entry (`src/index.ts`, which no specifier pattern can tell from a
// layer's own `index.js`) and dynamic imports are checked on resolved paths by
// test/layers.test.ts. Patterns match the written specifier, `.js` extension included.
const reactImports = [
  { name: 'react', message: 'This layer is React-free (see HOUSE_STYLE layers).' },
  { name: 'react-dom', message: 'This layer is React-free.' },
  { name: '@tanstack/react-query', message: 'This layer is React-free.' },
]
const layerPattern = (layer) => `**/${layer}/**`
const forbid = (layers, { reactFree }) => [
  'error',
  {
    paths: reactFree ? reactImports : [],
    patterns: [
      { group: layers.map(layerPattern), message: 'Imports only point down (see HOUSE_STYLE layers and test/layers.test.ts).' },
      ...(reactFree ? [{ group: ['react/*', 'react-dom/*', '@radix-ui/*'], message: 'This layer is React-free.' }] : []),
    ],
  },
]
const layerRules = [
  { files: ['src/time/**'], forbidden: ['client', 'mock', 'server', 'react', 'query', 'components'], reactFree: true },
  { files: ['src/client/**'], forbidden: ['mock', 'server', 'react', 'query', 'components'], reactFree: true },
  { files: ['src/mock/**'], forbidden: ['server', 'react', 'query', 'components'], reactFree: true },
  { files: ['src/server/**'], forbidden: ['mock', 'react', 'query', 'components'], reactFree: true },
  { files: ['src/react/**'], forbidden: ['client', 'mock', 'server', 'query', 'components'], reactFree: false },
  { files: ['src/query/**'], forbidden: ['mock', 'server', 'components'], reactFree: false },
  { files: ['src/components/**'], forbidden: ['mock', 'server'], reactFree: false },
].map(({ files, forbidden, reactFree }) => ({
  files,
  rules: { 'no-restricted-imports': forbid(forbidden, { reactFree }) },
}))

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'coverage', 'node_modules', 'examples/**', '!.storybook'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerRules,
  {
    files: ['test/**', 'stories/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
