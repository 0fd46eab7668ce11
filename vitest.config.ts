import { defineConfig } from 'vitest/config';
import { BROWSER_CONCURRENCY } from './tests/support/machine.ts';

/**
 * Three projects, one command (`npm test`):
 * - unit: pure logic in src/lib and the schemas' rules, in milliseconds;
 * - components: .astro components rendered with Astro's Container API (tests/components/vitest.config.ts);
 * - site: builds the real site once, then checks the output and drives it in Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      'tests/components/vitest.config.ts',
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/setup/buildAndServe.ts'],
          testTimeout: 60_000,
          // Concurrent browser tests are sized to the cores, not Vitest's fixed 5 (see tests/support/machine.ts).
          maxConcurrency: BROWSER_CONCURRENCY,
          hookTimeout: 120_000,
          // Polls wait on a condition (results shown, counts filled in); on a loaded machine that can take seconds.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
