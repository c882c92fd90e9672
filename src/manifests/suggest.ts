/** "Did you mean ...?" helpers shared by the schema check, the rules and the command check. */

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

const normalize = (s: string): string => s.toLowerCase().replace(/[\s_\-.]/g, '');

/**
 * The candidate closest to `input`, if it is close enough to be a typo: same letters ignoring
 * case, spaces, dashes and underscores, or an edit distance of at most a third of the length.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalize(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const n = normalize(candidate);
    if (n === wanted) return candidate;
    const limit = Math.max(1, Math.floor(Math.max(wanted.length, n.length) / 3));
    const d = levenshtein(wanted, n, limit);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}
