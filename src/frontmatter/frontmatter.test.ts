import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aliasProblems,
  anchorAliasesOf,
  checkChapterSource,
  headingIdProblems,
  listChapterFiles,
  scanHeadings,
  splitFrontMatter,
} from '.';

const fixtures = path.join(__dirname, '__fixtures__');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');
const docsDir = path.resolve(__dirname, '..', '..', 'docs');

describe('chapter front matter', () => {
  it('accepts a complete chapter', () => {
    expect(checkChapterSource(read('good.mdx'), 'good.mdx')).toEqual([]);
  });

  it('names each missing field and a stray h1 with its line', () => {
    const problems = checkChapterSource(read('bad.mdx'), 'bad.mdx');
    expect(problems.map((p) => `${p.line}: ${p.message.split(':')[0]}`)).toEqual([
      '1: front matter needs a `description`',
      '1: front matter needs `objectives`',
      '1: front matter needs a numeric `sidebar_position` (its place in the part)',
      '9: remove the `# ` heading',
    ]);
  });

  it('reads anchor aliases and rejects malformed ones', () => {
    expect([...anchorAliasesOf({ anchor_aliases: { 'old-id': 'new-id' } }).aliases]).toEqual([['old-id', 'new-id']]);
    expect(anchorAliasesOf({ anchor_aliases: ['old-id'] }).errors).toHaveLength(1);
    expect(anchorAliasesOf({ anchor_aliases: { Old: 'new' } }).errors[0]).toContain('kebab-case');
  });
});

describe('heading ids', () => {
  it('finds headings outside code fences, with the id and its syntax', () => {
    expect(scanHeadings(read('good.mdx')).map((h) => [h.line, h.level, h.text, h.id ?? null])).toEqual([
      [14, 2, 'Volumes', 'volumes'],
      [20, 3, 'Access modes', 'access-modes'],
      [22, 4, 'Read-write-once', 'rwo'],
      [24, 5, 'Too deep to need an id', null],
      [26, 2, 'In short', 'in-short'],
    ]);
    expect(headingIdProblems(read('good.mdx'))).toEqual([]);
  });

  it('flags a missing id, the classic syntax, a duplicate and a non-kebab id', () => {
    expect(headingIdProblems(read('bad.mdx')).map((p) => `${p.line}: ${p.message}`)).toEqual([
      expect.stringMatching(/^13: heading "Access modes" has no explicit id: write `### Access modes \{\/\* #some-id \*\/\}`/),
      '15: heading "Claims" uses the classic {#claims} syntax: write {/* #claims */} instead',
      '17: heading id "claims" is already used on line 15',
      '19: heading id "Bad_Id" is not kebab-case (a-z, 0-9, -)',
    ]);
  });

  it('checks that an alias points at a heading and does not shadow one', () => {
    const ids = new Set(['volumes', 'access-modes']);
    expect(aliasProblems(new Map([['modes', 'access-modes']]), ids)).toEqual([]);
    expect(aliasProblems(new Map([['volumes', 'access-modes']]), ids)[0]).toContain('still a heading id');
    expect(aliasProblems(new Map([['old', 'gone']]), ids)[0]).toContain('not a heading id');
  });
});

// The real chapters: every file under docs/ except the generated docs/api/.
const chapters = listChapterFiles(docsDir);

describe('every chapter in docs/', () => {
  it('finds the chapters', () => {
    expect(chapters.length).toBeGreaterThan(0);
    expect(chapters.some((file) => file.startsWith('api/'))).toBe(false);
  });

  it.each(chapters)('%s has a complete front matter and no h1', (file) => {
    const problems = checkChapterSource(fs.readFileSync(path.join(docsDir, file), 'utf8'), file);
    expect(problems.map((p) => `docs/${file}:${p.line} ${p.message}`)).toEqual([]);
  });

  it.each(chapters)('%s gives every h2-h4 heading an explicit {/* #id */}', (file) => {
    const source = fs.readFileSync(path.join(docsDir, file), 'utf8');
    const problems = headingIdProblems(source).map((p) => `docs/${file}:${p.line} ${p.message}`);
    const headingIds = new Set(scanHeadings(source).flatMap((h) => (h.id ? [h.id] : [])));
    const aliases = anchorAliasesOf(splitFrontMatter(source).frontMatter).aliases;
    problems.push(...aliasProblems(aliases, headingIds).map((message) => `docs/${file} ${message}`));
    expect(problems).toEqual([]);
  });
});
