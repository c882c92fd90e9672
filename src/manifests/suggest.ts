/** "Did you mean ...?" helpers shared by the schema check, the rules and the command check. */
import { levenshtein } from '../util/edit-distance';

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
