/**
 * The front matter contract of a chapter (CONTRIBUTING.md): a title, a one-sentence description,
 * a non-empty list of learning objectives, a sidebar position, and optional anchor aliases and
 * anchor moves.
 * Used by the vitest suite over docs/ and by the build (src/remark/objectives.ts).
 */
import { frontMatterOf, MarkdownSyntaxError } from '../markdown/source';
import { relativePosix, walkFiles } from '../util/files';
import { classicIdsAsText, scanHeadings } from './headings';

export interface ChapterProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** The objectives as strings, or undefined when they are not a non-empty list of strings. */
export function objectivesOf(frontMatter: Record<string, unknown>): string[] | undefined {
  const value = frontMatter.objectives;
  if (!Array.isArray(value) || value.length === 0 || !value.every(nonEmptyString)) return undefined;
  return value.map((objective) => objective.trim());
}

/**
 * A front matter map from old heading ids to their targets (`key: { old-id: target }`), validated;
 * `targetRule` says what a target must be, in the message for an entry that breaks it.
 */
function idMapOf(
  frontMatter: Record<string, unknown>,
  key: 'anchor_aliases' | 'anchor_moves',
  shapeError: string,
  valid: (target: unknown) => target is string,
  targetRule: string,
): { map: Map<string, string>; errors: string[] } {
  const map = new Map<string, string>();
  const value = frontMatter[key];
  if (value === undefined) return { map, errors: [] };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { map, errors: [shapeError] };
  const errors: string[] = [];
  for (const [oldId, target] of Object.entries(value)) {
    if (!kebabId.test(oldId) || !valid(target)) errors.push(`${key} entry "${oldId}: ${String(target)}" must map a kebab-case id to ${targetRule}`);
    else if (oldId === target) errors.push(`${key} entry "${oldId}" points at itself`);
    else map.set(oldId, target);
  }
  return { map, errors };
}

/** `anchor_aliases: { old-id: current-id }`, validated; problems are returned as messages. */
export function anchorAliasesOf(frontMatter: Record<string, unknown>): { aliases: Map<string, string>; errors: string[] } {
  const { map, errors } = idMapOf(
    frontMatter,
    'anchor_aliases',
    'anchor_aliases must map old heading ids to current ones: `anchor_aliases: { old-id: new-id }`',
    (target): target is string => typeof target === 'string' && kebabId.test(target),
    'a kebab-case id',
  );
  return { aliases: map, errors };
}

/** A section's new address on another page: `/docs/part/page#heading-id`. */
const movedTarget = /^\/docs(\/[a-z0-9]+(?:-[a-z0-9]+)*)+#[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `anchor_moves: { old-id: /docs/part/page#id }`: sections that moved to another page. The old
 * id stays on this page and forwards the reader to the section's new place (src/client/anchor-moves.ts).
 */
export function anchorMovesOf(frontMatter: Record<string, unknown>): { moves: Map<string, string>; errors: string[] } {
  const { map, errors } = idMapOf(
    frontMatter,
    'anchor_moves',
    'anchor_moves must map old heading ids to their new pages: `anchor_moves: { old-id: /docs/part/page#new-id }`',
    (target): target is string => typeof target === 'string' && movedTarget.test(target),
    'a page path and heading id, like /docs/concepts/scheduling#taints',
  );
  return { moves: map, errors };
}

/** Problems with a chapter's front matter, as messages that say what to write. */
export function frontMatterProblems(frontMatter: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (!nonEmptyString(frontMatter.title)) problems.push('front matter needs a `title`');
  if (!nonEmptyString(frontMatter.description)) {
    problems.push('front matter needs a `description`: one sentence for search engines and link previews');
  }
  if (objectivesOf(frontMatter) === undefined) {
    problems.push('front matter needs `objectives`: a non-empty list of what the reader will be able to do');
  }
  if (typeof frontMatter.sidebar_position !== 'number') {
    problems.push('front matter needs a numeric `sidebar_position` (its place in the part)');
  }
  problems.push(...anchorAliasesOf(frontMatter).errors);
  problems.push(...anchorMovesOf(frontMatter).errors);
  return problems;
}

export interface SplitSource {
  readonly frontMatter: Record<string, unknown>;
  /** Number of lines before the body (front matter and its fences). */
  readonly bodyOffset: number;
  readonly body: string;
}

/** Splits `---` front matter from the body (src/markdown/source.ts). Throws on invalid YAML or MDX. */
export function splitFrontMatter(source: string, file = 'page.mdx'): SplitSource {
  const { data, lines } = frontMatterOf(source, file);
  const body = lines === 0 ? source : source.split('\n').slice(lines).join('\n');
  return { frontMatter: data, bodyOffset: lines, body };
}

/** Every check of a chapter file's front matter, plus the rule that the title is the only h1. */
export function checkChapterSource(source: string, file: string): ChapterProblem[] {
  let split: SplitSource;
  try {
    split = splitFrontMatter(classicIdsAsText(source), file);
  } catch (error) {
    if (error instanceof MarkdownSyntaxError) return [{ file, line: error.line, message: error.reason }];
    throw error;
  }
  const problems: ChapterProblem[] = frontMatterProblems(split.frontMatter).map((message) => ({ file, line: 1, message }));
  for (const heading of scanHeadings(source, file)) {
    if (heading.level !== 1) continue;
    problems.push({ file, line: heading.line, message: 'remove the `# ` heading: the front matter title is the page h1; start sections at `##`' });
  }
  return problems;
}

/** Chapter files under docs/, except the generated API pages. Paths are relative to docsDir, posix. */
export function listChapterFiles(docsDir: string): string[] {
  return walkFiles(docsDir, { include: (file) => /\.mdx?$/.test(file) }).map((file) => relativePosix(docsDir, file));
}
