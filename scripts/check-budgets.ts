/** `npm run check:budgets`: performance budgets over build/ (see src/quality/budgets.ts). */
import path from 'node:path';
import { checkBudgets, defaultBudgets } from '../src/quality/budgets';
import { htmlFileOf, PAGE_KINDS } from '../src/quality/page-kinds';
import { runScript } from '../src/util/cli';
import { projectPath } from '../src/util/project';

const usage = 'usage: npm run check:budgets  (checks build/, or the folder in SITE_BUILD_DIR)';

runScript({ usage, options: {} }, () => {
  // SITE_BUILD_DIR lets a private build (e.g. /tmp/h-build) be checked while build/ is busy.
  const buildDir = path.resolve(process.env.SITE_BUILD_DIR ?? projectPath('build'));
  const report = checkBudgets(buildDir);
  const heaviest = [...report.pages].sort((a, b) => b.scriptGzipBytes - a.scriptGzipBytes)[0];
  const largest = [...report.pages].sort((a, b) => b.htmlBytes - a.htmlBytes)[0];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`budgets: ${report.pages.length} pages checked`);
  if (heaviest) console.log(`  most script: ${heaviest.page} ${kb(heaviest.scriptGzipBytes)} gzipped (budget ${kb(defaultBudgets.scriptGzipBytes)})`);
  if (largest) console.log(`  largest HTML: ${largest.page} ${kb(largest.htmlBytes)} (budget ${kb(defaultBudgets.htmlBytes)})`);
  console.log(`  by page kind (HTML, gzipped script, gzipped CSS; budgets ${kb(defaultBudgets.htmlBytes)}, ${kb(defaultBudgets.scriptGzipBytes)}, ${kb(defaultBudgets.styleGzipBytes)}):`);
  for (const { kind, path: urlPath } of PAGE_KINDS) {
    const page = report.pages.find((p) => p.page === htmlFileOf(urlPath));
    if (!page) {
      console.error(`${buildDir}: no page ${urlPath} for the page kind "${kind}" (src/quality/page-kinds.ts)`);
      return 1;
    }
    console.log(`    ${kind.padEnd(16)} ${urlPath.padEnd(38)} ${kb(page.htmlBytes).padStart(9)} ${kb(page.scriptGzipBytes).padStart(9)} ${kb(page.styleGzipBytes).padStart(8)}`);
  }
  for (const v of report.violations) console.error(`${path.join(buildDir, v.file)}: ${v.message}`);
  if (report.violations.length > 0) {
    console.error(`${report.violations.length} budget violation(s)`);
    return 1;
  }
  return 0;
});
