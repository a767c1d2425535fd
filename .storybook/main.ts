import type { StorybookConfig } from '@storybook/web-components-vite';

// Hand-written on purpose: `storybook init` cannot run on machines without internet.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // addon-a11y runs axe-core in the story's frame (the Accessibility panel); CI runs the same
  // checks over every story with scripts/storybook-axe.mjs.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the root vite.config.ts: that one is the library build of the bundle.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
};

export default config;
