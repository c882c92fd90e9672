import fs from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import headings from '@docusaurus/mdx-loader/lib/remark/headings';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkAnchorAliases from './anchor-aliases';
import remarkObjectives, { isChapterFile, objectivePhrasing } from './objectives';

const fixtures = path.join(__dirname, '__fixtures__', 'objectives');
const docsDir = fixtures;
const chapter = path.join(fixtures, 'chapter.mdx');

const complete = {
  title: 'Storage',
  description: 'Volumes and claims.',
  sidebar_position: 8,
  objectives: ['Tell a volume from a `PersistentVolume`', 'Request storage with a claim'],
};

/** Compiles like Docusaurus does: its heading-id plugin first, then ours. */
async function build(frontMatter: Record<string, unknown>, onInvalidFrontMatter: 'throw' | 'warn' = 'throw'): Promise<string> {
  const file = new VFile({ path: chapter, value: fs.readFileSync(chapter, 'utf8'), data: { frontMatter } });
  const result = await compile(file, {
    remarkPlugins: [[headings, { anchorsMaintainCase: false }], [remarkObjectives, { docsDir, onInvalidFrontMatter }], remarkAnchorAliases],
    providerImportSource: '@mdx-js/react',
  });
  return String(result);
}

describe('objectives', () => {
  it('renders the objectives as an info admonition at the top of the page', async () => {
    const output = await build(complete);
    expect(output).toMatch(/_components\.admonition, \{\s*type: "info",\s*title: "What you will learn",\s*className: "objectives"/);
    expect(output.indexOf('What you will learn')).toBeLessThan(output.indexOf('Intro paragraph.'));
    expect(output).toContain('"PersistentVolume"');
    expect(output).toContain('_components.code');
  });

  it('fails the build naming each missing field', async () => {
    await expect(build({ title: 'Storage', sidebar_position: 1 })).rejects.toThrow(
      /chapter\.mdx: front matter needs a `description`.*; front matter needs `objectives`/,
    );
  });

  it('only warns while drafting', async () => {
    const output = await build({ title: 'Storage', sidebar_position: 1 }, 'warn');
    expect(output).not.toContain('What you will learn');
  });

  it('applies to chapters, not to generated API pages or the blog', () => {
    expect(isChapterFile(path.join(docsDir, 'concepts', 'storage.mdx'), docsDir)).toBe(true);
    expect(isChapterFile(path.join(docsDir, 'api', 'index.md'), docsDir)).toBe(false);
    expect(isChapterFile(path.join(docsDir, '..', 'blog', 'post.mdx'), docsDir)).toBe(false);
  });

  it('turns backticks into inline code', () => {
    expect(objectivePhrasing('Use `kubectl apply` twice')).toEqual([
      { type: 'text', value: 'Use ' },
      { type: 'inlineCode', value: 'kubectl apply' },
      { type: 'text', value: ' twice' },
    ]);
  });
});

describe('anchor aliases', () => {
  it('passes the old ids to the heading they now stand for', async () => {
    const output = await build({ ...complete, anchor_aliases: { modes: 'access-modes', 'rwo-modes': 'access-modes' } });
    expect(output).toMatch(/id: "access-modes",\s*"data-anchor-aliases": "modes rwo-modes"/);
  });

  it('fails the build on an alias to a missing heading or one that shadows a heading', async () => {
    await expect(build({ ...complete, anchor_aliases: { modes: 'gone' } })).rejects.toThrow(/#gone, which is not a heading id/);
    await expect(build({ ...complete, anchor_aliases: { volumes: 'in-short' } })).rejects.toThrow(/"volumes" is still a heading id/);
  });
});

describe('anchor moves', () => {
  it('keeps the old id of a section that moved as an element carrying its new address', async () => {
    const output = await build({ ...complete, anchor_moves: { taints: '/docs/concepts/scheduling#taints' } });
    expect(output).toMatch(/_jsx\(_components\.span, \{\s*id: "taints",\s*"data-anchor-alias-for": "\/docs\/concepts\/scheduling#taints"/);
  });

  it('fails the build on a move of an id the page still has, or to no page', async () => {
    await expect(build({ ...complete, anchor_moves: { volumes: '/docs/concepts/scheduling#taints' } })).rejects.toThrow(/"volumes" is still a heading id/);
    await expect(build({ ...complete, anchor_moves: { taints: 'scheduling' } })).rejects.toThrow(/must map a kebab-case id to a page path/);
  });
});
