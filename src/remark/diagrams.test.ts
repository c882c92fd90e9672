import fs from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkDiagrams, { DIAGRAM_COMPONENT, mermaidBlocks } from './diagrams';
import { parseFenceMeta } from '../markdown/source';

const fixtures = path.join(__dirname, '__fixtures__/diagrams');

function fixture(name: string): VFile {
  const file = path.join(fixtures, name);
  return new VFile({ path: file, value: fs.readFileSync(file, 'utf8') });
}

async function transform(name: string, options = {}): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkDiagrams, options).use(remarkStringify);
  return String(await processor.process(fixture(name)));
}

/** SVG and text attributes are long and covered by the golden tests; the fixture shows their start. */
function abbreviate(output: string): string {
  return output
    .replace(/svg="(<svg [^"]{0,40})[^"]*"/g, 'svg="$1…"')
    .replace(/text="([^"\n]{0,30})[^"]*"/g, 'text="$1…"');
}

describe('::diagram and ```mermaid', () => {
  it('turns a view and a mermaid block into figures, leaving other code alone', async () => {
    const output = abbreviate(await transform('view.md'));
    const expected = fs.readFileSync(path.join(fixtures, 'view.expected.mdx'), 'utf8');
    expect(output).toBe(expected);
  });

  it('puts accessible, theme-following SVG and the text version in the figure', async () => {
    const output = await transform('view.md');
    expect(output).toMatch(/svg="<svg [^"]*role=&#x22;img&#x22;|svg="<svg [^"]*role=\\?"img/);
    expect(output).toContain('Pod 1');
    expect(output).toContain('+- Deployment');
    expect(output).not.toMatch(/fill="#000|fill=\\"#000/);
  });

  it('fails on an unknown view with file:line:column and the known ids', async () => {
    await expect(transform('unknown-view.md')).rejects.toThrow(
      `${path.join(fixtures, 'unknown-view.md')}:5:3: unknown diagram view "storage-map". Known views: concept-map, cluster-architecture,`,
    );
  });

  it('draws example manifests with graphFromExamples', async () => {
    const root = path.join(__dirname, '../diagrams/__fixtures__');
    const dirs = fs.existsSync(root) ? fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory()) : [];
    expect(dirs.length).toBeGreaterThan(0);
    const file = new VFile({ path: 'x.md', value: `::diagram{examples="${dirs[0]}"}\n` });
    const out = String(
      await unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkDiagrams, { examplesRoot: root }).use(remarkStringify).process(file),
    );
    expect(out).toContain(`<${DIAGRAM_COMPONENT}`);
    const missing = new VFile({ path: 'y.md', value: '\n::diagram{examples="no/such/folder"}\n' });
    await expect(
      unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkDiagrams, { examplesRoot: root }).use(remarkStringify).process(missing),
    ).rejects.toThrow(/^y\.md:2:1: /);
  });

  it('compiles with MDX into one import and calls of the component', async () => {
    const compiled = String(await compile(fixture('view.md'), { remarkPlugins: [remarkDirective, remarkDiagrams] }));
    expect(compiled.match(new RegExp(`^import ${DIAGRAM_COMPONENT} `, 'gm'))).toHaveLength(1);
    expect(compiled).toContain(`import ${DIAGRAM_COMPONENT} from "@site/src/components/Diagram"`);
    expect(compiled.match(new RegExp(`_jsx\\(${DIAGRAM_COMPONENT}, \\{`, 'g'))).toHaveLength(2);
  });

  it('finds mermaid blocks with their lines and reads code meta', () => {
    expect(mermaidBlocks(fs.readFileSync(path.join(fixtures, 'view.md'), 'utf8'))).toEqual([
      {
        line: 7,
        code: 'sequenceDiagram\n  participant D as Deployment\n  participant New as ReplicaSet v2\n  D->>New: scale up\n  New-->>D: Pods ready',
      },
    ]);
    expect(parseFenceMeta('title="A b" caption="C"')).toEqual({ title: 'A b', caption: 'C' });
  });

  it('closes a block only where the page compiler does: not at a shorter fence, never inside an MDX comment', () => {
    const page = ['````mermaid', 'graph LR', '```', 'A --> B', '````', '', '{/*', '```mermaid', 'graph TD', '```', '*/}', ''].join('\n');
    expect(mermaidBlocks(page, 'p.mdx')).toEqual([{ line: 1, code: 'graph LR\n```\nA --> B' }]);
  });
});
