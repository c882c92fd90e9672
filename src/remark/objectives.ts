/**
 * Renders a chapter's front matter `objectives` as a "What you will learn" box at the top of the
 * page (Docusaurus' own admonition, so it follows the theme in light and dark mode), and fails the
 * build when a chapter's front matter breaks the contract in src/frontmatter/chapter.ts.
 * During drafting (DRAFT_LINKS=warn) the contract is reported as a warning instead.
 */
import path from 'node:path';
import type { BlockContent, Blockquote, PhrasingContent, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { frontMatterProblems, objectivesOf } from '../frontmatter/chapter';

export interface ObjectivesOptions {
  /** Chapters live here (default: docs/ under the working directory); docs/api/ is generated and skipped. */
  readonly docsDir?: string;
  /** What a broken front matter does to the build. */
  readonly onInvalidFrontMatter?: 'throw' | 'warn';
}

export const OBJECTIVES_TITLE = 'What you will learn';

/** Backticks become inline code; everything else is text. */
export function objectivePhrasing(objective: string): PhrasingContent[] {
  return objective
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? { type: 'inlineCode', value: part.slice(1, -1) }
        : { type: 'text', value: part },
    );
}

/** The box: an mdast node that becomes `<admonition type="info" title=...>` for the theme. */
export function objectivesNode(objectives: readonly string[]): Blockquote {
  const list: BlockContent = {
    type: 'list',
    ordered: false,
    spread: false,
    children: objectives.map((objective) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: objectivePhrasing(objective) }],
    })),
  };
  return {
    type: 'blockquote',
    data: { hName: 'admonition', hProperties: { type: 'info', title: OBJECTIVES_TITLE, className: ['objectives'] } },
    children: [list],
  };
}

export function isChapterFile(filePath: string | undefined, docsDir: string): boolean {
  if (!filePath) return false;
  const relative = path.relative(docsDir, filePath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return relative.split(path.sep)[0] !== 'api';
}

const remarkObjectives: Plugin<[ObjectivesOptions?], Root> = (options = {}) => {
  const docsDir = path.resolve(options.docsDir ?? 'docs');
  const onInvalid = options.onInvalidFrontMatter ?? (process.env.DRAFT_LINKS === 'warn' ? 'warn' : 'throw');
  return (tree: Root, file: VFile) => {
    const frontMatter = (file.data.frontMatter ?? {}) as Record<string, unknown>;
    if (isChapterFile(file.path, docsDir)) {
      const problems = frontMatterProblems(frontMatter);
      if (problems.length > 0) {
        const message = `${path.relative(process.cwd(), file.path)}: ${problems.join('; ')} (see CONTRIBUTING.md)`;
        if (onInvalid === 'throw') file.fail(message, { place: { line: 1, column: 1 }, ruleId: 'front-matter', source: 'objectives' });
        console.warn(`[front matter] ${message}`);
      }
    }
    const objectives = objectivesOf(frontMatter);
    if (!objectives) return;
    // After a leading h1 if the page has one, else first.
    const first = tree.children.findIndex((node) => node.type !== 'mdxjsEsm' && node.type !== 'yaml');
    const at = first >= 0 && tree.children[first]!.type === 'heading' && (tree.children[first] as { depth: number }).depth === 1 ? first + 1 : Math.max(first, 0);
    tree.children.splice(at, 0, objectivesNode(objectives));
  };
};

export default remarkObjectives;
