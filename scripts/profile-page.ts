/**
 * Where a page's main thread goes while it loads, on a phone-like CPU: loads PAGE from build/ (or
 * SITE_BUILD_DIR) with gzip in headless Chromium, throttles the CPU like Lighthouse's mobile preset
 * (4x), and prints every long task (over 50 ms) with the functions that took its time, from a CPU
 * profile. Build with `npx docusaurus build --no-minify` first to read the function names.
 * Usage: npm run profile -- [--cpu-slowdown N] [--min-ms N] [--save FILE] PAGE   (a URL path such as /docs/concepts/rolling-updates)
 * --min-ms lowers the 50 ms threshold (at --cpu-slowdown 1, 12.5 ms is what Lighthouse's simulated 4x
 * counts as long); --save writes the trace and the CPU profile as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { longTaskReport, longTasks, recordPageLoad } from '../src/quality/profile';
import { serveBuild } from '../src/serve/static-server';
import { runScript, UsageError } from '../src/util/cli';
import { projectPath } from '../src/util/project';

const usage = 'usage: npm run profile -- [--cpu-slowdown N] [--min-ms N] [--save FILE] PAGE  (a URL path, such as /docs/concepts/rolling-updates)';

runScript({ usage, options: { 'cpu-slowdown': { type: 'string' }, 'min-ms': { type: 'string' }, save: { type: 'string' } }, positionals: true }, async ({ values, positionals }) => {
  const [page, ...rest] = positionals;
  if (!page || rest.length) throw new UsageError('give one page');
  const slowdown = Number(values['cpu-slowdown'] ?? '4');
  if (!(slowdown >= 1)) throw new UsageError(`--cpu-slowdown must be a number of 1 or more, not "${values['cpu-slowdown']}"`);
  const minMs = Number(values['min-ms'] ?? '50');
  if (!(minMs > 0)) throw new UsageError(`--min-ms must be a positive number, not "${values['min-ms']}"`);
  const server = await serveBuild(path.resolve(process.env.SITE_BUILD_DIR ?? projectPath('build')), { gzip: true });
  try {
    const { trace, profile, navigationStart } = await recordPageLoad(`${server.url}${page}`, slowdown);
    if (values.save) fs.writeFileSync(values.save, JSON.stringify({ trace, profile }));
    const tasks = longTasks(trace.traceEvents, profile, minMs);
    console.log(longTaskReport(tasks, { page, slowdown, minMs, navigationStart: navigationStart ?? tasks[0]?.ts ?? 0 }));
    return 0;
  } finally {
    await server.close();
  }
});
