/**
 * Builds the next record from the current one and a built site. Promises are kept: a recorded
 * link that still resolves (directly, by redirect or by alias) stays; a new page or anchor is
 * added; a link that no longer resolves blocks the update unless it is explicitly pruned.
 */
import { checkPermalinks, resolveAnchor, resolvePage } from './check';
import type { BuiltSite, PermalinkProblem, PermalinkRecord, RecordedAnchor, RecordedPage } from './types';
import { errorMessage } from '../util/errors';
import { isRecord } from '../util/values';

export const RECORD_DESCRIPTION =
  'Every published page and heading anchor of this site. A link listed here keeps working: ' +
  'removing one without a redirect or an anchor alias fails `npm run check:permalinks`. ' +
  'Written by `npm run permalinks -- --update`; never edit by hand.';

export interface UpdateOptions {
  /** Drop recorded links that no longer resolve instead of refusing to update. */
  readonly prune?: boolean;
  readonly siteUrl: string;
}

export interface UpdateResult {
  readonly record: PermalinkRecord;
  readonly added: readonly string[];
  /** Recorded links that no longer resolve: pruned when `prune` is set, else the update fails. */
  readonly broken: readonly PermalinkProblem[];
}

const kindOrder = { page: 0, category: 1, doc: 2, 'blog-post': 3 } as const;

export function updateRecord(current: PermalinkRecord | undefined, site: BuiltSite, options: UpdateOptions): UpdateResult {
  const previous = current?.pages ?? [];
  const check = checkPermalinks({ description: RECORD_DESCRIPTION, site: options.siteUrl, pages: previous }, site);
  const brokenLinks = new Set(check.problems.map((problem) => problem.link));
  const pages = new Map<string, RecordedPage>();

  for (const recorded of previous) {
    if (brokenLinks.has(recorded.path)) continue;
    const lookup = resolvePage(site, recorded.path);
    if (!lookup.found) continue;
    const built = lookup.found;
    const moved = built.path !== recorded.path;
    const anchors: RecordedAnchor[] = [];
    for (const anchor of recorded.anchors) {
      if (brokenLinks.has(`${recorded.path}#${anchor.id}`)) continue;
      const resolved = resolveAnchor(built, anchor.id, site);
      const heading = built.anchors.find((candidate) => candidate.id === anchor.id);
      anchors.push({
        id: anchor.id,
        // A moved page keeps its recorded titles; a page in place takes the current heading text.
        title: heading && !moved ? heading.title : anchor.title,
        level: heading && !moved ? heading.level : anchor.level,
        ...(resolved.ok && resolved.aliasOf ? { aliasOf: resolved.aliasOf } : {}),
      });
    }
    if (!moved) {
      const known = new Set(anchors.map((anchor) => anchor.id));
      for (const heading of built.anchors) if (!known.has(heading.id)) anchors.push({ ...heading });
    }
    pages.set(recorded.path, {
      path: recorded.path,
      title: moved ? recorded.title : built.title,
      kind: moved ? recorded.kind : built.kind,
      anchors: moved ? anchors : orderLike(built.anchors.map((a) => a.id), anchors),
      ...(moved ? { redirectTo: built.path } : {}),
    });
  }
  for (const built of site.pages.values()) {
    if (pages.has(built.path)) continue;
    pages.set(built.path, {
      path: built.path,
      title: built.title,
      kind: built.kind,
      anchors: built.anchors.map((anchor) => ({ ...anchor })),
    });
  }

  const sorted = [...pages.values()].sort(
    (a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.path.localeCompare(b.path),
  );
  return {
    record: { description: RECORD_DESCRIPTION, site: options.siteUrl, pages: sorted },
    added: check.unrecorded,
    broken: check.problems,
  };
}

/** Headings in page order, then the aliased ones (which have no place on the page any more). */
function orderLike(pageOrder: readonly string[], anchors: readonly RecordedAnchor[]): RecordedAnchor[] {
  const position = new Map(pageOrder.map((id, index) => [id, index]));
  return [...anchors].sort(
    (a, b) => (position.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (position.get(b.id) ?? Number.MAX_SAFE_INTEGER),
  );
}

export function countLinks(record: PermalinkRecord): { pages: number; anchors: number } {
  return {
    pages: record.pages.length,
    anchors: record.pages.reduce((sum, page) => sum + page.anchors.length, 0),
  };
}

/** Stable JSON: two-space indent and a final newline, so diffs show only real changes. */
export function serializeRecord(record: PermalinkRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

const PAGE_KINDS: ReadonlySet<string> = new Set(Object.keys(kindOrder));

/** What is wrong with one recorded anchor, or undefined when it is well-formed. */
function anchorProblem(anchor: unknown): string | undefined {
  if (!isRecord(anchor)) return 'is not an object';
  if (typeof anchor['id'] !== 'string' || anchor['id'] === '') return 'has no "id" string';
  if (typeof anchor['title'] !== 'string') return 'has no "title" string';
  if (anchor['level'] !== 2 && anchor['level'] !== 3 && anchor['level'] !== 4) return `has "level" ${JSON.stringify(anchor['level'])}, not 2, 3 or 4`;
  if (anchor['aliasOf'] !== undefined && typeof anchor['aliasOf'] !== 'string') return 'has an "aliasOf" that is not a string';
  return undefined;
}

/** What is wrong with one recorded page, or undefined when it is well-formed. */
function pageProblem(page: unknown): string | undefined {
  if (!isRecord(page)) return 'is not an object';
  if (typeof page['path'] !== 'string' || !page['path'].startsWith('/')) return 'has no "path" starting with /';
  if (typeof page['title'] !== 'string') return 'has no "title" string';
  if (typeof page['kind'] !== 'string' || !PAGE_KINDS.has(page['kind'])) return `has "kind" ${JSON.stringify(page['kind'])}, not one of ${[...PAGE_KINDS].join(', ')}`;
  if (page['redirectTo'] !== undefined && typeof page['redirectTo'] !== 'string') return 'has a "redirectTo" that is not a string';
  if (!Array.isArray(page['anchors'])) return 'has no "anchors" list';
  for (const [index, anchor] of page['anchors'].entries()) {
    const problem = anchorProblem(anchor);
    if (problem) return `anchors[${index}]${isRecord(anchor) && typeof anchor['id'] === 'string' ? ` (#${anchor['id']})` : ''} ${problem}`;
  }
  return undefined;
}

/**
 * Reads a record, checking its shape: a malformed file fails with `source` and the entry at
 * fault (`pages[12] (/docs/x): anchors[3] has no "id" string`), not later with an odd crash.
 */
export function parseRecord(text: string, source: string): PermalinkRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${errorMessage(error)}`, { cause: error });
  }
  if (!isRecord(data) || !Array.isArray(data['pages']) || typeof data['site'] !== 'string') {
    throw new Error(`${source} is not a permalink record (expected { site, pages: [...] })`);
  }
  for (const [index, page] of data['pages'].entries()) {
    const problem = pageProblem(page);
    if (problem) {
      const name = isRecord(page) && typeof page['path'] === 'string' ? ` (${page['path']})` : '';
      throw new Error(`${source}: pages[${index}]${name} ${problem}`);
    }
  }
  return data as unknown as PermalinkRecord;
}
