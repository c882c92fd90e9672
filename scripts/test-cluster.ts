/**
 * The cluster tier: builds the pinned tools (quick when built), starts a throwaway control plane
 * and runs src/**\/*.cluster.ts against it. Without Go it prints what is not checked and passes,
 * unless K8S_INTRO_REQUIRE_CLUSTER=1 (set by .ci/run): then nothing may be skipped.
 */
import { spawnSync } from 'node:child_process';
import { goInfo, PROJECT_ROOT } from '../src/cluster/tools';

const required = process.env['K8S_INTRO_REQUIRE_CLUSTER'] === '1';
if (!goInfo()) {
  console.log(
    'cluster tier NOT RUN: go is not on PATH, so no example was dry-run on the real API server, the chart was not linted or rendered by Helm, and no kustomization was rendered by the pinned kubectl (install Go 1.26+ to run it).',
  );
  process.exit(required ? 1 : 0);
}
const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.cluster.config.ts', ...process.argv.slice(2)], { cwd: PROJECT_ROOT, stdio: 'inherit' });
process.exit(run.status ?? 1);
