/**
 * One Markdown parser for every scanner of the project (manifest blocks, Mermaid blocks, headings,
 * front matter): the syntax Docusaurus parses pages with (src/markdown/dogfood.test.ts checks that
 * against Docusaurus's own MDX pipeline). `.mdx` is MDX; `.md` is CommonMark, as with
 * `markdown.format: 'detect'`; both with front matter, directives, GFM and math.
 */
import type { Code, Heading, Root, RootContent, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

export type MarkdownFormat = 'md' | 'mdx';

/** Docusaurus's `detect`: .md files are CommonMark, everything else MDX. */
export function formatOf(file: string): MarkdownFormat {
  return /\.md$/i.test(file) ? 'md' : 'mdx';
}

/** A page that does not parse: where, and what the parser said. */
export class MarkdownSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'MarkdownSyntaxError';
  }
}

const processors = {
  md: unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm).use(remarkMath),
  mdx: unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm).use(remarkMath),
};

const cache = new Map<string, Root>();

/** The syntax tree of a page; positions are lines and columns of `text`. Throws MarkdownSyntaxError. */
export function markdownTree(text: string, file: string, format: MarkdownFormat = formatOf(file)): Root {
  const key = `${format}\0${file}\0${text}`;
  let tree = cache.get(key);
  if (!tree) {
    try {
      tree = processors[format].parse(text) as Root;
    } catch (error) {
      const e = error as { line?: number; column?: number; reason?: string; message?: string; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
      const place = e.place && 'start' in e.place && e.place.start ? e.place.start : (e.place as { line?: number; column?: number } | undefined);
      const reason = e.reason ?? e.message ?? String(error);
      // An element never closed is reported at the end of the text, with its opening in the reason.
      const opened = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
      const line = place?.line ?? e.line ?? Number(opened?.[1] ?? 1);
      const column = place?.column ?? e.column ?? Number(opened?.[2] ?? 1);
      throw new MarkdownSyntaxError(file, line, column, `${format === 'mdx' ? 'MDX' : 'Markdown'} syntax error: ${reason}`);
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, tree);
  }
  return tree;
}

/** Every node of the tree, depth first, in document order (the tree's own children included). */
export function* nodes(tree: Root): Generator<RootContent> {
  const stack: RootContent[] = [...tree.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    if ('children' in node) stack.push(...([...node.children] as RootContent[]).reverse());
  }
}

/**
 * Parse code-fence meta such as `title="seek.yaml" set="seek" expect="unknown-field"`.
 * Values may be double- or single-quoted or bare; a bare word without `=` becomes `"true"`.
 */
export function parseFenceMeta(meta: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;
  for (let m = re.exec(meta ?? ''); m; m = re.exec(meta ?? '')) out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? 'true';
  return out;
}

export interface FencedBlock {
  /** Lower-cased language: "yaml", "bash", "mermaid"; "" when the fence names none. */
  lang: string;
  /** The fence's meta string: `title="a.yaml" set="seek"`. */
  meta: string;
  /** The content, with the fence's indentation removed. */
  value: string;
  /** Line of the opening fence (1-based, in the file). */
  fenceLine: number;
  /** Line of the closing fence (the last line of the file when it is never closed). */
  endLine: number;
  /** Columns removed from each content line (fence indentation, JSX nesting, list prefixes). */
  indents: number[];
}

/** Fenced code blocks (not indented ones) of a page, as the page's compiler sees them. */
export function fencedBlocks(text: string, file: string, format?: MarkdownFormat): FencedBlock[] {
  const lines = text.split(/\r?\n/);
  const out: FencedBlock[] = [];
  for (const node of nodes(markdownTree(text, file, format))) {
    if (node.type !== 'code' || !node.position) continue;
    const code = node as Code;
    const fenceLine = code.position!.start.line;
    const opening = lines[fenceLine - 1] ?? '';
    if (!/^[\s>*+\-\d.]*(`{3,}|~{3,})/.test(opening)) continue; // an indented code block
    const value = code.value;
    const contentLines = value === '' ? [] : value.split('\n');
    const indents = contentLines.map((content, i) => {
      const original = (lines[fenceLine + i] ?? '').replace(/\r$/, '');
      return original.endsWith(content) ? original.length - content.length : 0;
    });
    out.push({ lang: (code.lang ?? '').toLowerCase(), meta: code.meta ?? '', value, fenceLine, endLine: code.position!.end.line, indents });
  }
  return out;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Lines the front matter takes, fences included (0 without front matter). */
  lines: number;
}

/** The page's `---` front matter, parsed. Throws MarkdownSyntaxError when its YAML is invalid. */
export function frontMatterOf(text: string, file: string, format?: MarkdownFormat): FrontMatter {
  const first = markdownTree(text, file, format).children[0];
  if (first?.type !== 'yaml') return { data: {}, lines: 0 };
  let data: unknown;
  try {
    data = parseYaml((first as Yaml).value);
  } catch (error) {
    throw new MarkdownSyntaxError(file, 1, 1, `front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { data: record, lines: first.position!.end.line };
}

export interface PageHeading {
  line: number;
  depth: number;
  /** The heading's text as readers see it, without its id comment. */
  text: string;
  /** The id of `{/* #id *\/}` (MDX) or of a literal `{#id}` at the end of the text. */
  id?: string;
  syntax?: 'mdx-comment' | 'classic';
}

const MDX_COMMENT_ID = /^\/\*\s*#(\S+)\s*\*\/$/;
const CLASSIC_ID = /\s*\{#([^}]+)\}\s*$/;

/** The page's headings (ATX and setext) with their explicit ids. */
export function headingsOf(text: string, file: string, format?: MarkdownFormat): PageHeading[] {
  const out: PageHeading[] = [];
  for (const node of nodes(markdownTree(text, file, format))) {
    if (node.type !== 'heading' || !node.position) continue;
    const heading = node as Heading;
    let id: string | undefined;
    let syntax: PageHeading['syntax'];
    const parts: string[] = [];
    for (const child of heading.children) {
      const expression = child.type === 'mdxTextExpression' ? MDX_COMMENT_ID.exec(child.value.trim()) : null;
      if (expression) {
        id = expression[1]!;
        syntax = 'mdx-comment';
      } else {
        parts.push(toString(child));
      }
    }
    let shown = parts.join('').trim();
    const classic = id ? null : CLASSIC_ID.exec(shown);
    if (classic) {
      id = classic[1]!.trim();
      syntax = 'classic';
      shown = shown.slice(0, classic.index).trim();
    }
    out.push({ line: heading.position!.start.line, depth: heading.depth, text: shown, ...(id ? { id, syntax } : {}) });
  }
  return out;
}
