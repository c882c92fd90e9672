/**
 * The front matter contract of a chapter (CONTRIBUTING.md): a title, a one-sentence description,
 * a non-empty list of learning objectives, a sidebar position, and optional anchor aliases.
 * Used by the vitest suite over docs/ and by the build (src/remark/objectives.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

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

/** `anchor_aliases: { old-id: current-id }`, validated; problems are returned as messages. */
export function anchorAliasesOf(frontMatter: Record<string, unknown>): { aliases: Map<string, string>; errors: string[] } {
  const aliases = new Map<string, string>();
  const errors: string[] = [];
  const value = frontMatter.anchor_aliases;
  if (value === undefined) return { aliases, errors };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    errors.push('anchor_aliases must map old heading ids to current ones: `anchor_aliases: { old-id: new-id }`');
    return { aliases, errors };
  }
  for (const [oldId, currentId] of Object.entries(value)) {
    if (!kebabId.test(oldId) || typeof currentId !== 'string' || !kebabId.test(currentId)) {
      errors.push(`anchor_aliases entry "${oldId}: ${String(currentId)}" must map a kebab-case id to a kebab-case id`);
    } else if (oldId === currentId) {
      errors.push(`anchor_aliases entry "${oldId}" points at itself`);
    } else {
      aliases.set(oldId, currentId);
    }
  }
  return { aliases, errors };
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
  return problems;
}

export interface SplitSource {
  readonly frontMatter: Record<string, unknown>;
  /** Number of lines before the body (front matter and its fences). */
  readonly bodyOffset: number;
  readonly body: string;
}

/** Splits `---` front matter from the body. Throws on invalid YAML. */
export function splitFrontMatter(source: string): SplitSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { frontMatter: {}, bodyOffset: 0, body: source };
  const data: unknown = parse(match[1]!);
  const frontMatter = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { frontMatter, bodyOffset: match[0].split('\n').length - 1, body: source.slice(match[0].length) };
}

/** Every check of a chapter file's front matter, plus the rule that the title is the only h1. */
export function checkChapterSource(source: string, file: string): ChapterProblem[] {
  let split: SplitSource;
  try {
    split = splitFrontMatter(source);
  } catch (error) {
    return [{ file, line: 1, message: `front matter is not valid YAML: ${(error as Error).message}` }];
  }
  const problems: ChapterProblem[] = frontMatterProblems(split.frontMatter).map((message) => ({ file, line: 1, message }));
  let fence: string | undefined;
  split.body.split('\n').forEach((text, index) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (!fence && /^#\s/.test(text)) {
      problems.push({
        file,
        line: split.bodyOffset + index + 1,
        message: 'remove the `# ` heading: the front matter title is the page h1; start sections at `##`',
      });
    }
  });
  return problems;
}

/** Chapter files under docs/, except the generated API pages. Paths are relative to docsDir, posix. */
export function listChapterFiles(docsDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(docsDir, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (relative !== 'api') walk(full);
      } else if (/\.mdx?$/.test(entry.name)) {
        found.push(relative);
      }
    }
  };
  if (fs.existsSync(docsDir)) walk(docsDir);
  return found.sort();
}
