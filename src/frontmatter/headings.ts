/**
 * Every h2-h4 heading of a chapter carries an explicit, permanent id in the MDX comment syntax:
 * `## Access modes {/* #access-modes *\/}`. This is what `docusaurus write-heading-ids --syntax
 * mdx-comment` writes, and what Docusaurus 3.10 keeps honouring under `future.v4` (the classic
 * `{#id}` syntax needs mdx1Compat there). A heading without one gets an id from its text, which
 * changes when the text does, and breaks course links.
 */
import { headingsOf } from '../markdown/source';

export interface HeadingLine {
  readonly line: number;
  readonly level: number;
  readonly text: string;
  readonly id?: string;
  readonly syntax?: 'mdx-comment' | 'classic';
}

export interface HeadingProblem {
  readonly line: number;
  readonly message: string;
}

const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The page with each heading's classic `{#id}` escaped, so that MDX reads it as text. */
export function classicIdsAsText(source: string): string {
  return source.replace(/^( {0,3}#{1,6}[ \t].*?)(\{#[^}]+\})([ \t]*)$/gm, '$1\\$2$3');
}

/**
 * Headings with their line numbers in `source` (src/markdown/source.ts: outside code fences and
 * MDX comments, front matter skipped). A classic `{#id}` is not valid MDX (an expression); it is
 * read as text here so that the check can say what to write instead.
 */
export function scanHeadings(source: string, file = 'page.mdx'): HeadingLine[] {
  return headingsOf(classicIdsAsText(source), file).map((h) => ({
    line: h.line,
    level: h.depth,
    text: h.text,
    ...(h.id ? { id: h.id, syntax: h.syntax } : {}),
  }));
}

/** Problems with the heading ids of one file: missing, classic syntax, not kebab-case, duplicated. */
export function headingIdProblems(source: string): HeadingProblem[] {
  const problems: HeadingProblem[] = [];
  const seen = new Map<string, number>();
  for (const heading of scanHeadings(source)) {
    if (heading.level < 2 || heading.level > 4) continue;
    if (!heading.id) {
      problems.push({
        line: heading.line,
        message: `heading "${heading.text}" has no explicit id: write \`${'#'.repeat(heading.level)} ${heading.text} {/* #some-id */}\` (\`npx docusaurus write-heading-ids . <file> --syntax mdx-comment\` writes one)`,
      });
      continue;
    }
    if (heading.syntax === 'classic') {
      problems.push({
        line: heading.line,
        message: `heading "${heading.text}" uses the classic {#${heading.id}} syntax: write {/* #${heading.id} */} instead`,
      });
    }
    if (!kebabId.test(heading.id)) {
      problems.push({ line: heading.line, message: `heading id "${heading.id}" is not kebab-case (a-z, 0-9, -)` });
    }
    const first = seen.get(heading.id);
    if (first !== undefined) {
      problems.push({ line: heading.line, message: `heading id "${heading.id}" is already used on line ${first}` });
    } else {
      seen.set(heading.id, heading.line);
    }
  }
  return problems;
}

/** An alias must name a heading id of the same page and must not shadow one. */
export function aliasProblems(aliases: ReadonlyMap<string, string>, headingIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const [oldId, currentId] of aliases) {
    if (headingIds.has(oldId)) {
      problems.push(`anchor_aliases: "${oldId}" is still a heading id on this page; an alias is for an id that is gone`);
    }
    if (!headingIds.has(currentId)) {
      problems.push(`anchor_aliases: "${oldId}" points at #${currentId}, which is not a heading id on this page`);
    }
  }
  return problems;
}

/** A moved id must be gone from the page: not a heading id, not an alias of one. */
export function moveProblems(moves: ReadonlyMap<string, string>, headingIds: ReadonlySet<string>, aliases: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const oldId of moves.keys()) {
    if (headingIds.has(oldId)) problems.push(`anchor_moves: "${oldId}" is still a heading id on this page; a move is for an id that is gone`);
    if (aliases.has(oldId)) problems.push(`anchor_moves: "${oldId}" is also in anchor_aliases; keep it in one of the two`);
  }
  return problems;
}
