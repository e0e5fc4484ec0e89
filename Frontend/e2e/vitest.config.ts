import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the built SPA served by the real host, driven in headless Chromium.
 * One host and one browser per run (started in global-setup.ts); files run one after another.
 *
 *   npm run e2e            build the SPA, then run these
 *   npm run e2e:run        run these against the current dist/
 */
export default defineConfig({
  // The config lives in e2e/, but paths (include, outputFile, artifacts) are relative to Frontend/.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
  },
});
