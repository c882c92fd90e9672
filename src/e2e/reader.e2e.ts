/**
 * What a reader does on a chapter: looks at diagrams in light and dark mode, opens their text
 * version, reads a term's definition, searches, downloads a manifest, copies a command, follows
 * a deep link, an old link to a section that moved; math in its own fonts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { Page } from 'playwright-core';
import { watchPage } from './browser';
import { openSite, siteBuildDir, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function openPage(urlPath: string, options: Parameters<Site['newContext']>[0] = {}): Promise<Page> {
  const context = await site.newContext(options);
  const page = await context.newPage();
  await page.goto(urlPath, { waitUntil: 'networkidle' });
  return page;
}

/** The non-blank lines of a code text (innerText of highlighted lines adds blank lines). */
const codeLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/** WCAG relative luminance contrast of two CSS rgb()/rgba() colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/**
 * Colours a reader actually sees in the page's first diagram, as opaque rgb(): the SVG's CSS uses
 * color-mix() and transparency, so each colour is painted on a canvas over the page background.
 */
async function diagramColours(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('figure[id^="figure-"] svg');
    if (!svg) throw new Error('no diagram on the page');
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d canvas');
    // The nearest ancestor that paints a background; Infima's light background is transparent.
    const layers: string[] = [];
    for (let el: Element | null = svg; el; el = el.parentElement) layers.push(getComputedStyle(el).backgroundColor);
    const paint = (colours: string[]) => {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, 1, 1);
      for (const colour of colours) {
        ctx.fillStyle = colour;
        ctx.fillRect(0, 0, 1, 1);
      }
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    };
    const backdrop = layers.reverse();
    const texts = [...svg.querySelectorAll('text')];
    const shape = svg.querySelector('rect, path, line, polygon');
    const box = svg.getBoundingClientRect();
    return {
      theme: document.documentElement.dataset.theme,
      width: box.width,
      height: box.height,
      // Every distinct text colour: labels, edge labels and secondary text all have to be legible.
      textFills: [...new Set(texts.map((text) => paint([...backdrop, getComputedStyle(text).fill])))],
      shapeStroke: shape ? paint([...backdrop, getComputedStyle(shape).stroke]) : '',
      background: paint(backdrop),
    };
  });
}

describe('diagrams', () => {
  it('are visible SVG whose text contrasts with the page in light and in dark mode', async () => {
    const page = await openPage('/docs/concepts/architecture');
    const figure = page.locator('figure[id^="figure-"]').first();
    expect(await figure.locator('svg[role="img"]').isVisible()).toBe(true);
    const light = await diagramColours(page);
    expect(light.theme).toBe('light');

    // The navbar button cycles the colour modes; the choice persists across a reload.
    const toggle = page.locator('.navbar').getByRole('button', { name: /mode/i }).first();
    for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== 'dark'; i++) {
      await toggle.click();
    }
    await page.reload({ waitUntil: 'networkidle' });
    const dark = await diagramColours(page);
    expect(dark.theme).toBe('dark');

    for (const mode of [light, dark]) {
      expect(mode.width).toBeGreaterThan(100);
      expect(mode.height).toBeGreaterThan(50);
      expect(mode.textFills.length).toBeGreaterThan(0);
      for (const fill of mode.textFills) {
        expect(contrast(fill, mode.background), `text ${fill} on ${mode.background} (${mode.theme})`).toBeGreaterThanOrEqual(4.5);
      }
      expect(mode.shapeStroke).not.toBe('');
    }
    expect(dark.textFills[0]).not.toBe(light.textFills[0]);
    expect(dark.background).not.toBe(light.background);
  });

  it('open their text version from the keyboard', async () => {
    const page = await openPage('/docs/concepts/architecture');
    const details = page.locator('figure[id^="figure-"] details').first();
    const summary = details.locator('summary');
    const text = details.locator('pre');
    expect(await text.isVisible()).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    await text.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    // An ASCII picture: several lines with box-drawing made of plain characters.
    const ascii = (await text.textContent()) ?? '';
    expect(ascii.split('\n').length).toBeGreaterThan(3);
    expect(ascii).toMatch(/[+|-]{3,}/);
  });
});

describe('glossary terms', () => {
  it('show their definition on hover and on keyboard focus, and hide on Escape', async () => {
    const page = await openPage('/docs/concepts/architecture');
    const term = page.locator('[data-term]').first();
    const tooltip = term.locator('[role="tooltip"]');
    const link = term.locator('a');
    expect(await tooltip.isVisible()).toBe(false);

    await link.hover();
    await tooltip.waitFor({ state: 'visible', timeout: 2_000 });
    expect((await tooltip.textContent())?.length).toBeGreaterThan(20);
    await page.mouse.move(0, 0);
    await tooltip.waitFor({ state: 'hidden', timeout: 2_000 });

    // Reach the term with Tab from the element just before it, as a keyboard reader would.
    await page.evaluate(() => {
      const first = document.querySelector('[data-term] a');
      const marker = document.createElement('button');
      marker.id = 'tab-start';
      marker.textContent = 'start';
      first?.parentElement?.before(marker);
      marker.focus();
    });
    await page.keyboard.press('Tab');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await tooltip.waitFor({ state: 'visible', timeout: 2_000 });
    const describedBy = await link.getAttribute('aria-describedby');
    expect(describedBy).toBe(await tooltip.getAttribute('id'));

    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'hidden', timeout: 2_000 });
  });
});

