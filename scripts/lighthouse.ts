/**
 * `npm run lighthouse [-- PAGE...]`: serves build/ with gzip and runs Lighthouse (mobile) on the
 * pages that matter most (or the given URL paths); prints a table and writes
 * reports/lighthouse.json. Builds nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serveBuild } from '../src/serve/static-server';
import { formatTable, measurePages } from '../src/quality/lighthouse';
import { runScript } from '../src/util/cli';
import { PROJECT_ROOT, projectPath } from '../src/util/project';

/** Home, a long chapter with diagrams and math, a SEEK step, and the glossary. */
const defaultPages = ['/', '/docs/concepts/rolling-updates', '/docs/seek-on-kubernetes/mysql', '/docs/reference/glossary'];

const usage = `usage: npm run lighthouse -- [PAGE...]  (URL paths; default ${defaultPages.join(' ')}; serves build/ or SITE_BUILD_DIR)`;

runScript({ usage, options: {}, positionals: true }, async ({ positionals }) => {
  const pages = positionals.length > 0 ? positionals : defaultPages;
  const buildDir = path.resolve(process.env.SITE_BUILD_DIR ?? projectPath('build'));
  const server = await serveBuild(buildDir, { gzip: true });
  try {
    const rows = await measurePages(server.url, pages);
    console.log(formatTable(rows));
    const out = projectPath('reports', 'lighthouse.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), preset: 'mobile', pages: rows }, null, 2)}\n`);
    console.log(`\nwritten: ${path.relative(PROJECT_ROOT, out)}`);
  } finally {
    await server.close();
  }
});
