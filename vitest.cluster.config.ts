import { defineConfig } from 'vitest/config';

/**
 * The cluster tier: tests that judge the examples with the real, pinned tools. The global setup
 * builds the tools (quick when built) and starts one throwaway control plane for every file.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.cluster.ts'],
    environment: 'node',
    globalSetup: ['src/cluster/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two cores: one file at a time, each running its kubectl calls in parallel.
    fileParallelism: false,
  },
});