describe('search', () => {
  it('finds "PersistentVolumeClaim" and opens the storage chapter', async () => {
    const page = await openPage('/');
    const watch = watchPage(page, site.server.url);
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.fill('PersistentVolumeClaim');
    // A hit shows its place in the book; the storage chapter’s hit names it.
    const hit = page.getByRole('option').filter({ has: page.locator('[class*="hitPath"]', { hasText: /Kubernetes concepts › Storage/ }) }).first();
    await hit.waitFor({ state: 'visible', timeout: 10_000 });
    await hit.click();
    await page.waitForURL(/\/docs\/concepts\/storage/, { timeout: 10_000 });
    expect(await page.locator('article h1').textContent()).toMatch(/storage/i);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('manifests', () => {
  it('offer a download link that returns the YAML file', async () => {
    const page = await openPage('/docs/seek-on-kubernetes/one-pod');
    const download = page.locator('a[download]').filter({ hasText: /\.ya?ml/ }).first();
    expect(await download.isVisible()).toBe(true);
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^\/examples\/.+\.ya?ml$/);
    const response = await page.request.get(href as string);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/yaml/);
    const documents = parseAllDocuments(await response.text());
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      expect(document.errors).toEqual([]);
      expect((document.toJS() as { kind?: string }).kind).toMatch(/^[A-Z]\w+$/);
    }
    // The file on the page and the file served are the same text.
    const shown = await page.locator('figure:has(a[download]) pre code').first().innerText();
    expect(codeLines(shown)).toEqual(codeLines(await response.text()));
  });
});

describe('code blocks', () => {
  it('copy their text to the clipboard', async () => {
    const page = await openPage('/docs/seek-on-kubernetes/one-pod', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const block = page.locator('article div[class*="codeBlockContainer"]').first();
    const expected = (await block.locator('pre code').innerText()).trim();
    await block.hover();
    await block.getByRole('button', { name: /copy/i }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(codeLines(copied)).toEqual(codeLines(expected));
    expect(copied.length).toBeGreaterThan(10);
  });
});

describe('section links', () => {
  it('copy the permanent URL of a section and say so to screen readers, from the keyboard', async () => {
    const page = await openPage('/docs/concepts/storage', { permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.getByRole('button', { name: /^Copy link to section: Access modes/ });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://k8s-intro.example.org/docs/concepts/storage#access-modes');
    // One live region for the page, not one per button.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    expect(await page.locator('[role="status"][data-copy-status]').count()).toBe(1);
  });
});

describe('deep links', () => {
  it('scroll the anchored heading into view', async () => {
    const page = await openPage('/docs/concepts/storage#access-modes', { viewport: { width: 1280, height: 720 } });
    const heading = page.locator('#access-modes');
    expect(await heading.count()).toBe(1);
    await page.waitForFunction(() => {
      const top = document.getElementById('access-modes')?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight / 2;
    }, undefined, { timeout: 5_000 });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  });
});

describe('moved sections', () => {
  it('send a reader who follows an old course link on to the section on its new page', async () => {
    // The published record of links: the first recorded anchor whose section moved to another page.
    const record = JSON.parse(fs.readFileSync(path.join(siteBuildDir(), 'permalinks.json'), 'utf8')) as {
      pages: { path: string; anchors: { id: string; aliasOf?: string }[] }[];
    };
    const moved = record.pages.flatMap((p) => p.anchors.filter((a) => a.aliasOf?.startsWith('/')).map((a) => ({ from: `${p.path}#${a.id}`, to: a.aliasOf! })));
    expect(moved.length, 'no recorded section moved to another page').toBeGreaterThan(0);
    const { from, to } = moved[0]!;
    const page = await openPage(from, { viewport: { width: 1280, height: 720 } });
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === to, { timeout: 10_000 });
    const id = to.split('#')[1]!;
    await page.waitForFunction((target) => {
      const top = document.getElementById(target)?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight / 2;
    }, id, { timeout: 5_000 });
  });
});

describe('math', () => {
  it('is set in KaTeX fonts served by the site, on the pages that have math only', async () => {
    const requests: string[] = [];
    const context = await site.newContext();
    const page = await context.newPage();
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/docs/concepts/rolling-updates', { waitUntil: 'networkidle' });
    const katex = page.locator('.katex').first();
    await katex.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.fonts.check('16px KaTeX_Main'), undefined, { timeout: 5_000 });
    expect(await katex.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('KaTeX_Main');
    // Once: hydration keeps the server's <link> (react-helmet used to replace it and fetch it again).
    expect(requests.filter((r) => r === '/katex/katex.min.css')).toHaveLength(1);
    expect(requests.filter((r) => r.startsWith('/katex/fonts/')).length).toBeGreaterThan(0);

    requests.length = 0;
    await page.goto('/docs/concepts/storage', { waitUntil: 'networkidle' });
    expect(await page.locator('.katex').count()).toBe(0);
    expect(requests.filter((r) => r.startsWith('/katex/'))).toEqual([]);
  });
});
