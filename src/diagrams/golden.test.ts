/**
 * Golden files: each view's Mermaid and ASCII output is compared with a committed copy, so any
 * change to a diagram shows up in review. Regenerate with `UPDATE_GOLDEN=1 npx vitest run src/diagrams`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { model } from '../model/model';
import { toAscii } from './ascii';
import { toMermaid } from './mermaid';
import { resolveView } from './resolve';

const goldenDir = path.join(__dirname, '__golden__');
const update = process.env.UPDATE_GOLDEN === '1';

function compare(file: string, actual: string): void {
  const target = path.join(goldenDir, file);
  if (update) {
    fs.mkdirSync(goldenDir, { recursive: true });
    fs.writeFileSync(target, actual);
    return;
  }
  expect(fs.existsSync(target), `${file} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(fs.readFileSync(target, 'utf8'));
}

describe('golden diagrams', () => {
  for (const view of model.views) {
    it(`${view.id}: Mermaid matches ${view.id}.mmd`, () => {
      compare(`${view.id}.mmd`, toMermaid(resolveView(model, view.id)));
    });
    it(`${view.id}: ASCII matches ${view.id}.txt`, () => {
      compare(`${view.id}.txt`, toAscii(resolveView(model, view.id), { header: true }));
    });
  }

  it('has no golden file for a view that no longer exists', () => {
    const expected = new Set(model.views.flatMap((view) => [`${view.id}.mmd`, `${view.id}.txt`]));
    const stale = fs.readdirSync(goldenDir).filter((file) => !expected.has(file));
    expect(stale).toEqual([]);
  });
});
