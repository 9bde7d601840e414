import { defineConfig } from 'vitest/config';

// Three kinds of tests, one command (`npm test`): pure domain code, services on real SQLite
// files through the contract's dispatcher, and end-to-end tests in Debian's Chromium against
// the browser host.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'service', include: ['test/service/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
