/**
 * Groups the recorded pages the way the book's sidebar orders them, for the Course links page,
 * and formats links as Markdown a teacher can paste into a syllabus.
 */
import type { PermalinkRecord, RecordedAnchor, RecordedPage } from './types';

/** The part of Docusaurus' sidebar item shape this needs. */
export type SidebarEntry =
  | { readonly type: 'category'; readonly label: string; readonly href?: string; readonly items: readonly SidebarEntry[] }
  | { readonly type: 'link'; readonly label: string; readonly href: string }
  | { readonly type: string; readonly label?: string; readonly href?: string; readonly items?: readonly SidebarEntry[] };

export interface SyllabusGroup {
  readonly title: string;
  /** The part's own page (a generated index), when it is recorded. */
  readonly page?: RecordedPage;
  readonly chapters: readonly RecordedPage[];
}

/** Pages and anchors that are promises in their own right (not kept alive by a redirect or alias). */
function livePages(record: PermalinkRecord): Map<string, RecordedPage> {
  const pages = new Map<string, RecordedPage>();
  for (const page of record.pages) {
    if (page.redirectTo) continue;
    pages.set(page.path, { ...page, anchors: page.anchors.filter((anchor) => !anchor.aliasOf) });
  }
  return pages;
}

function stripBase(href: string, baseUrl: string): string {
  const withoutHash = href.split('#')[0]!;
  return baseUrl !== '/' && withoutHash.startsWith(baseUrl) ? `/${withoutHash.slice(baseUrl.length)}` : withoutHash;
}

/** Sidebar order first (one group per top-level category), then blog posts; unlisted docs last. */
export function syllabusGroups(record: PermalinkRecord, sidebar: readonly SidebarEntry[], baseUrl = '/'): SyllabusGroup[] {
  const pages = livePages(record);
  const used = new Set<string>();
  const take = (href: string | undefined): RecordedPage | undefined => {
    if (!href) return undefined;
    const page = pages.get(stripBase(href, baseUrl));
    if (page && !used.has(page.path)) {
      used.add(page.path);
      return page;
    }
    return undefined;
  };
  const chaptersOf = (entries: readonly SidebarEntry[]): RecordedPage[] =>
    entries.flatMap((entry) => {
      if (entry.type === 'link') return take(entry.href) ?? [];
      if (entry.type === 'category') return [...[take(entry.href)].filter((p): p is RecordedPage => !!p), ...chaptersOf(entry.items ?? [])];
      return [];
    });

  const groups: SyllabusGroup[] = [];
  for (const entry of sidebar) {
    if (entry.type === 'category') {
      const page = take(entry.href);
      const chapters = chaptersOf(entry.items ?? []);
      if (page || chapters.length > 0) groups.push({ title: entry.label ?? '', ...(page ? { page } : {}), chapters });
    } else if (entry.type === 'link') {
      const page = take(entry.href);
      if (page) groups.push({ title: page.title, chapters: [page] });
    }
  }
  const rest = [...pages.values()].filter((page) => !used.has(page.path));
  const otherDocs = rest.filter((page) => page.kind === 'doc' || page.kind === 'category');
  if (otherDocs.length > 0) groups.push({ title: 'Other pages', chapters: otherDocs });
  const posts = rest.filter((page) => page.kind === 'blog-post');
  if (posts.length > 0) groups.push({ title: 'Blog posts', chapters: posts });
  return groups;
}

export function permanentUrl(siteUrl: string, path: string, anchor?: string): string {
  return `${siteUrl.replace(/\/$/, '')}${path}${anchor ? `#${anchor}` : ''}`;
}

function escapeLabel(text: string): string {
  return text.replace(/([[\]\\])/g, '\\$1');
}

/** A chapter and its sections as a nested Markdown list, indented by heading level. */
export function markdownLinks(siteUrl: string, page: RecordedPage): string {
  const lines = [`- [${escapeLabel(page.title)}](${permanentUrl(siteUrl, page.path)})`];
  for (const anchor of page.anchors as readonly RecordedAnchor[]) {
    const indent = '  '.repeat(anchor.level - 1);
    lines.push(`${indent}- [${escapeLabel(anchor.title)}](${permanentUrl(siteUrl, page.path, anchor.id)})`);
  }
  return `${lines.join('\n')}\n`;
}
