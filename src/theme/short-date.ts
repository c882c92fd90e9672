/**
 * A date as `Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric',
 * timeZone: 'UTC' })` writes it ("Dec 2, 2026"), without Intl: the first DateTimeFormat a page
 * creates loads the locale's calendar data, a 30 ms task at 1x CPU (120 ms on a phone) during
 * hydration, for one date under each chapter. short-date.test.ts keeps the two equal.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function formatShortDateUtc(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
