/**
 * Code blocks hydrate in place. Docusaurus' stock CodeBlock remounted every block after
 * hydration (one main-thread task growing with the lines of code: Lighthouse TBT 11 s on the
 * mysql chapter); src/theme/CodeBlock drops that remount, and src/theme/CodeBlock/Content renders
 * the lines once. The dark theme and the word-wrap button must still reach them. A block off the
 * screen is not rendered (content-visibility) but keeps the height of its lines. Linked pages are
 * prefetched in idle time (src/client/idle-prefetch.ts), but prefetched all the same. The scripts
 * themselves start after the first frame (src/bundle/after-paint.ts), so the text shows first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveBuild, type RunningServer } from '../serve/static-server';
import { launchBrowser, PHONE, watchPage } from './browser';
import { siteBuildDir } from './site';

const chapter = '/docs/seek-on-kubernetes/mysql';
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveBuild(siteBuildDir());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The chapter on a phone, in a context of its own (close it at the end), watched for errors. */
async function onPhone(waitUntil: 'load' | 'networkidle') {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const watch = watchPage(page, server.url);
  await page.goto(`${server.url}${chapter}`, { waitUntil });
  return { context, page, watch };
}

describe('the page\'s scripts', () => {
  it('are inserted after the first frame, in document order, and hydrate the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, server.url);
    // The time of the first frame and of each script element's insertion, from the first byte on.
    await page.addInitScript(() => {
      const seen = { frame: Number.NaN, scripts: [] as { src: string; at: number }[] };
      (window as unknown as { seen: typeof seen }).seen = seen;
      requestAnimationFrame(() => {
        seen.frame = performance.now();
      });
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof HTMLScriptElement && node.src) seen.scripts.push({ src: new URL(node.src).pathname, at: performance.now() });
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.url}${chapter}`, { waitUntil: 'networkidle' });
    const seen = await page.evaluate(() => (window as unknown as { seen: { frame: number; scripts: { src: string; at: number }[] } }).seen);
    const names = seen.scripts.map((s) => s.src.replace(/^\/assets\/js\//, ''));
    expect(names[0]).toMatch(/^runtime~main\.[0-9a-f]+\.js$/);
    expect(names[1]).toMatch(/^main\.[0-9a-f]+\.js$/);
    expect(names.length).toBeGreaterThan(2);
    // The webpack runtime found the route chunks' elements and inserted no second one.
    expect(new Set(names).size).toBe(names.length);
    for (const script of seen.scripts) expect(script.at).toBeGreaterThan(seen.frame);
    // Hydrated: the color mode toggle works only once React runs.
    const toggle = page.getByRole('button', { name: /Switch between dark and light mode/ });
    const label = await toggle.getAttribute('aria-label');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-label')).not.toBe(label);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('code blocks after hydration', () => {
  it('keep the server-rendered elements instead of being rebuilt', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, server.url);
    // Count code blocks taken out of the document from the first script on.
    await page.addInitScript(() => {
      const removed = { count: 0 };
      (window as unknown as { removedCodeBlocks: typeof removed }).removedCodeBlocks = removed;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.removedNodes) {
            if (node instanceof Element && (node.matches('pre.prism-code') || node.querySelector('pre.prism-code'))) removed.count += 1;
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.url}${chapter}`, { waitUntil: 'networkidle' });
    expect(await page.locator('pre.prism-code').count()).toBeGreaterThan(5);
    expect(await page.evaluate(() => (window as unknown as { removedCodeBlocks: { count: number } }).removedCodeBlocks.count)).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('take the dark Prism theme when the reader prefers dark', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${server.url}${chapter}`, { waitUntil: 'networkidle' });
    const code = page.locator('pre.prism-code').first();
    // Dracula's background, #282a36: the light theme's #f6f8fa from the server render was replaced.
    await expect.poll(() => code.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(40, 42, 54)');
    await context.close();
  });

  it('offer word wrap on a phone where the code is wider than the screen, and wrap it', async () => {
    const { context, page } = await onPhone('networkidle');
    const wrap = page.getByRole('button', { name: /word wrap/i });
    // A block is measured when it is on the screen: scroll through them.
    await scrollEachBlockIntoView(page);
    await expect.poll(() => wrap.count()).toBeGreaterThan(0);
    const block = page.locator('div[class*="codeBlockContent"]').filter({ has: wrap }).first();
    await block.getByRole('button', { name: /word wrap/i }).click();
    expect(await block.locator('code').evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
    await context.close();
  });

  it('keep their height while off the screen and not rendered, so the page does not jump', async () => {
    const { context, page, watch } = await onPhone('networkidle');
    const heights = () => page.evaluate(() => [...document.querySelectorAll('pre.prism-code')].map((pre) => pre.getBoundingClientRect().height));
    const skipped = await page.evaluate(() => [...document.querySelectorAll('pre.prism-code')].filter((pre) => getComputedStyle(pre).contentVisibility === 'auto').length);
    expect(skipped).toBeGreaterThan(5);
    const before = await heights();
    await scrollEachBlockIntoView(page);
    const after = await heights();
    expect(after.length).toBe(before.length);
    for (const [i, height] of after.entries()) expect(Math.abs(height - before[i]!), `block ${i}: ${before[i]} px before, ${height} px rendered`).toBeLessThan(2);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});

/** Scrolls every code block into view, one after the other, waiting for two frames at each. */
async function scrollEachBlockIntoView(page: Page): Promise<void> {
  const count = await page.locator('pre.prism-code').count();
  for (let i = 0; i < count; i++) {
    await page.evaluate(async (index) => {
      document.querySelectorAll('pre.prism-code')[index]!.scrollIntoView();
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }, i);
  }
}

describe('linked pages', () => {
  it('are prefetched once the page is idle, once per page, without errors', async () => {
    const { context, page, watch } = await onPhone('load');
    const prefetched = () => page.evaluate(() => [...document.head.querySelectorAll('link[rel="prefetch"]')].map((l) => l.getAttribute('href')));
    await expect.poll(async () => (await prefetched()).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(watch.consoleErrors).toEqual([]);
    // Asking again for a page, by another section of it, prefetches nothing more.
    const again = await page.evaluate(() => {
      const docusaurus = (window as unknown as { docusaurus: { prefetch(p: string): unknown } }).docusaurus;
      return [docusaurus.prefetch('/docs/reference/glossary#pod-x'), docusaurus.prefetch('/docs/reference/glossary#pod-y')];
    });
    expect(again[1]).toBe(false);
    await context.close();
  });
});

describe('the menu on a phone', () => {
  it('opens the book sidebar, mounted after hydration in idle time, and leads to a chapter', async () => {
    const { context, page, watch } = await onPhone('load');
    // Mounted, closed, before the reader asks for it: the slide-in needs it in the page.
    await expect.poll(() => page.locator('.navbar-sidebar').count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: /toggle navigation bar/i }).click();
    const sidebar = page.locator('.navbar-sidebar');
    await expect.poll(() => sidebar.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    await sidebar.getByRole('link', { name: 'Storage', exact: true }).click();
    await page.waitForURL(/\/docs\/concepts\/storage$/);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});

