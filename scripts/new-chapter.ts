/**
 * npm run new:chapter -- --part concepts --title "Pod disruption budgets" [--description "..."] [--slug name]
 * Creates docs/<part>/<slug>.mdx, placed last in its part, ready to build and test.
 */
import path from 'node:path';
import { parts } from '../src/data/parts';
import { createChapter } from '../src/frontmatter/scaffold';
import { runScript, UsageError } from '../src/util/cli';
import { projectPath } from '../src/util/project';

const known = parts.map((p) => p.dir);
const usage = `usage: npm run new:chapter -- --part <${known.join('|')}> --title "Chapter title" [--description "..."] [--slug name] [--docs-dir DIR]`;

const options = {
  part: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
  slug: { type: 'string' },
  'docs-dir': { type: 'string' },
} as const;

runScript({ usage, options }, ({ values }) => {
  const { part, title, description, slug } = values;
  if (!part || !title) throw new UsageError(`${part ? '' : '--part'}${!part && !title ? ' and ' : ''}${title ? '' : '--title'} missing`);
  if (!known.includes(part)) throw new UsageError(`Unknown part "${part}". Parts (src/data/parts.ts): ${known.join(', ')}`);
  const docsDir = path.resolve(values['docs-dir'] ?? projectPath('docs'));
  const created = createChapter(docsDir, part, { title, ...(description ? { description } : {}), ...(slug ? { slug } : {}) });
  console.log(`✓ Created ${path.relative(process.cwd(), created.file)} (sidebar_position ${created.sidebarPosition})`);
  console.log('  Next: write it, then run `npm test`. CONTRIBUTING.md explains the conventions.');
  return 0;
});
