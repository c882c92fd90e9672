/**
 * Builds the real tools at the versions pinned in src/data/site.ts into .tools/bin/ and prints
 * what it built, its version, where and how long it took. Quick when nothing changed.
 * Usage: npm run tools [-- --only kubernetes,helm]
 */
import path from 'node:path';
import { ensureTools, goInfo } from '../src/cluster/tools';
import { runScript } from '../src/util/cli';
import { PROJECT_ROOT } from '../src/util/project';

const usage = 'usage: npm run tools -- [--only TOOL,TOOL...]  (e.g. --only kubernetes,helm; default: every pinned tool)';

runScript({ usage, options: { only: { type: 'string' } } }, ({ values }) => {
  const started = Date.now();
  console.log(`Go: ${goInfo()?.version ?? 'not found'}`);
  const reports = ensureTools({ only: values.only?.split(','), log: (line) => console.log(line) });
  for (const r of reports) {
    const where = r.binaries.map((b) => path.relative(PROJECT_ROOT, b)).join(', ');
    console.log(`${r.built ? 'built ' : 'up to date'} ${r.tool} ${r.version}: ${where} (${r.seconds.toFixed(1)} s)`);
  }
  console.log(`tools ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
