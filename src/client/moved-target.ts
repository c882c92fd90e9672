/** Where a hash of a section that moved to another page (front matter `anchor_moves`) now points. */
import { ALIAS_ATTRIBUTE } from '../permalinks/attributes';

/** The new address of a moved section, with the site's base URL; undefined when the hash is no move. */
export function movedTarget(doc: Document, hash: string, baseUrl: string): string | undefined {
  if (hash.length < 2) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
  const target = doc.getElementById(id)?.getAttribute(ALIAS_ATTRIBUTE);
  // A same-page alias names a heading id; only a move names a page.
  if (!target || !target.startsWith('/')) return undefined;
  return `${baseUrl.replace(/\/$/, '')}${target}`;
}
