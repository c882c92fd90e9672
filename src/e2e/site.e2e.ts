/**
 * What a reader sees, in a real browser over the production build: pages load without errors,
 * search answers offline, and nothing is fetched from another host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { serveBuild, type RunningServer } from '../serve/static-server';
import { launchBrowser, watchPage } from './browser';
import { siteBuildDir } from './site';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveBuild(siteBuildDir());
  browser = await launchBrowser();
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the built site', () => {
  it('loads the home page without console errors or outside requests', async () => {
    const page = await context.newPage();
    const watch = watchPage(page, server.url);
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').first().textContent()).toContain('Kubernetes');
    expect(await page.getByRole('link', { name: 'Start reading' }).isVisible()).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  it('loads a chapter without console errors or outside requests', async () => {
    const page = await context.newPage();
    const watch = watchPage(page, server.url);
    await page.goto(`${server.url}/docs/start-here/what-kubernetes-is`, { waitUntil: 'networkidle' });
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expect(await page.locator('nav.menu').count()).toBeGreaterThan(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  it('answers a search query from the local index', async () => {
    const page = await context.newPage();
    const watch = watchPage(page, server.url);
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.fill('kubectl');
    const options = page.getByRole('option');
    await options.first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await options.count()).toBeGreaterThan(0);
    expect((await options.first().textContent())?.toLowerCase()).toContain('kubectl');
    await input.press('Enter');
    await page.waitForURL(/\/docs\//, { timeout: 10_000 });
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });
});
