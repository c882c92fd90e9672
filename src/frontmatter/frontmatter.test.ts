import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aliasProblems,
  anchorAliasesOf,
  anchorMovesOf,
  checkChapterSource,
  headingIdProblems,
  listChapterFiles,
  moveProblems,
  PRACTISED_PARTS,
  tryItProblems,
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

  it('reads anchor moves to another page and rejects malformed ones', () => {
    expect([...anchorMovesOf({ anchor_moves: { taints: '/docs/concepts/scheduling#taints' } }).moves]).toEqual([['taints', '/docs/concepts/scheduling#taints']]);
    expect(anchorMovesOf({ anchor_moves: ['taints'] }).errors[0]).toContain('anchor_moves must map');
    expect(anchorMovesOf({ anchor_moves: { taints: 'scheduling#taints' } }).errors[0]).toContain('/docs/concepts/scheduling#taints');
    expect(anchorMovesOf({ anchor_moves: { taints: '/docs/concepts/scheduling' } }).errors).toHaveLength(1);
  });

  it('checks that a moved id is gone from the page and not also an alias', () => {
    const ids = new Set(['volumes']);
    expect(moveProblems(new Map([['taints', '/docs/concepts/scheduling#taints']]), ids, new Map())).toEqual([]);
    expect(moveProblems(new Map([['volumes', '/docs/concepts/scheduling#taints']]), ids, new Map())[0]).toContain('still a heading id');
    expect(moveProblems(new Map([['old', '/docs/concepts/scheduling#taints']]), ids, new Map([['old', 'volumes']]))[0]).toContain('also in anchor_aliases');
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
    const moves = anchorMovesOf(splitFrontMatter(source).frontMatter).moves;
    problems.push(...moveProblems(moves, headingIds, aliases).map((message) => `docs/${file} ${message}`));
    expect(problems).toEqual([]);
  });

  it.each(chapters)('%s moves sections only to headings of other pages that exist', (file) => {
    const { moves } = anchorMovesOf(splitFrontMatter(fs.readFileSync(path.join(docsDir, file), 'utf8')).frontMatter);
    const problems = [...moves].flatMap(([oldId, target]) => {
      const [pagePath = '', id = ''] = target.split('#');
      const page = chapters.find((candidate) => `/docs/${candidate.replace(/\.mdx?$/, '')}` === pagePath);
      if (!page) return [`docs/${file} anchor_moves: "${oldId}" moves to ${pagePath}, which is no page of docs/`];
      const ids = scanHeadings(fs.readFileSync(path.join(docsDir, page), 'utf8')).map((h) => h.id);
      return ids.includes(id) ? [] : [`docs/${file} anchor_moves: "${oldId}" moves to #${id}, which is no heading id of docs/${page}`];
    });
    expect(problems).toEqual([]);
  });
});

describe('Try it', () => {
  const task = (id: string, body = 'Run this.') => [`### Task {/* #${id} */}`, '', body, ''];
  const page = (tasks: string[][], after: string[] = []) =>
    ['## Storage {/* #storage */}', '', 'Text.', '', '## Try it {/* #try-it */}', '', ...tasks.flat(), ...after].join('\n');
  const answer = '<details>\n<summary>Answer</summary>\n\nBecause.\n\n</details>';

  it('accepts three to five tasks with a diagnose task and its folded answer, and a clean-up', () => {
    expect(tryItProblems(page([task('try-a'), task('try-b'), task('try-diagnose-c', answer), task('try-clean-up')]))).toEqual([]);
  });

  it('names what is missing, with the line', () => {
    expect(tryItProblems('## Storage {/* #storage */}\n')).toEqual([{ line: 1, message: expect.stringContaining('no "## Try it') }]);
    expect(tryItProblems(page([task('try-a'), task('try-diagnose-b'), task('try-clean-up')], ['## More {/* #more */}'])).map((p) => p.message)).toEqual([
      '"Try it" must be the last ## section of the chapter',
      '"Try it" has 2 task(s) besides the clean-up: give it three to five',
      '"Task" needs its answer folded away in <details><summary>Answer</summary>',
    ]);
    expect(tryItProblems(page([task('try-a'), task('try-b'), task('try-c')])).map((p) => [p.line, p.message.slice(0, 40)])).toEqual([
      [5, '"Try it" needs one clean-up task (### Cl'],
      [5, '"Try it" needs a "Diagnose this" task on'],
    ]);
  });

  const practised = chapters.filter((file) => PRACTISED_PARTS.some((part) => file.startsWith(`${part}/`)));
  it.each(practised)('%s ends with Try it', (file) => {
    const problems = tryItProblems(fs.readFileSync(path.join(docsDir, file), 'utf8'), file);
    expect(problems.map((p) => `docs/${file}:${p.line} ${p.message}`)).toEqual([]);
  });
});
