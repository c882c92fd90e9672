/**
 * Dogfooding: tricky pages (Tabs, nested and indented fences, MDX comments, front matter edge
 * cases, a CommonMark .md page) compiled by Docusaurus's own MDX pipeline (@docusaurus/mdx-loader
 * with this site's markdown configuration), and read by src/markdown/source.ts. Both must see the
 * same code blocks (lines, language, meta, content), headings and ids, and front matter.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Code, Heading, Root } from 'mdast';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import siteConfig from '../../docusaurus.config';
import { fencedBlocks, formatOf, frontMatterOf, headingsOf } from './source';

// Deep imports: the loader's processor factory and the config normaliser are not re-exported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createProcessors } = require('@docusaurus/mdx-loader/lib/processor') as {
  createProcessors(input: { options: unknown }): Promise<Record<'mdProcessor' | 'mdxProcessor', { process(input: { content: string; filePath: string; frontMatter: Record<string, unknown>; compilerName: 'server' }): Promise<unknown> }>>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateConfig } = require('@docusaurus/core/lib/server/configValidation') as { validateConfig(config: unknown, file: string): { markdown: unknown } };

// The front matter as Docusaurus reads it (gray-matter, through @docusaurus/utils).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEFAULT_PARSE_FRONT_MATTER } = require('@docusaurus/utils') as { DEFAULT_PARSE_FRONT_MATTER(input: { fileContent: string }): Promise<{ frontMatter: unknown }> };

const root = path.resolve(__dirname, '../..');
const dir = path.join(__dirname, '__dogfood__');
const pages = fs.readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort();

interface Seen {
  codes: { line: number; endLine: number; lang: string; meta: string; value: string }[];
  headings: { line: number; depth: number; id: string | undefined }[];
  frontMatter: unknown;
}

const seenByDocusaurus = new Map<string, Seen>();

beforeAll(async () => {
  let current: Seen | undefined;
  // Runs after Docusaurus's own plugins (headings has given each heading its id), like the site's.
  const capture = () => (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      current!.codes.push({ line: node.position!.start.line, endLine: node.position!.end.line, lang: (node.lang ?? '').toLowerCase(), meta: node.meta ?? '', value: node.value });
    });
    visit(tree, 'heading', (node: Heading) => {
      const data = node.data as { id?: string; hProperties?: { id?: string } } | undefined;
      current!.headings.push({ line: node.position!.start.line, depth: node.depth, id: data?.hProperties?.id ?? data?.id });
    });
  };
  const { markdown } = validateConfig(siteConfig, 'docusaurus.config.ts');
  const options = {
    markdownConfig: markdown,
    admonitions: true,
    siteDir: root,
    staticDirs: [path.join(root, 'static')],
    beforeDefaultRemarkPlugins: [],
    remarkPlugins: [remarkMath, capture],
    rehypePlugins: [],
    beforeDefaultRehypePlugins: [],
    recmaPlugins: [],
  };
  const processors = await createProcessors({ options });
  for (const page of pages) {
    const content = fs.readFileSync(path.join(dir, page), 'utf8');
    current = { codes: [], headings: [], frontMatter: undefined };
    const processor = formatOf(page) === 'md' ? processors.mdProcessor : processors.mdxProcessor;
    await processor.process({ content, filePath: path.join(dir, page), frontMatter: {}, compilerName: 'server' });
    // The front matter as Docusaurus reads it (gray-matter, through @docusaurus/utils).
    current.frontMatter = (await DEFAULT_PARSE_FRONT_MATTER({ fileContent: content })).frontMatter;
    seenByDocusaurus.set(page, current);
  }
});

describe('src/markdown reads pages as Docusaurus compiles them', () => {
  it('has tricky pages to read', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  for (const page of pages) {
    const text = fs.readFileSync(path.join(dir, page), 'utf8');

    it(`${page}: the same fenced code blocks`, () => {
      const ours = fencedBlocks(text, page).map((b) => ({ line: b.fenceLine, endLine: b.endLine, lang: b.lang, meta: b.meta, value: b.value }));
      expect(ours).toEqual(seenByDocusaurus.get(page)!.codes);
    });

    it(`${page}: the same headings, and the same ids where the page writes {/* #id */}`, () => {
      const theirs = seenByDocusaurus.get(page)!.headings;
      const ours = headingsOf(text, page);
      expect(ours.map((h) => [h.line, h.depth])).toEqual(theirs.map((h) => [h.line, h.depth]));
      ours.forEach((h, i) => {
        if (h.syntax === 'mdx-comment') expect(h.id).toBe(theirs[i]!.id);
      });
    });

    it(`${page}: the same front matter`, () => {
      expect(frontMatterOf(text, page).data).toEqual(seenByDocusaurus.get(page)!.frontMatter);
    });
  }
});
