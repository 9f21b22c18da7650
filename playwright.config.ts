// End-to-end tests: every spec in tests/e2e runs once in Chromium and once in Firefox against
// the built extension (`npm run build` first; `npm test` does it). See tests/e2e/fixtures.ts.
import { defineConfig } from '@playwright/test';
import type { LagebildWorkerOptions } from './tests/e2e/fixtures';

export default defineConfig<object, LagebildWorkerOptions>({
  testDir: 'tests/e2e',
  // Real browsers on a 2-core machine shared with others: one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  // Generous bounds: CI shares 2 cores with other work, and a Firefox launch alone can take 15 s there.
  timeout: 120_000,
  outputDir: 'test-results',
  projects: [
    { name: 'chromium', use: { target: 'chromium' } },
    { name: 'firefox', use: { target: 'firefox' } },
  ],
});
