/**
 * The record of published links (static/permalinks.json) and what a built site offers.
 * A recorded page or anchor is a promise to teachers who link to it; see CONTRIBUTING.md.
 */

export type PageKind = 'doc' | 'category' | 'blog-post' | 'page';

export interface RecordedAnchor {
  /** The heading id, without `#`. */
  readonly id: string;
  readonly title: string;
  readonly level: 2 | 3 | 4;
  /**
   * Set when the heading is gone and the page keeps this id as an alias of another heading: its id,
   * or `/docs/part/page#id` when the section moved to another page.
   */
  readonly aliasOf?: string;
}

export interface RecordedPage {
  /** Site-relative URL path without base URL, e.g. `/docs/concepts/storage`. */
  readonly path: string;
  readonly title: string;
  readonly kind: PageKind;
  readonly anchors: readonly RecordedAnchor[];
  /** Set when the page moved: the path still answers with a redirect to this one. */
  readonly redirectTo?: string;
}

export interface PermalinkRecord {
  readonly description: string;
  /** Absolute site URL (without trailing slash) that `path` values are relative to. */
  readonly site: string;
  readonly pages: readonly RecordedPage[];
}

/** A heading with an id, found in a built page. */
export interface BuiltAnchor {
  readonly id: string;
  readonly title: string;
  readonly level: 2 | 3 | 4;
}

/** An element that keeps an old anchor id alive and points at the heading that replaced it. */
export interface BuiltAlias {
  readonly id: string;
  readonly aliasOf: string;
}

export interface BuiltPage {
  readonly path: string;
  readonly title: string;
  readonly kind: PageKind;
  readonly anchors: readonly BuiltAnchor[];
  readonly aliases: readonly BuiltAlias[];
}

/** What a build directory serves: real pages and client-side redirect pages. */
export interface BuiltSite {
  readonly pages: ReadonlyMap<string, BuiltPage>;
  /** Redirect source path -> target path (site-relative when the target is on this site). */
  readonly redirects: ReadonlyMap<string, string>;
}

export interface PermalinkProblem {
  readonly kind: 'missing-page' | 'missing-anchor' | 'broken-redirect' | 'broken-alias';
  /** The recorded link that no longer resolves, e.g. `/docs/concepts/storage#access-modes`. */
  readonly link: string;
  readonly message: string;
}

/** A recorded link that resolves only through a redirect or an anchor alias. */
export interface PermalinkResolution {
  readonly link: string;
  readonly via: 'redirect' | 'alias';
  readonly target: string;
}
