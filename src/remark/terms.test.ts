import fs from 'node:fs';
import path from 'node:path';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { conceptById } from '../model/concepts';
import remarkTerms from './terms';

const fixtures = path.join(__dirname, '__fixtures__/terms');

async function transform(name: string): Promise<string> {
  const file = path.join(fixtures, name);
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkTerms).use(remarkStringify);
  return String(await processor.process(new VFile({ path: file, value: fs.readFileSync(file, 'utf8') })));
}

describe(':term', () => {
  it('becomes a GlossaryTerm with the short definition and the teaching page', async () => {
    const output = await transform('terms.md');
    expect(output).toBe(fs.readFileSync(path.join(fixtures, 'terms.expected.mdx'), 'utf8'));
  });

  it('matches ids exactly: pod is not pod-disruption-budget', async () => {
    const output = await transform('terms.md');
    expect(output).toContain(`short="${conceptById.get('pod')!.short}"`);
    expect(output).toContain(`short="${conceptById.get('pod-disruption-budget')!.short}"`);
    expect(output.match(/id="pod"/g)).toHaveLength(1);
  });

  it('fails on an unknown id with file:line:column and suggestions, never by prefix', async () => {
    await expect(transform('prefix.md')).rejects.toThrow(
      `${path.join(fixtures, 'prefix.md')}:3:17: unknown term id "pods". Did you mean:`,
    );
  });
});
