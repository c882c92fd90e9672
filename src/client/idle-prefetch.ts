/**
 * Docusaurus prefetches the chunks of a linked page as soon as the link is visible, all at once
 * in the tasks right after hydration. On a phone that is some 40 pages and 500
 * `<link rel="prefetch">` elements, in tasks of up to half a second (4x CPU): the closed mobile
 * sidebar's links count as visible (IntersectionObserver reports a box that touches the viewport's
 * edge), and a link to each #section of a page is prefetched again. Here the prefetches wait for
 * idle time and run one page per idle period (5 to 25 ms at 4x CPU), once per page. Hover and
 * touch still load a page at once (`preload`), so a tap is as fast as before.
 */
import { whenIdle } from './idle';

/** Docusaurus' window.docusaurus.prefetch: false when it does nothing. */
export type Prefetch = (routePath: string) => false | Promise<void[]>;

/** Runs a function in the next idle period. */
export type IdleScheduler = (run: () => void) => void;

const browserIdle: IdleScheduler = (run) => void whenIdle(run, 5000);

/** A prefetch that queues each page once (hash and query ignored) and runs the queue when idle. */
export function idlePrefetch(prefetch: Prefetch, idle: IdleScheduler = browserIdle): Prefetch {
  const seen = new Set<string>();
  const queue: { page: string; done: (result: ReturnType<Prefetch>) => void }[] = [];
  let scheduled = false;
  const schedule = () => {
    if (scheduled || !queue.length) return;
    scheduled = true;
    idle(() => {
      scheduled = false;
      const next = queue.shift()!;
      next.done(prefetch(next.page));
      schedule();
    });
  };
  return (routePath) => {
    const page = routePath.replace(/[?#].*$/, '');
    if (seen.has(page)) return false;
    seen.add(page);
    const prefetched = new Promise<void[]>((resolve) => queue.push({ page, done: (result) => resolve(result || []) }));
    schedule();
    return prefetched;
  };
}

let installed = false;

/** Runs before any link's IntersectionObserver reports (this is the first layout effect's commit). */
export function onRouteDidUpdate(): void {
  if (installed || typeof window === 'undefined' || !window.docusaurus) return;
  installed = true;
  // Links call window.docusaurus.prefetch at the time; the object itself is read-only in a build.
  const docusaurus = window.docusaurus as { prefetch: Prefetch };
  window.docusaurus = { ...window.docusaurus, prefetch: idlePrefetch(docusaurus.prefetch.bind(docusaurus)) };
}
