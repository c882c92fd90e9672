/**
 * npm run check:permalinks          compare build/ with static/permalinks.json (fails on a broken promise)
 * npm run permalinks -- --update    record new pages and anchors of build/ in static/permalinks.json
 *   --prune                         with --update: drop recorded links that no longer resolve (breaks promises!)
 *   --build DIR  --record FILE      other locations (tests, fixtures)
 */
import fs from 'node:fs';
import path from 'node:path';
import { site } from '../src/data/site';
import { runScript, UsageError } from '../src/util/cli';
import { projectPath } from '../src/util/project';
import {
  checkPermalinks,
  countLinks,
  formatReport,
  parseRecord,
  readBuiltSite,
  serializeRecord,
  updateRecord,
} from '../src/permalinks';

const usage = [
  'usage: npm run check:permalinks                compare build/ with static/permalinks.json',
  '       npm run permalinks -- --update [--prune]  record new pages and anchors (--prune drops links that no longer resolve)',
  '       options: --build DIR  --record FILE       other locations (tests, fixtures)',
].join('\n');

const options = {
  update: { type: 'boolean', default: false },
  prune: { type: 'boolean', default: false },
  build: { type: 'string' },
  record: { type: 'string' },
} as const;

runScript({ usage, options }, ({ values }) => {
  if (values.prune && !values.update) throw new UsageError('--prune only goes with --update');
  const buildDir = path.resolve(values.build ?? projectPath('build'));
  const recordFile = path.resolve(values.record ?? projectPath('static', 'permalinks.json'));
  const shownRecord = path.relative(process.cwd(), recordFile) || recordFile;

  if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
    console.error(`✗ No built site at ${buildDir}. Run \`npm run build\` first, then this check.`);
    return 2;
  }
  const builtSite = readBuiltSite(buildDir, { baseUrl: site.baseUrl, siteUrl: site.url });
  const current = fs.existsSync(recordFile) ? parseRecord(fs.readFileSync(recordFile, 'utf8'), shownRecord) : undefined;

  if (values.update) {
    const result = updateRecord(current, builtSite, { siteUrl: site.url, prune: values.prune });
    if (result.broken.length > 0 && !values.prune) {
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
});
