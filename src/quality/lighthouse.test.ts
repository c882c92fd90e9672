import { describe, expect, it } from 'vitest';
import { calibratedCpuSlowdown, formatTable, median, summarise, type PageScores } from './lighthouse';

const run = (performance: number, lcp: number, tbt: number, extra: Partial<PageScores> = {}): PageScores => ({
  page: '/docs/concepts/storage',
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcp,
  tbt,
  cls: 0,
  failing: [],
  mainThread: [`Script Evaluation ${tbt * 2}`],
  ...extra,
});

describe('summarise', () => {
  it('takes the median of each figure, the lowest 100-or-bust score, and the median run main thread', () => {
    const summary = summarise([run(93, 2100, 180), run(97, 1700, 90, { accessibility: 96, failing: ['color-contrast: x'] }), run(95, 1900, 150)]);
    expect(summary).toMatchObject({ runs: 3, performance: 95, performanceRange: [93, 97], lcp: 1900, lcpRange: [1700, 2100], tbt: 150, accessibility: 96, failing: ['color-contrast: x'] });
    expect(summary.mainThread).toEqual(['Script Evaluation 300']);
  });

  it('has a median of the lower middle for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([7])).toBe(7);
  });
});

describe('formatTable', () => {
  it('lines up one row per page under the headers, then what to fix', () => {
    const table = formatTable([
      summarise([{ page: '/', performance: 98, accessibility: 100, bestPractices: 100, seo: 100, lcp: 1210, tbt: 30, cls: 0, failing: [], mainThread: [] }]),
      summarise([run(91, 2480, 120, { accessibility: 96, seo: 92, cls: 0.012, failing: ['color-contrast: Background and foreground colors do not have a sufficient contrast ratio. [a.tooltip]'], mainThread: ['Script Evaluation 412'] })]),
    ]);
    expect(table.split('\n')).toEqual([
      'page                    runs  perf  range  a11y  best  seo  LCP ms      range  TBT ms    CLS',
      '----------------------  ----  ----  -----  ----  ----  ---  ------  ---------  ------  -----',
      '/                          1    98  98-98   100   100  100    1210  1210-1210      30      0',
      '/docs/concepts/storage     1    91  91-91    96   100   92    2480  2480-2480     120  0.012',
      '',
      '/docs/concepts/storage: color-contrast: Background and foreground colors do not have a sufficient contrast ratio. [a.tooltip]',
      '/docs/concepts/storage: main thread ms: Script Evaluation 412',
    ]);
  });
});

describe('calibratedCpuSlowdown', () => {
  it('keeps the preset 4x for a desktop-class host and lowers it for a slower one, as the calculator Lighthouse points to', () => {
    expect(calibratedCpuSlowdown(1533)).toBe(4);
    expect(calibratedCpuSlowdown(1300)).toBe(3);
    expect(calibratedCpuSlowdown(800)).toBe(2);
    expect(calibratedCpuSlowdown(475)).toBe(1.5);
    expect(calibratedCpuSlowdown(100)).toBe(1);
  });
});
