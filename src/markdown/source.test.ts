import { describe, expect, it } from 'vitest';
import { fencedBlocks, formatOf, frontMatterOf, MarkdownSyntaxError, markdownTree } from './source';

describe('markdownTree', () => {
  it('says where a page does not parse: an element never closed, at its opening', () => {
    const page = '---\ntitle: x\n---\n\n<Tabs>\n\n```yaml\na: 1\n```\n';
    expect(() => markdownTree(page, 'p.mdx')).toThrow(MarkdownSyntaxError);
    try {
      markdownTree(page, 'p.mdx');
    } catch (error) {
      expect((error as MarkdownSyntaxError).message).toMatch(/^p\.mdx:5:1: MDX syntax error: Expected a closing tag for `<Tabs>`/);
    }
  });

  it('reads .md as CommonMark, where braces and HTML comments are text and comments', () => {
    expect(formatOf('a.md')).toBe('md');
    expect(formatOf('a.mdx')).toBe('mdx');
    expect(() => markdownTree('Braces {1 +} <!-- c -->\n', 'a.md')).not.toThrow();
  });
});

describe('frontMatterOf and fencedBlocks', () => {
  it('reads the front matter and counts its lines; the indents of a fence inside JSX', () => {
    const page = '---\ntitle: "A: b"\n---\n\n<div>\n  ```yaml\n  a: 1\n  ```\n</div>\n';
    expect(frontMatterOf(page, 'p.mdx')).toEqual({ data: { title: 'A: b' }, lines: 3 });
    expect(fencedBlocks(page, 'p.mdx')).toEqual([{ lang: 'yaml', meta: '', value: 'a: 1', fenceLine: 6, endLine: 8, indents: [2] }]);
  });

  it('fails with the file and line on front matter that is not YAML', () => {
    expect(() => frontMatterOf('---\ntitle: [\n---\n', 'p.mdx')).toThrow(/^p\.mdx:1:1: front matter is not valid YAML/);
  });
});
