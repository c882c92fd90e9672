import { describe, expect, it } from 'vitest';
import { formatShortDateUtc } from './short-date';

describe('formatShortDateUtc', () => {
  const intl = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  it('writes what Intl writes for English, in UTC, on every day of two years', () => {
    for (let day = 0; day < 2 * 366; day += 1) {
      const date = new Date(Date.UTC(2026, 0, 1 + day, 23, 59));
      expect(formatShortDateUtc(date)).toBe(intl.format(date));
    }
  });

  it('uses the UTC date, not the local one', () => {
    expect(formatShortDateUtc(new Date('2026-12-01T23:30:00Z'))).toBe('Dec 1, 2026');
  });
});
