/**
 * npm run new:chapter -- --part concepts --title "Pod disruption budgets" [--description "..."] [--slug name]
 * Creates docs/<part>/<slug>.mdx, placed last in its part, ready to build and test.
 */
import path from 'node:path';
import { parts } from '../src/data/parts';
import { createChapter } from '../src/frontmatter/scaffold';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function main(args: string[]): number {
  const part = option(args, '--part');
  const title = option(args, '--title');
  const docsDir = path.resolve(option(args, '--docs-dir') ?? path.join(__dirname, '..', 'docs'));
  const known = parts.map((p) => p.dir);
  if (!part || !title) {
    console.error(`Usage: npm run new:chapter -- --part <${known.join('|')}> --title "Chapter title" [--description "..."] [--slug name]`);
    return 2;
  }
  if (!known.includes(part)) {
    console.error(`Unknown part "${part}". Parts (src/data/parts.ts): ${known.join(', ')}`);
    return 2;
  }
  try {
    const description = option(args, '--description');
    const slug = option(args, '--slug');
    const created = createChapter(docsDir, part, { title, ...(description ? { description } : {}), ...(slug ? { slug } : {}) });
    console.log(`✓ Created ${path.relative(process.cwd(), created.file)} (sidebar_position ${created.sidebarPosition})`);
    console.log('  Next: write it, then run `npm test`. CONTRIBUTING.md explains the conventions.');
    return 0;
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
