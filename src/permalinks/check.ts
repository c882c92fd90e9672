/**
 * Compares the record of published links with a built site. A recorded page or anchor that the
 * site no longer serves is a problem, unless a redirect (pages) or an alias (anchors) maps it.
 */
import type {
  BuiltPage,
  BuiltSite,
  PermalinkProblem,
  PermalinkRecord,
  PermalinkResolution,
  RecordedPage,
} from './types';

export interface CheckResult {
  readonly problems: readonly PermalinkProblem[];
  readonly resolutions: readonly PermalinkResolution[];
  /** Pages and anchors the site serves that are not recorded yet (`npm run permalinks -- --update`). */
  readonly unrecorded: readonly string[];
}

const MAX_REDIRECT_HOPS = 5;

export type PageLookup =
  | { readonly found: BuiltPage; readonly via?: string }
  | { readonly found?: undefined; readonly problem: string };

/** Follows redirects from `path` to a real page. */
export function resolvePage(site: BuiltSite, path: string): PageLookup {
  let current = path;
  const seen: string[] = [];
  for (let hop = 0; hop <= MAX_REDIRECT_HOPS; hop += 1) {
    const page = site.pages.get(current);
    if (page) return current === path ? { found: page } : { found: page, via: current };
    const next = site.redirects.get(current);
    if (next === undefined) {
      return hop === 0
        ? { problem: `page ${path} is missing and no redirect maps it` }
        : { problem: `page ${path} redirects via ${seen.join(' -> ')} to ${current}, which is missing` };
    }
    seen.push(current);
    current = next.split('#')[0]!.split('?')[0]!;
  }
  return { problem: `page ${path} redirects in a loop or more than ${MAX_REDIRECT_HOPS} times` };
}

export type AnchorLookup =
  | { readonly ok: true; readonly aliasOf?: string }
  | { readonly ok: false; readonly problem: string; readonly kind: 'missing-anchor' | 'broken-alias' };

/**
 * Finds an anchor on a page: a heading with that id, or an alias that points at one. An alias to
 * `/docs/other/page#id` (front matter anchor_moves) must name a heading of that page.
 */
export function resolveAnchor(page: BuiltPage, id: string, site: BuiltSite): AnchorLookup {
  if (page.anchors.some((anchor) => anchor.id === id)) return { ok: true };
  const alias = page.aliases.find((candidate) => candidate.id === id);
  if (!alias) return { ok: false, kind: 'missing-anchor', problem: 'no heading has this id and no alias keeps it' };
  if (alias.aliasOf.startsWith('/')) {
    const [targetPath = '', targetId = ''] = alias.aliasOf.split('#');
    const target = resolvePage(site, targetPath);
    if (!target.found) return { ok: false, kind: 'broken-alias', problem: `it moved to ${alias.aliasOf}, but ${target.problem}` };
    if (!target.found.anchors.some((anchor) => anchor.id === targetId)) {
      return { ok: false, kind: 'broken-alias', problem: `it moved to ${alias.aliasOf}, which is not a heading of ${target.found.path}` };
    }
    return { ok: true, aliasOf: `${target.found.path}#${targetId}` };
  }
  if (!page.anchors.some((anchor) => anchor.id === alias.aliasOf)) {
    return { ok: false, kind: 'broken-alias', problem: `its alias points at #${alias.aliasOf}, which is not a heading of the page` };
  }
  return { ok: true, aliasOf: alias.aliasOf };
}

function checkPage(site: BuiltSite, recorded: RecordedPage, problems: PermalinkProblem[], resolutions: PermalinkResolution[]): void {
  const lookup = resolvePage(site, recorded.path);
  if (!lookup.found) {
    const broken = lookup.problem.includes('redirects');
    problems.push({
      kind: broken ? 'broken-redirect' : 'missing-page',
      link: recorded.path,
      message: `${lookup.problem} ("${recorded.title}"). Restore the page or add a redirect in src/data/redirects.ts.`,
    });
    return;
  }
  if (lookup.via !== undefined) {
    resolutions.push({ link: recorded.path, via: 'redirect', target: lookup.found.path });
  }
  for (const anchor of recorded.anchors) {
    const link = `${recorded.path}#${anchor.id}`;
    const result = resolveAnchor(lookup.found, anchor.id, site);
    if (result.ok) {
      if (result.aliasOf) resolutions.push({ link, via: 'alias', target: result.aliasOf.startsWith('/') ? result.aliasOf : `${lookup.found.path}#${result.aliasOf}` });
      continue;
    }
    const where = lookup.found.path === recorded.path ? '' : ` (on ${lookup.found.path}, where the page redirects)`;
    problems.push({
      kind: result.kind,
      link,
      message:
        `anchor #${anchor.id} ("${anchor.title}") of ${recorded.path} is missing${where}: ${result.problem}. ` +
        `Restore the heading id, or keep the old id with \`anchor_aliases: { ${anchor.id}: <new-id> }\` (or, for a section that moved to another page, \`anchor_moves: { ${anchor.id}: /docs/part/page#<new-id> }\`) in the page's front matter.`,
    });
  }
}

export function checkPermalinks(record: PermalinkRecord, site: BuiltSite): CheckResult {
  const problems: PermalinkProblem[] = [];
  const resolutions: PermalinkResolution[] = [];
  for (const recorded of record.pages) checkPage(site, recorded, problems, resolutions);

  const recordedLinks = new Set<string>();
  for (const page of record.pages) {
    recordedLinks.add(page.path);
    for (const anchor of page.anchors) recordedLinks.add(`${page.path}#${anchor.id}`);
  }
  const unrecorded: string[] = [];
  for (const page of [...site.pages.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!recordedLinks.has(page.path)) unrecorded.push(page.path);
    for (const anchor of page.anchors) {
      const link = `${page.path}#${anchor.id}`;
      if (!recordedLinks.has(link)) unrecorded.push(link);
    }
  }
  return { problems, resolutions, unrecorded };
}
