/**
 * `npm run bench:load [-- --runs N] [PAGE...]`: loads one page of each kind (or the given URL
 * paths) from build/ (or SITE_BUILD_DIR), served with gzip, in headless Chromium emulating
 * Lighthouse's phone (slow 4G, 4x CPU), cold and with a warm HTTP cache, N times each (default 3),
 * and prints the medians: when the text shows and when the page's scripts have run.
 */
import path from 'node:path';
import { launchBrowser } from '../src/e2e/browser';
import { type Cache, formatLoadTable, type LoadSummary, measureLoad, summariseLoads } from '../src/quality/load-timing';
import { PAGE_KINDS } from '../src/quality/page-kinds';
import { serveBuild } from '../src/serve/static-server';
import { runScript, UsageError } from '../src/util/cli';
import { projectPath } from '../src/util/project';

const usage = 'usage: npm run bench:load -- [--runs N] [PAGE...]  (URL paths; default one page of each kind)';

runScript({ usage, options: { runs: { type: 'string' } }, positionals: true }, async ({ values, positionals }) => {
  const runs = Number(values.runs ?? '3');
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number of 1 or more, not "${values.runs}"`);
  const pages = positionals.length > 0 ? positionals : PAGE_KINDS.map((kind) => kind.path);
  const buildDir = path.resolve(process.env.SITE_BUILD_DIR ?? projectPath('build'));
  const server = await serveBuild(buildDir, { gzip: true });
  const browser = await launchBrowser();
  try {
    const rows: LoadSummary[] = [];
    for (const page of pages) {
      for (const cache of ['cold', 'warm'] as Cache[]) {
        const loads = [];
        for (let i = 0; i < runs; i += 1) loads.push(await measureLoad(browser, `${server.url}${page}`, cache));
        rows.push(summariseLoads(page, cache, loads));
      }
    }
    console.log(`Page loads in Chromium, slow 4G and 4x CPU emulated, median of ${runs} run(s); ${buildDir}`);
    console.log(formatLoadTable(rows));
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
});
