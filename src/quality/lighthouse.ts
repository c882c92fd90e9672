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
  /** Accessibility, best-practices and SEO audits that failed, with the first offending elements. */
  readonly failing: readonly string[];
  /** Where the main thread spent its time (ms, largest first): what to cut to lower TBT. */
  readonly mainThread: readonly string[];
  /** Lighthouse's measure of the host CPU's speed (a typical desktop: about 1500). */
  readonly benchmarkIndex?: number;
  /** The CPU slowdown the run used (the mobile preset: 4). */
  readonly cpuSlowdown?: number;
}

type LighthouseFn = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Lhr } | undefined>;
interface Lhr {
  environment?: { benchmarkIndex?: number };
  configSettings?: { throttling?: { cpuSlowdownMultiplier?: number } };
  runWarnings?: string[];
  categories: Record<string, { score: number | null; auditRefs?: { id: string; weight: number }[] }>;
  audits: Record<string, LhrAudit>;
}
interface LhrAudit {
  numericValue?: number;
  score?: number | null;
  scoreDisplayMode?: string;
  title?: string;
  details?: { items?: { node?: { selector?: string; snippet?: string }; group?: string; groupLabel?: string; duration?: number }[] };
}

/** Failed audits of the categories that should score 100, each with up to three elements. */
export function failingAudits(lhr: Lhr): string[] {
  const ids = new Set(
    ['accessibility', 'best-practices', 'seo'].flatMap((category) => (lhr.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id)),
  );
  return [...ids].flatMap((id) => {
    const audit = lhr.audits[id];
    if (!audit || audit.score === null || audit.score === undefined || audit.score >= 1) return [];
    const nodes = (audit.details?.items ?? []).map((item) => item.node?.selector).filter(Boolean).slice(0, 3);
    return [`${id}: ${audit.title ?? ''}${nodes.length ? ` [${nodes.join(' | ')}]` : ''}`];
  });
}

function mainThreadBreakdown(lhr: Lhr): string[] {
  return (lhr.audits['mainthread-work-breakdown']?.details?.items ?? [])
    .filter((item) => (item.duration ?? 0) >= 50)
    .map((item) => `${item.groupLabel ?? item.group ?? '?'} ${Math.round(item.duration ?? 0)}`);
}

const score = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const metric = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

/** The middle value (the lower middle of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

/** Runs of one page summed up: median score and timings, the lowest of the 100-or-bust categories. */
export interface PageSummary extends PageScores {
  readonly runs: number;
  /** Lowest and highest performance score of the runs. */
  readonly performanceRange: readonly [number, number];
  /**
   * Lowest and highest LCP of the runs, ms. Lantern's LCP has two modes (about 1.5 and 2.5 s on
   * docs pages): it counts the scripts' download when main.js started before the first paint,
   * which src/bundle/after-paint.ts prevents; a range up to 2.5 s again says that came back.
   */
  readonly lcpRange: readonly [number, number];
}

export function summarise(runs: readonly PageScores[]): PageSummary {
  const first = runs[0];
  if (!first) throw new Error('no Lighthouse runs to summarise');
  const performance = median(runs.map((r) => r.performance));
  // The main-thread breakdown of the run whose score is the median: a real run, not a blend.
  const middle = runs.find((r) => r.performance === performance) ?? first;
  return {
    page: first.page,
    runs: runs.length,
    performance,
    performanceRange: [Math.min(...runs.map((r) => r.performance)), Math.max(...runs.map((r) => r.performance))],
    accessibility: Math.min(...runs.map((r) => r.accessibility)),
    bestPractices: Math.min(...runs.map((r) => r.bestPractices)),
    seo: Math.min(...runs.map((r) => r.seo)),
    lcp: median(runs.map((r) => r.lcp)),
    lcpRange: [Math.min(...runs.map((r) => r.lcp)), Math.max(...runs.map((r) => r.lcp))],
    tbt: median(runs.map((r) => r.tbt)),
    cls: median(runs.map((r) => r.cls)),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
    mainThread: middle.mainThread,
    ...(runs.every((r) => r.benchmarkIndex) ? { benchmarkIndex: median(runs.map((r) => r.benchmarkIndex!)) } : {}),
    ...(first.cpuSlowdown ? { cpuSlowdown: first.cpuSlowdown } : {}),
  };
}

