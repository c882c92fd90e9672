/**
 * `npm run lighthouse`: serves build/ with gzip and runs Lighthouse (mobile) on the pages that
 * matter most; prints a table and writes reports/lighthouse.json. Builds nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serveBuild } from '../src/serve/static-server';
import { formatTable, measurePages } from '../src/quality/lighthouse';

/** Home, a long chapter with diagrams and math, a SEEK step, and the glossary. */
const defaultPages = ['/', '/docs/concepts/rolling-updates', '/docs/seek-on-kubernetes/mysql', '/docs/reference/glossary'];

async function main(): Promise<void> {
  const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaultPages;
  const root = path.resolve(__dirname, '..');
  const buildDir = path.resolve(process.env.SITE_BUILD_DIR ?? path.join(root, 'build'));
  const server = await serveBuild(buildDir, { gzip: true });
  try {
    const rows = await measurePages(server.url, pages);
    console.log(formatTable(rows));
    const out = path.join(root, 'reports', 'lighthouse.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), preset: 'mobile', pages: rows }, null, 2)}\n`);
    console.log(`\nwritten: ${path.relative(root, out)}`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
