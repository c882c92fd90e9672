import { defineConfig } from 'vitest/config';

/** Browser tests over build/: run by `npm run test:e2e`, after `npm run build`. */
export default defineConfig({
  test: {
    include: ['src/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
