/**
 * What a reader on a phone gets, measured in a real page load instead of Lighthouse's simulation:
 * headless Chromium with the mobile preset's network (150 ms round trip, 1.6 Mbit/s down) and CPU
 * (4x slower) emulated by Chromium itself. Two figures per load: when the text first shows (first
 * contentful paint) and when the page's own scripts have all run (the page is interactive: search,
 * tooltips, copy buttons). Lighthouse infers both from a fast load; this one waits for them.
 */
import type { Browser } from 'playwright-core';
import { PHONE } from '../e2e/browser';
import { scriptSources } from './budgets';
import { median } from './lighthouse';

/** Lighthouse's mobile preset ("slow 4G"), as Chromium's DevTools protocol emulates it. */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } as const;

export type Cache = 'cold' | 'warm';

export interface LoadTiming {
  /** First contentful paint, ms after navigation start. */
  readonly fcp: number;
  /** When the last of the scripts the page started with had run, ms after navigation start. */
  readonly scriptsRun: number;
}

/**
 * One load of `url` on an emulated phone. `warm` loads it once before, so the scripts come from
 * the HTTP cache (a reader's second page view, or a return visit).
 */
export async function measureLoad(browser: Browser, url: string, cache: Cache, cpuSlowdown = 4): Promise<LoadTiming> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    // Each script's load event fires once it has run, whether the parser or a loader inserted it.
    await page.addInitScript(() => {
      const ran: Record<string, number> = {};
      (window as unknown as { scriptsRan: typeof ran }).scriptsRan = ran;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof HTMLScriptElement && node.src) node.addEventListener('load', () => (ran[new URL(node.src).pathname] = performance.now()));
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const expected = scriptSources(await (await fetch(url)).text());
    if (expected.length === 0) throw new Error(`${url}: the page loads no script`);
    const allRan = (names: readonly string[]) => names.every((name) => name in (window as unknown as { scriptsRan: Record<string, number> }).scriptsRan);
    if (cache === 'warm') {
      await page.goto(url);
      await page.waitForFunction(allRan, expected, { timeout: 60_000 });
    }
    await page.goto(url);
    await page.waitForFunction(allRan, expected, { timeout: 60_000 });
    const timing = await page.evaluate((names) => {
      const ran = (window as unknown as { scriptsRan: Record<string, number> }).scriptsRan;
      return { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN, ran: names.map((name) => ran[name]!) };
    }, expected);
    return { fcp: Math.round(timing.fcp), scriptsRun: Math.round(Math.max(...timing.ran)) };
  } finally {
    await context.close();
  }
}

export interface LoadSummary {
  readonly page: string;
  readonly cache: Cache;
  readonly runs: number;
  readonly fcp: number;
  readonly scriptsRun: number;
}

/** The median of each figure over the runs of one page and cache state. */
export function summariseLoads(page: string, cache: Cache, runs: readonly LoadTiming[]): LoadSummary {
  if (runs.length === 0) throw new Error(`no loads of ${page} to summarise`);
  return { page, cache, runs: runs.length, fcp: median(runs.map((r) => r.fcp)), scriptsRun: median(runs.map((r) => r.scriptsRun)) };
}

export function formatLoadTable(rows: readonly LoadSummary[]): string {
  const header = ['page', 'cache', 'runs', 'text shows (FCP) ms', 'scripts have run ms'];
  const body = rows.map((r) => [r.page, r.cache, String(r.runs), String(r.fcp), String(r.scriptsRun)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
