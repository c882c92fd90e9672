/**
 * Site-wide promises about static/examples: every file is shown or linked by a page, every page
 * reference points at a file that exists, and no example runs an image without a pinned tag.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imagesInExamples, listExampleFiles, listPages, shownExamples, unpinnedReason } from './inventory';

const siteRoot = path.resolve(__dirname, '../..');
const examples = path.join(siteRoot, 'static/examples');
const files = listExampleFiles(examples);
const pages = listPages([path.join(siteRoot, 'docs'), path.join(siteRoot, 'blog')]);
const shown = shownExamples(pages);

describe('unpinnedReason', () => {
  it('accepts a tag or a digest and refuses no tag or latest', () => {
    expect(unpinnedReason('fairdom/seek:1.18')).toBeUndefined();
    expect(unpinnedReason('registry.example.org:5000/team/app:2.1')).toBeUndefined();
    expect(unpinnedReason(`mysql@sha256:${'a'.repeat(64)}`)).toBeUndefined();
    expect(unpinnedReason('fairdom/seek')).toMatch(/no tag/);
    expect(unpinnedReason('registry.example.org:5000/team/app')).toMatch(/no tag/);
    expect(unpinnedReason('solr:latest')).toMatch(/latest/);
  });
});

describe('static/examples', () => {
  it('holds example files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('runs no image without a pinned tag', () => {
    const uses = imagesInExamples(examples);
    expect(uses.length).toBeGreaterThan(0);
    const bad = uses.filter((u) => unpinnedReason(u.image)).map((u) => `${u.file}: ${u.image} ${unpinnedReason(u.image)}`);
    expect(bad).toEqual([]);
  });

  it('has every file shown (::manifest) or linked (/examples/...) by at least one page', () => {
    const unshown = files.filter((f) => !shown.has(f));
    expect(unshown, `not shown by any page in docs/ or blog/:\n${unshown.join('\n')}`).toEqual([]);
  });

  it('is referred to only at paths that exist', () => {
    const missing = [...shown.entries()]
      .filter(([file]) => !fs.existsSync(path.join(examples, file)))
      .map(([file, where]) => `/examples/${file} (in ${where.map((p) => path.relative(siteRoot, p)).join(', ')})`);
    expect(missing).toEqual([]);
  });
});

describe('shownExamples', () => {
  it('counts ::manifest files and site links, not source paths', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shown-'));
    const page = path.join(dir, 'page.mdx');
    fs.writeFileSync(
      page,
      [
        '::manifest{file="seek/a.yaml"}',
        '[download](/examples/seek/b.yaml) and https://site.example/examples/seek/c.yaml#top',
        'tests in src/examples/chart.test.ts read static/examples/seek/d.yaml',
      ].join('\n'),
    );
    expect([...shownExamples([page]).keys()].sort()).toEqual(['seek/a.yaml', 'seek/b.yaml', 'seek/c.yaml']);
  });
});
