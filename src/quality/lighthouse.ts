/**
 * Lighthouse (mobile preset) over pages of the built site, served with compression as a real
 * host would. Measures; does not judge: the figures go in a table and a JSON report.
 */
import { launch } from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../e2e/browser';

export interface PageScores {
  readonly page: string;
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  /** Largest Contentful Paint, ms. */
  readonly lcp: number;
  /** Total Blocking Time, ms. */
  readonly tbt: number;
  /** Cumulative Layout Shift. */
  readonly cls: number;
}

type LighthouseFn = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Lhr } | undefined>;
interface Lhr {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

const score = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const metric = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

/** Runs Lighthouse on each URL path of `origin`, one after another, in one Chromium. */
export async function measurePages(origin: string, pages: readonly string[]): Promise<PageScores[]> {
  // Lighthouse is an ES module; load it at run time from this CommonJS build.
  const lighthouse = (await import('lighthouse')).default as unknown as LighthouseFn;
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: chromiumArgs.filter((flag) => flag !== '--headless').concat('--headless=new'),
  });
  try {
    const results: PageScores[] = [];
    for (const page of pages) {
      const result = await lighthouse(`${origin}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${page}`);
      const { lhr } = result;
      results.push({
        page,
        performance: score(lhr, 'performance'),
        accessibility: score(lhr, 'accessibility'),
        bestPractices: score(lhr, 'best-practices'),
        seo: score(lhr, 'seo'),
        lcp: Math.round(metric(lhr, 'largest-contentful-paint')),
        tbt: Math.round(metric(lhr, 'total-blocking-time')),
        cls: Number(metric(lhr, 'cumulative-layout-shift').toFixed(3)),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** A plain-text table of the scores, one row per page. */
export function formatTable(rows: readonly PageScores[]): string {
  const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS'];
  const body = rows.map((r) => [r.page, r.performance, r.accessibility, r.bestPractices, r.seo, r.lcp, r.tbt, r.cls].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
