/** The committed record and the redirect list are data that others rely on: keep them well-formed. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { redirects } from '../data/redirects';
import { site } from '../data/site';
import { parseRecord } from './update';

const recordFile = path.resolve(__dirname, '..', '..', 'static', 'permalinks.json');
const record = parseRecord(fs.readFileSync(recordFile, 'utf8'), 'static/permalinks.json');
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('static/permalinks.json', () => {
  it('is recorded for this site', () => {
    expect(record.site).toBe(site.url);
  });

  it('lists each page once, with site paths and unique kebab-case anchors', () => {
    const paths = record.pages.map((page) => page.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const page of record.pages) {
      expect(page.path, page.path).toMatch(/^\/(?:[a-z0-9._-]+(?:\/[a-z0-9._-]+)*)?$/);
      expect(page.path.startsWith('/docs/api'), page.path).toBe(false);
      const ids = page.anchors.map((anchor) => anchor.id);
      expect(new Set(ids).size, page.path).toBe(ids.length);
      for (const id of ids) expect(id, `${page.path}#${id}`).toMatch(kebab);
    }
  });

  it('keeps moved pages pointing at recorded pages', () => {
    const live = new Set(record.pages.filter((page) => !page.redirectTo).map((page) => page.path));
    for (const page of record.pages.filter((candidate) => candidate.redirectTo)) {
      expect(live.has(page.redirectTo!), `${page.path} -> ${page.redirectTo}`).toBe(true);
    }
  });
});

describe('src/data/redirects.ts', () => {
  it('maps old site paths to other site paths, once each, without chains', () => {
    const froms = redirects.map((redirect) => redirect.from);
    expect(new Set(froms).size).toBe(froms.length);
    for (const { from, to } of redirects) {
      expect(from).toMatch(/^\/\S*$/);
      expect(to).toMatch(/^\/\S*$/);
      expect(from).not.toBe(to);
      expect(froms.includes(to), `${from} -> ${to} is itself redirected: point at the final page`).toBe(false);
    }
  });
});
