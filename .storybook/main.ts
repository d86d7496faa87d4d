import type { StorybookConfig } from '@storybook/react-vite'
import tailwindcss from '@tailwindcss/vite'

const config: StorybookConfig = {
  stories: ['../stories/Introduction.mdx', '../stories/MigratingFromBookingJs.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // The default react-docgen cannot follow Root props that extend interfaces
  // from other files, so the autodocs tables listed only the meta's args.
  // The TypeScript-based docgen resolves them; DOM/React attributes inherited
  // from node_modules are filtered out so each table shows the kit's own props.
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      // The default include (`**/*.tsx`) skips dot directories: name the stand-ins.
      include: ['**/*.tsx', '.storybook/docgenRoots.tsx'],
      // TypeScript leaves dot directories out of the root tsconfig's program, so this one lists the stand-ins.
      tsconfigPath: '.storybook/tsconfig.docgen.json',
      exclude: ['**/*.stories.tsx', 'node_modules/**'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent?.fileName.includes('node_modules'),
    },
  },
  // Tailwind only compiles CSS that imports it: the Tailwind theme's own entry
  // (stories/themes/tailwind.css); every other story stays unstyled.
  viteFinal: (config) => ({ ...config, plugins: [...(config.plugins ?? []), tailwindcss()] }),
}

export default config
