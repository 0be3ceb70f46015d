import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
// @ts-expect-error: a plain ES module shared with the scripts, without type declarations.
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// Pure modules are tested under a pinned zone; tests/unit/tz.test.ts checks other zones itself.
process.env.TZ = 'UTC';

/**
 * Dependencies pre-bundled up front. Discovered late, they make Vite reload mid-run and can load
 * two copies of a module, such as two Lits.
 */
export const OPTIMIZED = [
  'lit',
  'lit/decorators.js',
  'lit/directive-helpers.js',
  'lit/directives/style-map.js',
  'lit/directives/if-defined.js',
  'd3-array',
  'd3-time',
  'd3-dsv',
  'react',
  'react-dom',
  'react-dom/client',
  'fast-check',
  'valibot',
  '@lit/react',
  '@storybook/web-components-vite',
  'storybook/preview-api',
  'storybook/test',
];

/** The zones the rendered output must not depend on: a calendar date is never shifted by the viewer's zone. */
export const ZONES = {
  utc: 'UTC',
  'new-york': 'America/New_York',
  baghdad: 'Asia/Baghdad',
  kiritimati: 'Pacific/Kiritimati',
} as const;

/** A fresh options object per project: vitest mutates `instances`. */
function browser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    }),
    instances: [{ browser: 'chromium' as const }],
    api: { host: '127.0.0.1' },
    screenshotFailures: false,
  };
}

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-reports/results.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Reads the built package (dist/, packed file list), so it runs after `npm run build`.
        test: {
          name: 'package',
          include: ['tests/package/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        optimizeDeps: {
          include: OPTIMIZED,
        },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          browser: browser(),
        },
      },
      {
        optimizeDeps: { include: OPTIMIZED },
        test: {
          name: 'timezones',
          include: ['tests/timezones/**/*.test.ts'],
          browser: {
            ...browser(),
            // One browser context per zone, each with its own timezoneId.
            instances: Object.entries(ZONES).map(([name, timezoneId]) => ({
              browser: 'chromium' as const,
              name: `tz-${name}`,
              provider: playwright({
                launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
                contextOptions: { timezoneId },
              }),
            })),
          },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps: { include: OPTIMIZED },
        test: {
          name: 'storybook',
          // axe over the 1,000-event story takes seconds on a 2-core machine.
          testTimeout: 60_000,
          browser: browser(),
        },
      },
    ],
  },
});
