/**
 * One page of each kind the site serves, the heaviest of its kind: what `npm run lighthouse`
 * measures and what `npm run check:budgets` reports by kind.
 */
export interface PageKind {
  readonly kind: string;
  /** URL path, without the base URL. */
  readonly path: string;
}

export const PAGE_KINDS: readonly PageKind[] = [
  { kind: 'home', path: '/' },
  // Diagrams, math, tooltips and many code blocks.
  { kind: 'concept chapter', path: '/docs/concepts/rolling-updates' },
  // Long manifests.
  { kind: 'SEEK step', path: '/docs/seek-on-kubernetes/mysql' },
  { kind: 'glossary', path: '/docs/reference/glossary' },
  { kind: 'course links', path: '/docs/reference/course-links' },
  { kind: 'blog post', path: '/blog/why-this-site' },
];

/** The HTML file that serves a URL path (trailingSlash: false writes /a/b as a/b.html). */
export function htmlFileOf(urlPath: string): string {
  return urlPath === '/' ? 'index.html' : `${urlPath.replace(/^\//, '')}.html`;
}
