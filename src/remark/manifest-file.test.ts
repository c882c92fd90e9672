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
import remarkManifestFile, { COMPONENT_NAME, languageOf } from './manifest-file';

const fixtures = path.join(__dirname, '__fixtures__/manifest-file');
const examplesDir = path.join(fixtures, 'examples');

function fixture(name: string): VFile {
  const file = path.join(fixtures, name);
  return new VFile({ path: file, value: fs.readFileSync(file, 'utf8') });
}

async function transform(name: string): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkDirective)
    .use(remarkManifestFile, { examplesDir })
    .use(remarkStringify);
  return String(await processor.process(fixture(name)));
}

describe('::manifest directive', () => {
  it('replaces each directive with the component, the file text, its path and language', async () => {
    const output = await transform('one-file.md');
    const expected = fs.readFileSync(path.join(fixtures, 'one-file.expected.mdx'), 'utf8');
    expect(output).toBe(expected);
  });

  it('imports the component once per page and leaves other directives alone', async () => {
    const output = await transform('one-file.md');
    expect(output.match(/^import /gm)).toHaveLength(1);
    expect(output).toContain('::diagram{view="storage"}');
  });

  it('compiles with MDX into a call of the imported component', async () => {
    const compiled = String(
      await compile(fixture('one-file.md'), {
        remarkPlugins: [remarkDirective, [remarkManifestFile, { examplesDir }]],
      }),
    );
    expect(compiled).toContain(`import ${COMPONENT_NAME} from "@site/src/components/ManifestFile"`);
    expect(compiled).toContain(`_jsx(${COMPONENT_NAME}, {`);
    expect(compiled).toContain('path: "demo/web.yaml"');
    expect(compiled).toContain('app.kubernetes.io/name: web');
  });

  it('fails on an unknown file with file:line:column', async () => {
    await expect(transform('unknown-file.md')).rejects.toThrow(
      `${path.join(fixtures, 'unknown-file.md')}:5:3: ::manifest file "demo/missing.yaml" does not exist under static/examples/`,
    );
  });

  it('fails when the file attribute is missing', async () => {
    await expect(transform('no-attribute.md')).rejects.toThrow(/no-attribute\.md:1:1: ::manifest needs a file attribute/);
  });

  it('refuses a path that leaves the examples folder', async () => {
    await expect(transform('outside.md')).rejects.toThrow(/outside\.md:1:1: ::manifest file "\.\.\/one-file\.md" points outside/);
  });

  it('does nothing to a page without the directive', async () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkManifestFile, { examplesDir }).use(remarkStringify);
    expect(String(await processor.process('Just text.\n'))).toBe('Just text.\n');
  });
});

describe('languageOf', () => {
  it('maps the file types of the examples to Prism languages', () => {
    expect(languageOf('a/b.yaml')).toBe('yaml');
    expect(languageOf('values.schema.json')).toBe('json');
    expect(languageOf('templates/_helpers.tpl')).toBe('text');
    expect(languageOf('templates/NOTES.txt')).toBe('text');
    expect(languageOf('README.md')).toBe('markdown');
    expect(languageOf('base/seek-db.env')).toBe('ini');
    expect(languageOf('LICENSE')).toBe('text');
  });
});
