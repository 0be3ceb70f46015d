import type { StorybookConfig } from '@storybook/web-components-vite';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../stories/fixtures', to: '/fixtures' }],
  viteFinal(config) {
    config.optimizeDeps ??= {};
    // Pre-bundled up front so that no second copy of lit is ever loaded.
    config.optimizeDeps.include = [...(config.optimizeDeps.include ?? []), 'lit', 'lit/directive-helpers.js'];
    return config;
  },
};

export default config;
