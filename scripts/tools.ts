/**
 * Builds the real tools at the versions pinned in src/data/site.ts into .tools/bin/ and prints
 * what it built, its version, where and how long it took. Quick when nothing changed.
 * Usage: npm run tools [-- --only kubernetes,helm]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureTools, goInfo, PROJECT_ROOT, ToolBuildError } from '../src/cluster/tools';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const started = Date.now();
try {
  console.log(`Go: ${goInfo()?.version ?? 'not found'}`);
  const reports = ensureTools({ only: values.only?.split(','), log: (line) => console.log(line) });
  for (const r of reports) {
    const where = r.binaries.map((b) => path.relative(PROJECT_ROOT, b)).join(', ');
    console.log(`${r.built ? 'built ' : 'up to date'} ${r.tool} ${r.version}: ${where} (${r.seconds.toFixed(1)} s)`);
  }
  console.log(`tools ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(error instanceof ToolBuildError ? error.message : error);
  process.exit(1);
}
