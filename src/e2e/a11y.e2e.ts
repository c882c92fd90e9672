/**
 * axe-core over the pages readers use most, in light and dark mode: no serious or critical
 * violation. A failure lists rule, impact and the offending elements, so it can be fixed at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openSite, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

/** Home, a long chapter with diagrams, a SEEK step, the glossary and the course links. */
const pages = [
  '/',
  '/docs/concepts/architecture',
  '/docs/concepts/storage',
  '/docs/seek-on-kubernetes/one-pod',
  '/docs/reference/glossary',
  '/docs/reference/course-links',
];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join('')}`).join('\n  ')}`);
}

describe('accessibility (axe-core)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`finds no serious or critical violation in ${theme} mode`, async () => {
      const context = await site.newContext({ colorScheme: theme });
      const page = await context.newPage();
      const found: string[] = [];
      for (const urlPath of pages) {
        await page.goto(urlPath, { waitUntil: 'networkidle' });
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        found.push(...(await seriousViolations(page)).map((v) => `${urlPath}: ${v}`));
      }
      expect(found, found.join('\n')).toEqual([]);
    }, 120_000);
  }
});
