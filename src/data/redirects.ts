/**
 * Pages that moved. A published URL is a promise (static/permalinks.json): when a chapter is
 * renamed or moved, add `{ from: old path, to: new path }` here in the same pull request.
 * @docusaurus/plugin-client-redirects serves each `from` as a page that forwards to `to`, keeping
 * the `#anchor`, and `npm run check:permalinks` then checks the old anchors on the new page.
 */
export interface Redirect {
  /** The old path, without base URL: `/docs/concepts/volumes`. */
  readonly from: string;
  /** Where it lives now: `/docs/concepts/storage`. */
  readonly to: string;
}

export const redirects: readonly Redirect[] = [];
