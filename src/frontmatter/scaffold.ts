/**
 * The new-chapter scaffold (`npm run new:chapter`): a file that already satisfies the chapter
 * contract (front matter, explicit heading ids, an In short section), so a contributor starts
 * from something that passes every check and only has to write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { splitFrontMatter } from './chapter';

/** File name and URL segment: lower-case ASCII words joined by hyphens. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** One more than the highest sidebar_position in the part's folder (1 for an empty part). */
export function nextSidebarPosition(partDir: string): number {
  if (!fs.existsSync(partDir)) return 1;
  let highest = 0;
  for (const name of fs.readdirSync(partDir)) {
    if (!/\.mdx?$/.test(name)) continue;
    try {
      const position = splitFrontMatter(fs.readFileSync(path.join(partDir, name), 'utf8')).frontMatter.sidebar_position;
      if (typeof position === 'number' && position > highest) highest = position;
    } catch {
      // A chapter with broken front matter fails its own test; it does not block a new one.
    }
  }
  return Math.floor(highest) + 1;
}

export interface ChapterSpec {
  readonly title: string;
  readonly description?: string;
  readonly sidebarPosition: number;
}

export function chapterSource(spec: ChapterSpec): string {
  const title = spec.title.trim();
  const frontMatter = stringify(
    {
      title,
      description: spec.description?.trim() || `${title}, from the idea to a working example.`,
      sidebar_position: spec.sidebarPosition,
      objectives: [`Explain the idea behind ${title}`, `Apply ${title} in a small example`],
    },
    { lineWidth: 0 },
  );
  return `---
${frontMatter}---

Say in two or three sentences what this chapter teaches and why the reader needs it at this
point of the book. Replace the objectives above with what the reader will be able to do.

## What it is for {/* #what-it-is-for */}

Start from something the reader already knows, then add one new idea. Give each heading its own
id in the same way: it becomes a permanent link that courses use.

## In short {/* #in-short */}

- One bullet for each idea the reader should keep.
`;
}

export interface CreatedChapter {
  readonly file: string;
  readonly slug: string;
  readonly sidebarPosition: number;
}

/** Writes docs/<part>/<slug>.mdx; refuses to overwrite an existing chapter. */
export function createChapter(docsDir: string, part: string, spec: Omit<ChapterSpec, 'sidebarPosition'> & { slug?: string }): CreatedChapter {
  const slug = spec.slug ? slugify(spec.slug) : slugify(spec.title);
  if (!slug) throw new Error(`cannot make a file name from the title "${spec.title}"; pass --slug`);
  const partDir = path.join(docsDir, part);
  const file = path.join(partDir, `${slug}.mdx`);
  if (fs.existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} already exists`);
  const sidebarPosition = nextSidebarPosition(partDir);
  fs.mkdirSync(partDir, { recursive: true });
  fs.writeFileSync(file, chapterSource({ ...spec, sidebarPosition }));
  return { file, slug, sidebarPosition };
}