/**
 * Runs Lighthouse `runs` times on each URL path of `origin`, in one Chromium, page after page in
 * rounds (so a burst of load on the machine spreads over pages instead of sinking one).
 */
export async function measurePagesRepeatedly(origin: string, pages: readonly string[], runs: number, options: MeasureOptions = {}): Promise<PageSummary[]> {
  const byPage = new Map<string, PageScores[]>(pages.map((page) => [page, []]));
  for (let round = 0; round < runs; round += 1) {
    for (const scores of await measurePages(origin, pages, options)) byPage.get(scores.page)!.push(scores);
  }
  return pages.map((page) => summarise(byPage.get(page)!));
}

/**
 * The CPU slowdown that makes this host emulate the phone the mobile preset assumes. The preset's
 * 4x is right for a host whose benchmarkIndex is about 1500; on a slower host it overstates every
 * main-thread figure. Lighthouse's docs (throttling.md, "CPU throttling") point to this calibration
 * (Patrick Hulce's throttling calculator), which this follows.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  let multiplier: number;
  if (benchmarkIndex >= 1300) multiplier = 3 + (benchmarkIndex - 1300) / 233;
  else if (benchmarkIndex >= 800) multiplier = 2 + (benchmarkIndex - 800) / 500;
  else multiplier = 1 + (benchmarkIndex - 150) / 650;
  return Math.round(Math.max(1, multiplier) * 100) / 100;
}

/** The host's benchmarkIndex from three probe runs of a page, and the slowdown it calls for. */
export async function calibrate(origin: string, page = '/'): Promise<{ benchmarkIndex: number; cpuSlowdown: number }> {
  const probes = await measurePages(origin, [page, page, page]);
  const benchmarkIndex = median(probes.map((probe) => probe.benchmarkIndex ?? Number.NaN));
  if (!Number.isFinite(benchmarkIndex)) throw new Error('Lighthouse reported no benchmarkIndex to calibrate with');
  return { benchmarkIndex, cpuSlowdown: calibratedCpuSlowdown(benchmarkIndex) };
}

export interface MeasureOptions {
  /** CPU slowdown instead of the mobile preset's 4x. */
  readonly cpuSlowdown?: number;
}

/** Runs Lighthouse on each URL path of `origin`, one after another, in one Chromium. */
export async function measurePages(origin: string, pages: readonly string[], options: MeasureOptions = {}): Promise<PageScores[]> {
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
        ...(options.cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: options.cpuSlowdown } } : {}),
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
        failing: failingAudits(lhr),
        mainThread: mainThreadBreakdown(lhr),
        ...(lhr.environment?.benchmarkIndex ? { benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) } : {}),
        ...(lhr.configSettings?.throttling?.cpuSlowdownMultiplier ? { cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier } : {}),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** A plain-text table of the scores, one row per page (the median of its runs), then what to fix. */
export function formatTable(rows: readonly PageSummary[]): string {
  const header = ['page', 'runs', 'perf', 'range', 'a11y', 'best', 'seo', 'LCP ms', 'range', 'TBT ms', 'CLS'];
  const body = rows.map((r) =>
    [r.page, r.runs, r.performance, `${r.performanceRange[0]}-${r.performanceRange[1]}`, r.accessibility, r.bestPractices, r.seo, r.lcp, `${r.lcpRange[0]}-${r.lcpRange[1]}`, r.tbt, r.cls].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const notes = rows.flatMap((r) => [
    ...r.failing.map((f) => `${r.page}: ${f}`),
    ...(r.mainThread.length ? [`${r.page}: main thread ms: ${r.mainThread.join(', ')}`] : []),
  ]);
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), ...(notes.length ? ['', ...notes] : [])].join('\n');
}
