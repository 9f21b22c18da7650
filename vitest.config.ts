// Unit tests, beside the code they test. WXT's plugin gives `wxt/browser` a fake browser and
// resolves the `@/` aliases; a DOM test opts in with `// @vitest-environment happy-dom`.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    // The first annotate() in a file compiles the whole knowledge base: seconds on a loaded machine.
    testTimeout: 20_000,
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'scripts/**/*.test.ts'],
    // Browser tests belong to Playwright (npm run test:e2e), never to vitest.
    exclude: ['tests/e2e/**', 'node_modules/**', '.output/**', '.wxt/**'],
  },
});
