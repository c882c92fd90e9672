import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkChapterSource } from './chapter';
import { headingIdProblems } from './headings';
import { chapterSource, createChapter, nextSidebarPosition, slugify } from './scaffold';

const root = path.resolve(__dirname, '..', '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

let docsDir: string;
beforeEach(() => {
  docsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-chapter-'));
});
afterEach(() => fs.rmSync(docsDir, { recursive: true, force: true }));

describe('new chapter scaffold', () => {
  it('makes a file name from the title', () => {
    expect(slugify('Pod disruption budgets')).toBe('pod-disruption-budgets');
    expect(slugify('  Helm & Kustomize: côté à côté! ')).toBe('helm-kustomize-cote-a-cote');
  });

  it('places the chapter after the last one of its part', () => {
    const part = path.join(docsDir, 'concepts');
    expect(nextSidebarPosition(part)).toBe(1);
    fs.mkdirSync(part);
    fs.writeFileSync(path.join(part, 'a.mdx'), '---\ntitle: A\nsidebar_position: 7\n---\n');
    fs.writeFileSync(path.join(part, 'b.mdx'), '---\ntitle: B\nsidebar_position: 3\n---\n');
    expect(createChapter(docsDir, 'concepts', { title: 'Pod disruption budgets' })).toMatchObject({
      slug: 'pod-disruption-budgets',
      sidebarPosition: 8,
    });
    expect(() => createChapter(docsDir, 'concepts', { title: 'Pod disruption budgets' })).toThrow(/already exists/);
  });

  it('passes the front matter and heading-id checks as generated', () => {
    const source = chapterSource({ title: 'Pod disruption budgets: "keep two"', sidebarPosition: 4 });
    expect(checkChapterSource(source, 'new.mdx')).toEqual([]);
    expect(headingIdProblems(source)).toEqual([]);
    expect(source).toMatch(/^## In short \{\/\* #in-short \*\/\}$/m);
  });

  it('passes markdownlint and cspell with the project configuration, through the npm script', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'new-chapter.ts'), '--part', 'concepts', '--title', 'Pod disruption budgets', '--docs-dir', docsDir],
      { encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(docsDir, 'concepts', 'pod-disruption-budgets.mdx');
    execFileSync(bin('markdownlint-cli2'), ['--no-globs', '--config', path.join(root, '.markdownlint-cli2.jsonc'), `:${file}`], {
      cwd: root,
      stdio: 'pipe',
    });
    const spell = spawnSync(bin('cspell'), ['--no-progress', '--config', path.join(root, 'cspell.json'), 'stdin://chapter.mdx'], {
      cwd: root,
      input: fs.readFileSync(file, 'utf8'),
      encoding: 'utf8',
    });
    expect(spell.status, spell.stdout).toBe(0);
    expect(spell.stderr).toContain('Files checked: 1, Issues found: 0');
  }, 60_000);

  it('rejects an unknown part', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'new-chapter.ts'), '--part', 'nowhere', '--title', 'X', '--docs-dir', docsDir],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown part "nowhere"');
  });
});
