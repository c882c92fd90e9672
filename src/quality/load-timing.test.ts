import { describe, expect, it } from 'vitest';
import { formatLoadTable, summariseLoads } from './load-timing';

describe('summariseLoads and formatLoadTable', () => {
  it('take the median of each figure on its own, and print one aligned row per page and cache', () => {
    const cold = summariseLoads('/docs/a', 'cold', [
      { fcp: 700, scriptsRun: 2100 },
      { fcp: 650, scriptsRun: 1900 },
      { fcp: 900, scriptsRun: 2000 },
    ]);
    expect(cold).toEqual({ page: '/docs/a', cache: 'cold', runs: 3, fcp: 700, scriptsRun: 2000 });
    const table = formatLoadTable([cold, summariseLoads('/', 'warm', [{ fcp: 250, scriptsRun: 400 }])]).split('\n');
    expect(table[0]).toBe('page     cache  runs  text shows (FCP) ms  scripts have run ms');
    expect(table[2]).toBe('/docs/a  cold      3                  700                 2000');
    expect(table[3]).toBe('/        warm      1                  250                  400');
  });

  it('refuses to summarise no loads', () => {
    expect(() => summariseLoads('/x', 'cold', [])).toThrow('no loads of /x');
  });
});
