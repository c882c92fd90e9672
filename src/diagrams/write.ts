/** Writes every view as <id>.mmd, <id>.svg and <id>.txt, for slides, handouts and print. */
import fs from 'node:fs';
import path from 'node:path';
import type { Model } from '../model/types';
import { renderAllViews } from './render';

export interface WrittenDiagrams {
  readonly views: number;
  readonly files: readonly string[];
}

export function writeDiagramFiles(model: Model, outDir: string): WrittenDiagrams {
  fs.mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  const rendered = renderAllViews(model);
  const expected = new Set<string>();
  for (const view of rendered) {
    for (const [extension, content] of [
      ['mmd', `%% ${view.title}. ${view.caption}\n${view.mermaid}`],
      ['svg', view.svg],
      ['txt', view.text],
    ] as const) {
      const file = path.join(outDir, `${view.id}.${extension}`);
      expected.add(path.basename(file));
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content) fs.writeFileSync(file, content);
      files.push(file);
    }
  }
  // A removed or renamed view leaves no stale file behind.
  for (const name of fs.readdirSync(outDir)) {
    if (/\.(mmd|svg|txt)$/.test(name) && !expected.has(name)) fs.rmSync(path.join(outDir, name));
  }
  return { views: rendered.length, files };
}
