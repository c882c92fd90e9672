/**
 * Code blocks hydrate in place. Docusaurus' stock CodeBlock remounted every block after
 * hydration (one main-thread task growing with the lines of code: Lighthouse TBT 11 s on the
 * mysql chapter); src/theme/CodeBlock drops that remount. The dark theme must still reach them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveBuild, type RunningServer } from '../serve/static-server';
import { launchBrowser, watchPage } from './browser';
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
});
