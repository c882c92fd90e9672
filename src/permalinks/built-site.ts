/**
 * Reads a Docusaurus build directory: which pages it serves, their headings, the anchor aliases
 * they keep, and the client-side redirect pages written by @docusaurus/plugin-client-redirects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { walkFiles } from '../util/files';
import { ALIAS_ATTRIBUTE } from './attributes';
import type { BuiltAlias, BuiltAnchor, BuiltPage, BuiltSite, PageKind } from './types';

export { ALIAS_ATTRIBUTE };

/** Generated API pages change with the code; they are not promised to courses. */
const UNPROMISED_PREFIXES = ['/docs/api'];

export interface ReadOptions {
  /** The site's baseUrl (`/` or `/sub/`), stripped from redirect targets. */
  readonly baseUrl?: string;
  /** The site's absolute URL, stripped from redirect targets. */
  readonly siteUrl?: string;
}

/** `docs/a.html` and `docs/a/index.html` both serve `/docs/a` (trailingSlash: false). */
export function urlPathOfFile(relativeFile: string): string | undefined {
  const file = relativeFile.split(path.sep).join('/');
  if (!file.endsWith('.html') || file.endsWith('.html.html')) return undefined;
  let urlPath = `/${file.slice(0, -'.html'.length)}`;
  if (urlPath === '/index') return '/';
  if (urlPath.endsWith('/index')) urlPath = urlPath.slice(0, -'/index'.length);
  return urlPath;
}

function listHtmlFiles(dir: string): string[] {
  return walkFiles(dir, { include: (file) => file.endsWith('.html'), skipDir: () => false });
}

/** The page kind from Docusaurus' classes on `<html>`, or undefined for pages we do not record. */
export function classifyPage(htmlClass: string, urlPath: string): PageKind | undefined {
  const classes = htmlClass.split(/\s+/);
  if (classes.includes('docs-doc-page')) {
    if (UNPROMISED_PREFIXES.some((prefix) => urlPath === prefix || urlPath.startsWith(`${prefix}/`))) {
      return undefined;
    }
    return classes.some((c) => c.startsWith('docs-doc-id-')) ? 'doc' : 'category';
  }
  if (classes.includes('blog-post-page')) return 'blog-post';
  if (classes.includes('plugin-pages')) return 'page';
  return undefined;
}

const htmlClassPattern = /<html\b[^>]*?\sclass=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const refreshPattern = /<meta\s+http-equiv=["']?refresh["']?\s+content=["']?\d+;\s*url=([^"'>]+)["']?/i;

function visibleText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  // The hash link and the copy button are decoration, not part of the heading's title.
  for (const extra of clone.querySelectorAll('a.hash-link, button, [aria-hidden="true"], [data-heading-extra]')) {
    extra.remove();
  }
  return (clone.textContent ?? '').replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
}

/** Strip the site URL and base URL so a redirect target compares with recorded paths. */
export function sitePath(target: string, options: ReadOptions = {}): string {
  let result = decodeURI(target.trim());
  const siteUrl = options.siteUrl?.replace(/\/$/, '');
  if (siteUrl && result.startsWith(siteUrl)) result = result.slice(siteUrl.length) || '/';
  const baseUrl = options.baseUrl ?? '/';
  if (baseUrl !== '/' && result.startsWith(baseUrl)) result = `/${result.slice(baseUrl.length)}`;
  return result;
}

/** Reads one built HTML document; undefined when the page is not one we record. */
export function readBuiltPage(html: string, urlPath: string): BuiltPage | undefined {
  const match = htmlClassPattern.exec(html);
  const kind = classifyPage(match?.[1] ?? match?.[2] ?? match?.[3] ?? '', urlPath);
  if (!kind) return undefined;

  const { document } = new JSDOM(html).window;
  const scope = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  const h1 = scope.querySelector('h1');
  const title = (h1 ? visibleText(h1) : '') || document.title.split(' | ')[0]!.trim();

  const anchors: BuiltAnchor[] = [];
  for (const heading of scope.querySelectorAll('h2[id], h3[id], h4[id]')) {
    const level = Number(heading.tagName.slice(1)) as 2 | 3 | 4;
    anchors.push({ id: heading.id, title: visibleText(heading), level });
  }
  const aliases: BuiltAlias[] = [];
  for (const element of scope.querySelectorAll(`[${ALIAS_ATTRIBUTE}]`)) {
    if (element.id) aliases.push({ id: element.id, aliasOf: element.getAttribute(ALIAS_ATTRIBUTE) ?? '' });
  }
  return { path: urlPath, title, kind, anchors, aliases };
}

/** Reads a whole build directory. Throws with a clear message when there is no build. */
export function readBuiltSite(buildDir: string, options: ReadOptions = {}): BuiltSite {
  if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(
      `No built site in ${buildDir} (index.html is missing). Build it first: npm run build`,
    );
  }
  const pages = new Map<string, BuiltPage>();
  const redirects = new Map<string, string>();
  for (const file of listHtmlFiles(buildDir)) {
    const urlPath = urlPathOfFile(path.relative(buildDir, file));
    if (!urlPath) continue;
    const html = fs.readFileSync(file, 'utf8');
    const refresh = refreshPattern.exec(html);
    if (refresh && !htmlClassPattern.test(html)) {
      // A real page at the same path wins, as it does on static hosts.
      if (!pages.has(urlPath)) redirects.set(urlPath, sitePath(refresh[1]!, options));
      continue;
    }
    const page = readBuiltPage(html, urlPath);
    if (page) {
      pages.set(urlPath, page);
      redirects.delete(urlPath);
    }
  }
  return { pages, redirects };
}
