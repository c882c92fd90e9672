import fs from 'node:fs';
import path from 'node:path';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Heading, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { model } from '../model/model';
import type { Model } from '../model/types';
import remarkGlossary from './glossary';

const fixtures = path.join(__dirname, '__fixtures__/glossary');
const docsDir = path.join(fixtures, 'docs');

const small: Model = {
  ...model,
  concepts: model.concepts.filter((concept) => ['pod', 'node', 'persistent-volume-claim'].includes(concept.id)),
};

async function tree(m: Model): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkGlossary, { model: m, docsDir });
  return (await processor.run(processor.parse(fs.readFileSync(path.join(fixtures, 'page.md'), 'utf8')))) as Root;
}

describe('::glossary', () => {
  it('expands into category and concept headings with the concept ids as anchors', async () => {
    const output = String(
      await unified().use(remarkParse).use(remarkDirective).use(remarkGlossary, { model: small, docsDir }).use(remarkStringify).process(
        fs.readFileSync(path.join(fixtures, 'page.md'), 'utf8'),
      ),
    );
    expect(output).toBe(fs.readFileSync(path.join(fixtures, 'page.expected.md'), 'utf8'));
    const ids: string[] = [];
    visit(await tree(small), 'heading', (heading: Heading) => {
      const id = (heading.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
      if (id) ids.push(id);
    });
    expect(output).toContain('[Storage](/docs/concepts/storage#persistent-volumes)');
    expect(output).toContain('[Architecture](/docs/concepts/architecture#node-components)');
    expect(ids).toEqual(['infrastructure-terms', 'node', 'workload-terms', 'pod', 'storage-terms', 'persistent-volume-claim']);
  });

  it('has one entry per concept of the model, and unique anchors', async () => {
    const ids: string[] = [];
    visit(await tree(model), 'heading', (heading: Heading) => {
      if (heading.depth === 3) ids.push((heading.data as { hProperties: { id: string } }).hProperties.id);
    });
    expect(ids.sort()).toEqual(model.concepts.map((concept) => concept.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });
});
