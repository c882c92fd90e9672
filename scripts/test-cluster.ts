/**
 * The cluster tier: builds the pinned tools (quick when built), starts a throwaway control plane
 * and runs src/**\/*.cluster.ts against it. Without Go it prints what is not checked and passes,
 * unless K8S_INTRO_REQUIRE_CLUSTER=1 (set by .ci/run): then nothing may be skipped.
 * Usage: npm run test:cluster -- [-t PATTERN] [FILE-FILTER...] [-- VITEST-ARGS...]
 */
import { spawnSync } from 'node:child_process';
import { goInfo } from '../src/cluster/tools';
import { runScript } from '../src/util/cli';
import { PROJECT_ROOT } from '../src/util/project';

const usage = [
  'usage: npm run test:cluster -- [-t PATTERN] [FILE-FILTER...] [-- VITEST-ARGS...]',
  '  -t, --testNamePattern PATTERN  run only the tests whose name matches; FILE-FILTER: parts of *.cluster.ts paths',
  '  after --, arguments go to vitest as they are',
].join('\n');

runScript({ usage, options: { testNamePattern: { type: 'string', short: 't' } }, positionals: true }, ({ values, positionals }) => {
  const required = process.env['K8S_INTRO_REQUIRE_CLUSTER'] === '1';
  if (!goInfo()) {
    console.log(
      'cluster tier NOT RUN: go is not on PATH, so no example was dry-run on the real API server, the chart was not linted or rendered by Helm, and no kustomization was rendered by the pinned kubectl (install Go 1.26+ to run it).',
    );
    return required ? 1 : 0;
  }
  const args = ['vitest', 'run', '--config', 'vitest.cluster.config.ts', ...(values.testNamePattern ? ['-t', values.testNamePattern] : []), ...positionals];
  const run = spawnSync('npx', args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (run.error) throw new Error(`could not run npx vitest: ${run.error.message}`);
  return run.status ?? 1;
});
