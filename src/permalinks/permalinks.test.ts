import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// The plugin's own redirect page writer, so the fixture redirect is exactly what a build serves.
import createRedirectPageContent from '@docusaurus/plugin-client-redirects/lib/createRedirectPageContent';
import { checkPermalinks, parseRecord, readBuiltSite, serializeRecord, updateRecord, urlPathOfFile } from '.';
import type { PermalinkRecord } from '.';

const fixture = path.join(__dirname, '__fixtures__', 'site');
const root = path.resolve(__dirname, '..', '..');
const siteUrl = 'https://example.org';

let site: string;
beforeEach(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'permalinks-'));
  fs.cpSync(fixture, site, { recursive: true });
});
afterEach(() => fs.rmSync(site, { recursive: true, force: true }));

const storage = () => path.join(site, 'docs', 'concepts', 'storage.html');
function edit(file: string, change: (html: string) => string): void {
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
}
function recordOf(dir: string): PermalinkRecord {
  return updateRecord(undefined, readBuiltSite(dir), { siteUrl }).record;
}
function writeRedirect(from: string, to: string): void {
  // trailingSlash: false puts the redirect for /a/b at a/b/index.html.
  const file = path.join(site, ...from.split('/').filter(Boolean), 'index.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, createRedirectPageContent({ toUrl: to }));
}
const removeAccessModes = (html: string) => html.replace(/<h3[^]*?id=access-modes[^]*?<\/h3>/, '');

describe('reading a built site', () => {
  it('maps files to URL paths the way trailingSlash: false serves them', () => {
    expect(urlPathOfFile('index.html')).toBe('/');
    expect(urlPathOfFile('docs/concepts.html')).toBe('/docs/concepts');
    expect(urlPathOfFile('docs/old/index.html')).toBe('/docs/old');
    expect(urlPathOfFile('img/logo.svg')).toBeUndefined();
  });

  it('records docs, categories, blog posts and pages, but not search or generated API pages', () => {
    const built = readBuiltSite(site);
    expect([...built.pages.keys()].sort()).toEqual([
      '/',
      '/blog/why-this-site',
      '/docs/concepts',
      '/docs/concepts/networking',
      '/docs/concepts/storage',
    ]);
    const page = built.pages.get('/docs/concepts/storage')!;
    expect(page.kind).toBe('doc');
    expect(page.title).toBe('Storage');
    // Heading text without the hash link's zero-width space or the copy button's label.
    expect(page.anchors).toEqual([
      { id: 'volumes', title: 'Volumes', level: 2 },
      { id: 'access-modes', title: 'Access modes', level: 3 },
      { id: 'in-short', title: 'In short', level: 2 },
    ]);
    expect(built.pages.get('/docs/concepts')!.kind).toBe('category');
    expect(built.pages.get('/docs/concepts')!.anchors).toEqual([]);
  });

  it('fails clearly when there is no build', () => {
    expect(() => readBuiltSite(path.join(site, 'nowhere'))).toThrow(/No built site .*npm run build/);
  });
});

describe('checking recorded links', () => {
  it('passes on the site the record was made from', () => {
    const record = recordOf(site);
    const result = checkPermalinks(record, readBuiltSite(site));
    expect(result.problems).toEqual([]);
    expect(result.unrecorded).toEqual([]);
  });

  it('fails naming the anchor when a recorded heading is removed, and passes once an alias keeps it', () => {
    const record = recordOf(site);
    edit(storage(), removeAccessModes);
    const broken = checkPermalinks(record, readBuiltSite(site));
    expect(broken.problems.map((p) => p.link)).toEqual(['/docs/concepts/storage#access-modes']);
    expect(broken.problems[0]!.message).toMatch(/anchor #access-modes \("Access modes"\).*anchor_aliases/);

    // What the swizzled Heading renders for `anchor_aliases: { access-modes: volumes }`.
    edit(storage(), (html) =>
      html.replace('id=volumes>Volumes', 'id=volumes>Volumes<span id=access-modes data-anchor-alias-for=volumes></span>'),
    );
    const fixed = checkPermalinks(record, readBuiltSite(site));
    expect(fixed.problems).toEqual([]);
    expect(fixed.resolutions).toEqual([
      { link: '/docs/concepts/storage#access-modes', via: 'alias', target: '/docs/concepts/storage#volumes' },
    ]);
  });

  it('rejects an alias that points at no heading', () => {
    const record = recordOf(site);
    edit(storage(), (html) =>
      removeAccessModes(html).replace('id=volumes>', 'id=volumes><span id=access-modes data-anchor-alias-for=gone></span>'),
    );
    const result = checkPermalinks(record, readBuiltSite(site));
    expect(result.problems).toMatchObject([{ kind: 'broken-alias', link: '/docs/concepts/storage#access-modes' }]);
  });

  it('follows a section that moved to another page (anchor_moves), and rejects a move to no heading', () => {
    const record = recordOf(site);
    const networking = path.join(site, 'docs', 'concepts', 'networking.html');
    const targetId = /<h2[^>]*id=([a-z-]+)/.exec(fs.readFileSync(networking, 'utf8'))![1]!;
    // What src/remark/anchor-aliases.ts renders for `anchor_moves: { access-modes: /docs/concepts/networking#<id> }`.
    const move = (target: string) => (html: string) => removeAccessModes(html).replace('</article>', `<span id=access-modes data-anchor-alias-for="${target}"></span></article>`);
    edit(storage(), move(`/docs/concepts/networking#${targetId}`));
    const moved = checkPermalinks(record, readBuiltSite(site));
    expect(moved.problems).toEqual([]);
    expect(moved.resolutions).toEqual([
      { link: '/docs/concepts/storage#access-modes', via: 'alias', target: `/docs/concepts/networking#${targetId}` },
    ]);
    expect(updateRecord(record, readBuiltSite(site), { siteUrl }).record.pages.find((p) => p.path === '/docs/concepts/storage')!.anchors)
      .toContainEqual(expect.objectContaining({ id: 'access-modes', aliasOf: `/docs/concepts/networking#${targetId}` }));

    fs.cpSync(fixture, site, { recursive: true });
    edit(storage(), move('/docs/concepts/networking#gone'));
    expect(checkPermalinks(record, readBuiltSite(site)).problems).toMatchObject([
      { kind: 'broken-alias', link: '/docs/concepts/storage#access-modes', message: expect.stringContaining('moved to /docs/concepts/networking#gone, which is not a heading') },
    ]);
    fs.cpSync(fixture, site, { recursive: true });
    edit(storage(), move('/docs/concepts/nowhere#x'));
    expect(checkPermalinks(record, readBuiltSite(site)).problems[0]!.message).toMatch(/moved to \/docs\/concepts\/nowhere#x, but page \/docs\/concepts\/nowhere is missing/);
  });

  it('fails naming the page when a page disappears, and passes once a redirect maps it', () => {
    const record = recordOf(site);
    fs.mkdirSync(path.join(site, 'docs', 'storage'), { recursive: true });
    fs.renameSync(storage(), path.join(site, 'docs', 'storage.html'));
    const broken = checkPermalinks(record, readBuiltSite(site));
    expect(broken.problems).toMatchObject([{ kind: 'missing-page', link: '/docs/concepts/storage' }]);
    expect(broken.problems[0]!.message).toMatch(/no redirect maps it.*src\/data\/redirects\.ts/);

    writeRedirect('/docs/concepts/storage', '/docs/storage');
    const fixed = checkPermalinks(record, readBuiltSite(site));
    expect(fixed.problems).toEqual([]);
    expect(fixed.resolutions).toContainEqual({ link: '/docs/concepts/storage', via: 'redirect', target: '/docs/storage' });
  });

  it('checks the anchors of a moved page on the page it redirects to', () => {
    const record = recordOf(site);
    fs.writeFileSync(path.join(site, 'docs', 'storage.html'), removeAccessModes(fs.readFileSync(storage(), 'utf8')));
    fs.rmSync(storage());
    writeRedirect('/docs/concepts/storage', '/docs/storage');
    const result = checkPermalinks(record, readBuiltSite(site));
    expect(result.problems.map((p) => p.link)).toEqual(['/docs/concepts/storage#access-modes']);
    expect(result.problems[0]!.message).toContain('on /docs/storage, where the page redirects');
  });

  it('reports a redirect whose target is gone', () => {
    const record = recordOf(site);
    fs.rmSync(storage());
    writeRedirect('/docs/concepts/storage', '/docs/nowhere');
    expect(checkPermalinks(record, readBuiltSite(site)).problems).toMatchObject([
      { kind: 'broken-redirect', link: '/docs/concepts/storage' },
    ]);
  });

  it('lists new pages and anchors as unrecorded without failing', () => {
    const record = recordOf(site);
    edit(storage(), (html) => html.replace('<h2 class="anchor anchorTargetStickyNavbar_Vzrq" id=in-short>', '<h2 id=claims>Claims</h2>$&'));
    const result = checkPermalinks(record, readBuiltSite(site));
    expect(result.problems).toEqual([]);
    expect(result.unrecorded).toEqual(['/docs/concepts/storage#claims']);
  });
});

describe('updating the record', () => {
  it('adds new anchors in page order and keeps aliased and redirected promises', () => {
    const first = recordOf(site);
    edit(storage(), (html) =>
      removeAccessModes(html)
        .replace('id=volumes>Volumes', 'id=volumes>Volumes<span id=access-modes data-anchor-alias-for=volumes></span>')
        .replace('<h2 class="anchor anchorTargetStickyNavbar_Vzrq" id=in-short>', '<h2 id=claims>Claims</h2>$&'),
    );
    fs.renameSync(path.join(site, 'docs', 'concepts', 'networking.html'), path.join(site, 'docs', 'networking.html'));
    writeRedirect('/docs/concepts/networking', '/docs/networking');

    const next = updateRecord(first, readBuiltSite(site), { siteUrl });
    expect(next.broken).toEqual([]);
    const storagePage = next.record.pages.find((p) => p.path === '/docs/concepts/storage')!;
    expect(storagePage.anchors.map((a) => [a.id, a.aliasOf])).toEqual([
      ['volumes', undefined],
      ['claims', undefined],
      ['in-short', undefined],
      ['access-modes', 'volumes'],
    ]);
    const moved = next.record.pages.find((p) => p.path === '/docs/concepts/networking')!;
    expect(moved.redirectTo).toBe('/docs/networking');
    expect(next.record.pages.some((p) => p.path === '/docs/networking')).toBe(true);
    // The new record round-trips and passes its own check.
    const reread = parseRecord(serializeRecord(next.record), 'test');
    expect(checkPermalinks(reread, readBuiltSite(site)).problems).toEqual([]);
  });

  it('reports links that would be dropped', () => {
    const first = recordOf(site);
    edit(storage(), removeAccessModes);
    const next = updateRecord(first, readBuiltSite(site), { siteUrl });
    expect(next.broken.map((p) => p.link)).toEqual(['/docs/concepts/storage#access-modes']);
    expect(next.record.pages.find((p) => p.path === '/docs/concepts/storage')!.anchors.map((a) => a.id)).toEqual([
      'volumes',
      'in-short',
    ]);
  });
});

describe('npm run check:permalinks (the command line)', () => {
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'permalinks.ts'), ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  const run = (...args: string[]): { code: number; output: string } => {
    try {
      return { code: 0, output: cli(...args) };
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      return { code: failure.status, output: failure.stdout + failure.stderr };
    }
  };

  it('updates, fails naming a removed anchor, passes with an alias, and fails clearly without a build', () => {
    const record = path.join(site, 'permalinks.json');
    const build = path.join(site, 'build');
    fs.mkdirSync(build);
    for (const entry of fs.readdirSync(site)) {
      if (entry !== 'build' && entry !== 'permalinks.json') fs.renameSync(path.join(site, entry), path.join(build, entry));
    }
    const args = ['--build', build, '--record', record];
    expect(run('--update', ...args)).toMatchObject({ code: 0, output: expect.stringMatching(/5 pages, 6 anchors/) });
    expect(run(...args).code).toBe(0);

    edit(path.join(build, 'docs', 'concepts', 'storage.html'), removeAccessModes);
    const failed = run(...args);
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('/docs/concepts/storage#access-modes');
    expect(run('--update', ...args).code).toBe(1);

    edit(path.join(build, 'docs', 'concepts', 'storage.html'), (html) =>
      html.replace('id=volumes>Volumes', 'id=volumes>Volumes<span id=access-modes data-anchor-alias-for=volumes></span>'),
    );
    expect(run(...args)).toMatchObject({ code: 0, output: expect.stringContaining('(alias)') });

    const missing = run('--build', path.join(site, 'no-build'), '--record', record);
    expect(missing.code).toBe(2);
    expect(missing.output).toMatch(/No built site .*npm run build/);
  });
});

describe('parseRecord', () => {
  const page = { path: '/docs/a', title: 'A', kind: 'doc', anchors: [{ id: 'one', title: 'One', level: 2 }] };
  const text = (pages: unknown[]) => JSON.stringify({ description: 'd', site: siteUrl, pages });

  it('reads a well-formed record', () => {
    expect(parseRecord(text([page]), 'permalinks.json').pages).toEqual([page]);
  });

  it('names the file when it is not JSON or not a record', () => {
    expect(() => parseRecord('{"site": ', 'static/permalinks.json')).toThrow(/^static\/permalinks\.json is not valid JSON: /);
    expect(() => parseRecord('[]', 'static/permalinks.json')).toThrow('static/permalinks.json is not a permalink record');
  });

  it('names the file and the bad entry', () => {
    expect(() => parseRecord(text([page, { ...page, path: '/docs/b', kind: 'chapter' }]), 'p.json')).toThrow(
      'p.json: pages[1] (/docs/b) has "kind" "chapter", not one of',
    );
    expect(() => parseRecord(text([{ ...page, anchors: [{ id: 'one', title: 'One', level: 5 }] }]), 'p.json')).toThrow(
      'p.json: pages[0] (/docs/a) anchors[0] (#one) has "level" 5, not 2, 3 or 4',
    );
    expect(() => parseRecord(text([page, 'x']), 'p.json')).toThrow('p.json: pages[1] is not an object');
    expect(() => parseRecord(text([{ ...page, anchors: [{ title: 'One', level: 2 }] }]), 'p.json')).toThrow('p.json: pages[0] (/docs/a) anchors[0] has no "id" string');
  });
});
