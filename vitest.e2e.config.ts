import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built app (dist/) in real Chromium; they run one file at a time
// because software WebGL is heavy on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    environment: 'node',
  },
});
