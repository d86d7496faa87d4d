import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'

// Layers import only downwards: the React-free layers never see React or the
// React layers, and client/time stay free of the mock and the server.
const reactImports = [
  { name: 'react', message: 'This layer is React-free (see HOUSE_STYLE layers).' },
  { name: 'react-dom', message: 'This layer is React-free.' },
  { name: '@tanstack/react-query', message: 'This layer is React-free.' },
]
const upperLayers = ['**/query/**', '**/components/**', '**/index']

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'coverage', 'node_modules', '!.storybook'] },
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
  {
    files: ['src/client/**', 'src/time/**', 'src/mock/**', 'src/server/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: reactImports, patterns: upperLayers }],
    },
  },
  {
    files: ['src/client/**', 'src/time/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: reactImports, patterns: [...upperLayers, '**/mock/**', '**/server/**'] },
      ],
    },
  },
  {
    files: ['test/**', 'stories/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
