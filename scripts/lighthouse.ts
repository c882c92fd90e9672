/**
 * `npm run lighthouse [-- --runs N] [PAGE...]`: serves build/ with gzip and runs Lighthouse
 * (mobile) N times (default 3) on one page of each kind (src/quality/page-kinds.ts) or on the
 * given URL paths; prints the median of the runs and writes reports/lighthouse.json. Builds
 * nothing. Measure on a quiet machine: other work on the CPU lowers the scores.
 * `--cpu-slowdown auto` calibrates the CPU slowdown to this host's benchmarkIndex (the preset's
 * 4x assumes a desktop-class host); the figures then say which slowdown they used.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serveBuild } from '../src/serve/static-server';
import { calibrate, formatTable, measurePagesRepeatedly, median } from '../src/quality/lighthouse';
import { PAGE_KINDS } from '../src/quality/page-kinds';
import { runScript } from '../src/util/cli';
import { PROJECT_ROOT, projectPath } from '../src/util/project';

const defaultPages = PAGE_KINDS.map((kind) => kind.path);

const usage = `usage: npm run lighthouse -- [--runs N] [--cpu-slowdown N|auto] [PAGE...]  (URL paths; default one of each page kind: ${defaultPages.join(' ')}; serves build/ or SITE_BUILD_DIR)`;

runScript({ usage, options: { runs: { type: 'string' }, 'cpu-slowdown': { type: 'string' } }, positionals: true }, async ({ values, positionals }) => {
  const runs = Number(values.runs ?? '3');
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs must be a whole number of 1 or more, not "${values.runs}"\n${usage}`);
    return 2;
  }
  const slowdownOption = values['cpu-slowdown'];
  if (slowdownOption !== undefined && slowdownOption !== 'auto' && !(Number(slowdownOption) >= 1)) {
    console.error(`--cpu-slowdown must be auto or a number of 1 or more, not "${slowdownOption}"\n${usage}`);
    return 2;
  }
  const pages = positionals.length > 0 ? positionals : defaultPages;
  const buildDir = path.resolve(process.env.SITE_BUILD_DIR ?? projectPath('build'));
  const server = await serveBuild(buildDir, { gzip: true });
  try {
    let cpuSlowdown = slowdownOption === undefined || slowdownOption === 'auto' ? undefined : Number(slowdownOption);
    if (slowdownOption === 'auto') {
      const calibration = await calibrate(server.url);
      cpuSlowdown = calibration.cpuSlowdown;
      console.log(`host benchmarkIndex ${calibration.benchmarkIndex}: CPU slowdown ${cpuSlowdown}x instead of the preset's 4x`);
    }
    const rows = await measurePagesRepeatedly(server.url, pages, runs, cpuSlowdown ? { cpuSlowdown } : {});
    const kinds = new Map(PAGE_KINDS.map((kind) => [kind.path, kind.kind]));
    const index = median(rows.map((row) => row.benchmarkIndex ?? Number.NaN));
    console.log(`Lighthouse, mobile preset, CPU slowdown ${rows[0]?.cpuSlowdown ?? '?'}x, host benchmarkIndex ${index}, median of ${runs} run(s) per page; ${buildDir}`);
    console.log(formatTable(rows.map((row) => ({ ...row, page: kinds.has(row.page) ? `${row.page} (${kinds.get(row.page)})` : row.page }))));
    const out = projectPath('reports', 'lighthouse.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), preset: 'mobile', cpuSlowdown: rows[0]?.cpuSlowdown, runs, pages: rows }, null, 2)}\n`);
    console.log(`\nwritten: ${path.relative(PROJECT_ROOT, out)}`);
    return 0;
  } finally {
    await server.close();
  }
});
