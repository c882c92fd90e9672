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
import remarkManifests, { BROKEN_CLASS, brokenTitle } from './manifests';

const fixtures = path.join(__dirname, '__fixtures__/manifests');
const examplesDir = path.join(fixtures, 'examples');
const cwd = path.resolve(__dirname, '../..');

async function build(name: string): Promise<string> {
  const file = path.join(fixtures, name);
  const vfile = new VFile({ path: file, value: fs.readFileSync(file, 'utf8') });
  return String(await compile(vfile, { remarkPlugins: [remarkDirective, [remarkManifests, { examplesDir, cwd }]] }));
}

describe('remark manifests plugin', () => {
  it('builds a page whose manifests and commands are valid, intentional mistakes included', async () => {
    const output = await build('valid-page.mdx');
    expect(output).toContain('kind: Deployment');
  });

  it('marks a block that is broken on purpose with a title and a class, keeping its code', async () => {
    const file = path.join(fixtures, 'valid-page.mdx');
    const markdown = String(
      await unified()
        .use(remarkParse)
        .use(remarkMdx)
        .use(remarkDirective)
        .use(remarkManifests, { examplesDir, cwd })
        .use(remarkStringify)
        .process(new VFile({ path: file, value: fs.readFileSync(file, 'utf8') })),
    );
    expect(markdown).toContain('```yaml expect="unknown-field" title="Broken on purpose (unknown-field): pod.yaml"');
    expect(markdown).toContain('```yaml title="web.yaml" set="web"');
    expect(markdown).toContain('```bash expect="kubectl-command" title="Broken on purpose (kubectl-command)"');
    expect(brokenTitle('unknown-field', undefined)).toBe('Broken on purpose (unknown-field)');
    const output = await build('valid-page.mdx');
    expect(output).toContain(BROKEN_CLASS);
    expect(output).toContain('imagePulPolicy: Always');
  });

  it('fails the build with file:line:column of the Markdown file for a broken block and command', async () => {
    const error = await build('broken-page.mdx').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    const message = error!.message;
    expect(message).toContain('src/remark/__fixtures__/manifests/broken-page.mdx:17:11 error unknown-field unknown field "target port" in spec.ports[0] of Service; did you mean "targetPort"?');
    expect(message).toContain('src/remark/__fixtures__/manifests/broken-page.mdx:23:16 error kubectl-command');
  });

  it('fails the build on a warning too: what the server accepts but that then fails is no example either', async () => {
    await expect(build('warning-page.mdx')).rejects.toThrow('warning-page.mdx:15:3 warning service-selects-nothing');
  });

  it('validates the static/examples file a page shows with ::manifest', async () => {
    await expect(build('broken-example.mdx')).rejects.toThrow(
      'src/remark/__fixtures__/manifests/examples/demo/broken.yaml:7:1 error unknown-field unknown field "datta" of ConfigMap; did you mean "data"?',
    );
  });
});
