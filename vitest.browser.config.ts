import { defineConfig } from 'vitest/config';

/** Browser tests against the built site in dist/ (run after `astro build`). */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
