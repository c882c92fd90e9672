import { describe, expect, it } from 'vitest';
import { formatTable } from './lighthouse';

describe('formatTable', () => {
  it('lines up one row per page under the headers, then what to fix', () => {
    const table = formatTable([
      { page: '/', performance: 98, accessibility: 100, bestPractices: 100, seo: 100, lcp: 1210, tbt: 30, cls: 0, failing: [], mainThread: [] },
      { page: '/docs/concepts/storage', performance: 91, accessibility: 96, bestPractices: 100, seo: 92, lcp: 2480, tbt: 120, cls: 0.012, failing: ['color-contrast: Background and foreground colors do not have a sufficient contrast ratio. [a.tooltip]'], mainThread: ['Script Evaluation 412'] },
    ]);
    expect(table.split('\n')).toEqual([
      'page                    perf  a11y  best  seo  LCP ms  TBT ms    CLS',
      '----------------------  ----  ----  ----  ---  ------  ------  -----',
      '/                         98   100   100  100    1210      30      0',
      '/docs/concepts/storage    91    96   100   92    2480     120  0.012',
      '',
      '/docs/concepts/storage: color-contrast: Background and foreground colors do not have a sufficient contrast ratio. [a.tooltip]',
      '/docs/concepts/storage: main thread ms: Script Evaluation 412',
    ]);
  });
});
