/** Every Mermaid text the site ships must pass Mermaid's own parser. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { model } from '../model/model';
import { mermaidBlocks } from '../remark/diagrams';
import { toMermaid } from './mermaid';
import { parseMermaid } from './parse-mermaid';
import { resolveView } from './resolve';
import { walkFiles } from '../util/files';

const root = path.resolve(__dirname, '../..');

function markdownFiles(dir: string): string[] {
  return walkFiles(dir, { include: (file) => /\.mdx?$/.test(file) });
}

describe('mermaid.parse', () => {
  for (const view of model.views) {
    it(`accepts the generated view ${view.id}`, async () => {
      await expect(parseMermaid(toMermaid(resolveView(model, view.id)))).resolves.toBeUndefined();
    });
  }

  it('rejects invalid Mermaid (the check can fail)', async () => {
    await expect(parseMermaid('flowchart TB\n  a -->|x| \n  subgraph\n')).rejects.toThrow();
  });

  const files = [...markdownFiles(path.join(root, 'docs')), ...markdownFiles(path.join(root, 'blog'))];
  const blocks = files.flatMap((file) =>
    mermaidBlocks(fs.readFileSync(file, 'utf8'), file).map((block) => ({ ...block, file: path.relative(root, file) })),
  );
  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block.code] as const))(
    'accepts the hand-written block at %s',
    async (_where, code) => {
      await expect(parseMermaid(code)).resolves.toBeUndefined();
    },
  );
});
