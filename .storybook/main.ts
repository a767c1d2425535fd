import type { StorybookConfig } from '@storybook/web-components-vite';

// Hand-written on purpose: `storybook init` cannot run on machines without internet.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the root vite.config.ts: that one is the library build of the bundle.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
};

export default config;
