/**
 * Shared setup of the readers' acceptance tests: which build to serve, the pages of the book,
 * and one served site plus one browser per test file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { serveBuild, type RunningServer } from '../serve/static-server';
import { launchBrowser } from './browser';
import { walkFiles } from '../util/files';

/** SITE_BUILD_DIR, so a private build (e.g. /tmp/h-build) can be tested while build/ is busy. */
export function siteBuildDir(): string {
  return path.resolve(process.env.SITE_BUILD_DIR ?? path.join(__dirname, '..', '..', 'build'));
}

/** Pages generated from typedoc: many, alike, and not part of the reader's path. */
export const isApiPage = (urlPath: string): boolean => /^\/docs\/api(\/|$)/.test(urlPath);

function walkHtml(dir: string): string[] {
  return walkFiles(dir, { include: (file) => file.endsWith('.html'), skipDir: () => false });
}

/**
 * URL paths of every docs page in the build, sorted. The sitemap when there is one; otherwise the
 * HTML files under docs/ (with trailingSlash: false, `docs/a/b.html` is served as `/docs/a/b`).
 */
export function docsPages(buildDir: string): string[] {
  const sitemap = path.join(buildDir, 'sitemap.xml');
  let paths: string[];
  if (fs.existsSync(sitemap)) {
    paths = [...fs.readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => new URL(m[1] ?? '/').pathname.replace(/\/$/, '') || '/')
      .filter((p) => p.startsWith('/docs'));
  } else {
    const root = path.join(buildDir, 'docs');
    paths = walkHtml(root).map((file) => {
      const rel = path.relative(buildDir, file).split(path.sep).join('/').replace(/\.html$/, '');
      return `/${rel.replace(/\/index$/, '')}`;
    });
  }
  return [...new Set(paths)].sort();
}

export interface Site {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A fresh context (cookies, storage, permissions) on the served site. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  const server = await serveBuild(siteBuildDir());
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser,
    async newContext(options = {}) {
      const context = await browser.newContext({ baseURL: server.url, ...options });
      contexts.push(context);
      return context;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}
