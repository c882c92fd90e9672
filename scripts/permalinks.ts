/**
 * npm run check:permalinks          compare build/ with static/permalinks.json (fails on a broken promise)
 * npm run permalinks -- --update    record new pages and anchors of build/ in static/permalinks.json
 *   --prune                         with --update: drop recorded links that no longer resolve (breaks promises!)
 *   --build DIR  --record FILE      other locations (tests, fixtures)
 */
import fs from 'node:fs';
import path from 'node:path';
import { site } from '../src/data/site';
import {
  checkPermalinks,
  countLinks,
  formatReport,
  parseRecord,
  readBuiltSite,
  serializeRecord,
  updateRecord,
} from '../src/permalinks';

function option(args: string[], name: string, fallback: string): string {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
}

function main(args: string[]): number {
  const root = path.resolve(__dirname, '..');
  const buildDir = path.resolve(option(args, '--build', path.join(root, 'build')));
  const recordFile = path.resolve(option(args, '--record', path.join(root, 'static', 'permalinks.json')));
  const shownRecord = path.relative(process.cwd(), recordFile) || recordFile;

  if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
    console.error(`✗ No built site at ${buildDir}. Run \`npm run build\` first, then this check.`);
    return 2;
  }
  const builtSite = readBuiltSite(buildDir, { baseUrl: site.baseUrl, siteUrl: site.url });
  const current = fs.existsSync(recordFile) ? parseRecord(fs.readFileSync(recordFile, 'utf8'), shownRecord) : undefined;

  if (args.includes('--update')) {
    const result = updateRecord(current, builtSite, { siteUrl: site.url, prune: args.includes('--prune') });
    if (result.broken.length > 0 && !args.includes('--prune')) {
      for (const problem of result.broken) console.error(`✗ ${problem.link}\n    ${problem.message}`);
      console.error(
        `✗ Not updated: ${result.broken.length} recorded link(s) would be dropped. Add redirects or anchor aliases, ` +
          'or pass --prune to break these promises on purpose.',
      );
      return 1;
    }
    for (const problem of result.broken) console.warn(`pruned ${problem.link}`);
    fs.writeFileSync(recordFile, serializeRecord(result.record));
    const counts = countLinks(result.record);
    console.log(
      `✓ ${shownRecord}: ${counts.pages} pages, ${counts.anchors} anchors ` +
        `(${result.added.length} added, ${result.broken.length} pruned)`,
    );
    return 0;
  }

  if (!current) {
    console.error(`✗ ${shownRecord} does not exist. Create it with: npm run permalinks -- --update`);
    return 1;
  }
  const result = checkPermalinks(current, builtSite);
  const output = formatReport(result, shownRecord);
  if (result.problems.length > 0) console.error(output);
  else console.log(output);
  return result.problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
