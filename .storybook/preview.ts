import type { Preview } from '@storybook/react-vite'

const preview: Preview = {
  parameters: {
    layout: 'padded',
    options: {
      storySort: { order: ['Introduction', 'Migrating from booking-js', 'Themes', ['Classic', 'Compact', 'Tailwind']] },
    },
    // Every story is an accessibility test: an axe violation fails it in the
    // Vitest run (npm run test:stories), not only in the panel.
    a11y: { test: 'error' },
  },
}

export default preview
