import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { model } from '../model/model';
import { parseMermaid } from './parse-mermaid';
import { writeDiagramFiles } from './write';

describe('writeDiagramFiles', () => {
  it('writes .mmd, .svg and .txt for every view, valid Mermaid, and removes stale files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diagrams-'));
    fs.writeFileSync(path.join(dir, 'old-view.svg'), '<svg/>');
    const { views, files } = writeDiagramFiles(model, dir);
    expect(views).toBe(model.views.length);
    expect(files).toHaveLength(3 * model.views.length);
    expect(fs.existsSync(path.join(dir, 'old-view.svg'))).toBe(false);
    for (const view of model.views) {
      for (const extension of ['mmd', 'svg', 'txt']) expect(fs.existsSync(path.join(dir, `${view.id}.${extension}`))).toBe(true);
    }
    await expect(parseMermaid(fs.readFileSync(path.join(dir, 'storage.mmd'), 'utf8'))).resolves.toBeUndefined();
    fs.rmSync(dir, { recursive: true });
  });
});
