/**
 * Every page of the book, loaded in one browser tab one after another: it answers 200, shows its
 * title, logs no error, loads every image, and fetches nothing from another host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchPage, type PageWatch } from './browser';
import { docsPages, isApiPage, openSite, siteBuildDir, type Site } from './site';

let site: Site;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  site = await openSite();
  page = await (await site.newContext()).newPage();
  watch = watchPage(page, site.server.url);
});

afterAll(async () => {
  await site?.close();
});

interface PageProblem {
  readonly page: string;
  readonly problem: string;
}

/** Loads `urlPath` and returns what a reader would notice is wrong with it. */
async function visit(urlPath: string): Promise<PageProblem[]> {
  const errorsBefore = watch.consoleErrors.length;
  const foreignBefore = watch.foreignRequests.length;
  const problems: PageProblem[] = [];
  const response = await page.goto(urlPath, { waitUntil: 'load' });
  if (response?.status() !== 200) problems.push({ page: urlPath, problem: `HTTP ${response?.status()}` });
  // Hydration and lazy chunks run after load; give them a moment to fail loudly.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  const h1 = page.locator('h1').first();
  if (!(await h1.isVisible())) problems.push({ page: urlPath, problem: 'no visible h1' });
  const brokenImages = await page.$$eval('img', (imgs) =>
    imgs.filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.getAttribute('src') ?? ''),
  );
  for (const src of brokenImages) problems.push({ page: urlPath, problem: `image did not load: ${src}` });
  for (const error of watch.consoleErrors.slice(errorsBefore)) problems.push({ page: urlPath, problem: `console: ${error}` });
  for (const url of watch.foreignRequests.slice(foreignBefore)) problems.push({ page: urlPath, problem: `request left the site: ${url}` });
  return problems;
}

describe('every page of the book', () => {
  const all = docsPages(siteBuildDir());
  const bookPages = all.filter((p) => !isApiPage(p));

  it('finds the chapters in the build', () => {
    // Four parts of several chapters each; a handful would mean a broken build or sitemap.
    expect(bookPages.length).toBeGreaterThan(20);
    expect(bookPages).toContain('/docs/concepts/storage');
  });

  it(
    'loads each page with a title, no console error, no broken image and no outside request',
    async () => {
      const problems: PageProblem[] = [];
      for (const urlPath of ['/', ...bookPages]) problems.push(...(await visit(urlPath)));
      expect(problems).toEqual([]);
    },
    240_000,
  );

  it('loads an API reference page the same way', async () => {
    const apiPage = all.find((p) => isApiPage(p) && p !== '/docs/api');
    expect(apiPage, 'no /docs/api/* page in the build').toBeDefined();
    expect(await visit(apiPage as string)).toEqual([]);
  });

  it('answers an unknown URL with the site’s 404 page', async () => {
    const response = await page.goto('/docs/no-such-chapter');
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').first().textContent()).toMatch(/not found/i);
  });
});
