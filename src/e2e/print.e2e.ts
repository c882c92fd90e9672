/**
 * A chapter printed as a course handout: no navigation, no buttons, and the diagrams and code
 * blocks whole, on paper-white.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type Site } from './site';

let site: Site;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  page = await (await site.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto('/docs/concepts/architecture', { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
});

afterAll(async () => {
  await site?.close();
});

/** Relative luminance of an rgb() colour, 0 (black) to 1 (white). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

const visible = (selector: string) => page.locator(selector).first().isVisible();

describe('printing a chapter', () => {
  it('leaves out the navigation', async () => {
    for (const selector of ['.navbar', '.theme-doc-sidebar-container', '.theme-doc-toc-desktop', '.pagination-nav', '.footer']) {
      if ((await page.locator(selector).count()) === 0) continue;
      expect(await visible(selector), selector).toBe(false);
    }
  });

  it('keeps the title, the diagrams and the code blocks, within the paper width', async () => {
    expect(await visible('article h1')).toBe(true);
    expect(await visible('figure[id^="figure-"] svg')).toBe(true);
    expect(await visible('article div[class*="codeBlockContainer"] pre')).toBe(true);
    // Nothing wider than the article: a clipped diagram or line of code is lost on paper.
    const overflowing = await page.$$eval('article figure svg, article pre', (elements) => {
      const article = document.querySelector('article')?.getBoundingClientRect();
      return elements
        .filter((el) => el.getBoundingClientRect().right > (article?.right ?? Infinity) + 1 || el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('class') ?? ''}`);
    });
    expect(overflowing).toEqual([]);
  });

  it('hides buttons and tooltips that mean nothing on paper', async () => {
    const shown = await page.$$eval('article button, article [role="tooltip"]', (elements) =>
      elements.filter((el) => (el as HTMLElement).offsetParent !== null && getComputedStyle(el).visibility !== 'hidden').map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(shown).toEqual([]);
  });

  it('prints dark-mode readers dark ink, code included', async () => {
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const colours = await page.evaluate(() => {
      // A coloured token (colours come by class, src/css/prism-tokens.css).
      const token = document.querySelector('article div[class*="codeBlockContainer"] pre span.token');
      return {
        text: getComputedStyle(document.querySelector('article p') ?? document.body).color,
        heading: getComputedStyle(document.querySelector('article h2') ?? document.body).color,
        code: token ? getComputedStyle(token).color : null,
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    expect(colours.code, 'a coloured code token on the page').not.toBeNull();
    // Paper is white whatever the background setting; every colour must be dark enough on it.
    for (const [what, colour] of Object.entries(colours)) {
      if (what === 'background' || colour === null) continue;
      expect(luminance(colour), `${what} ${colour}`).toBeLessThan(0.2);
    }
    expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(colours.background);
  });

  it('makes a PDF handout of several pages', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pageCount).toBeGreaterThan(1);
  });
});
