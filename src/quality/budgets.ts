/**
 * Performance budgets over the production build. A reader on a phone pays for every byte a page
 * loads, so these are checked in `npm test`, not left to a dashboard.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterPaintSources } from '../bundle/after-paint';
import { walkFiles } from '../util/files';

export interface Budgets {
  /** Gzipped JavaScript referenced by a page's HTML (`<script src>`: the runtime, main.js and the page's route chunks), in bytes. */
  readonly scriptGzipBytes: number;
  /** A page's HTML, uncompressed, in bytes. */
  readonly htmlBytes: number;
  /** Gzipped CSS of the stylesheets a page links (`<link rel=stylesheet>`): the page paints after them. */
  readonly styleGzipBytes: number;
  /** Any single image under build/img or build/assets/images, in bytes. */
  readonly imageBytes: number;
}

/**
 * 200 KB of gzipped script is the issue's ceiling (Docusaurus' runtime alone is about 170 KB).
 * 400 KB of HTML leaves room for a long chapter with inline SVG diagrams and KaTeX markup, which
 * are rendered at build time instead of shipping a renderer; a page above it should be split.
 */
export const defaultBudgets: Budgets = {
  scriptGzipBytes: 200 * 1024,
  htmlBytes: 400 * 1024,
  // Infima, the theme and the site's own CSS are ~19 KB; KaTeX's stylesheet adds ~6 KB on math pages.
  styleGzipBytes: 32 * 1024,
  imageBytes: 100 * 1024,
};

/** Strings only the Mermaid runtime contains; none may appear in the shipped JavaScript. */
export const mermaidRuntimeMarkers = ['mermaidAPI', 'flowchart-v2', 'securityLevel'];

export interface Violation {
  readonly file: string;
  readonly message: string;
}

export interface PageWeight {
  readonly page: string;
  readonly htmlBytes: number;
  readonly scriptGzipBytes: number;
  readonly styleGzipBytes: number;
}

export interface BudgetReport {
  readonly pages: readonly PageWeight[];
  readonly violations: readonly Violation[];
}

/** Every file of a build folder that `keep` accepts (a build has no folder to skip: build/docs/api is served too). */
function walk(dir: string, keep: (file: string) => boolean): string[] {
  return walkFiles(dir, { include: keep, skipDir: () => false });
}

/** Script URLs a page's HTML loads: its `<script src>` tags, then what its after-paint loader inserts. */
export function scriptSources(html: string): string[] {
  return [...parserScriptSources(html), ...afterPaintSources(html)];
}

/** URLs of a page's `<script src>` tags, which run before its first paint when they arrive early. */
export function parserScriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*>/gi)) {
    const src = match[1] ?? match[2] ?? match[3];
    if (src) sources.push(src);
  }
  return sources;
}

/** Local stylesheet URLs a page's HTML links, as paths relative to the site root. */
export function stylesheetSources(html: string): string[] {
  const sources: string[] = [];
  for (const tag of html.matchAll(/<link\b[^>]*\brel=(?:"stylesheet"|'stylesheet'|stylesheet)[^>]*>/gi)) {
    const href = /\bhref=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/i.exec(tag[0]);
    const value = href?.[1] ?? href?.[2] ?? href?.[3];
    if (value) sources.push(value.replace(/\/$/, ''));
  }
  return sources;
}

/** Bytes of fonts inlined as data: URLs in a stylesheet; they delay the first paint of every page that links it. */
export function inlinedFontBytes(css: string): number {
  let bytes = 0;
  for (const match of css.matchAll(/url\(\s*["']?data:(?:font\/|application\/(?:x-)?font)[^)]*\)/gi)) bytes += match[0].length;
  return bytes;
}

/**
 * Whether a page that hydrates names its route chunks in its HTML (src/bundle/route-chunks.ts).
 * 404.html is the exception: its one component is bundled into main.js. A redirect page loads no
 * script at all.
 */
export function loadsItsRouteChunks(page: string, scripts: readonly string[]): boolean {
  const isMain = (s: string) => /(^|\/)main\.[^/]*\.js$/.test(s);
  const isRuntime = (s: string) => /(^|\/)runtime~main\.[^/]*\.js$/.test(s);
  if (page === '404.html' || !scripts.some(isMain)) return true;
  return scripts.some((s) => !isMain(s) && !isRuntime(s));
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

export function checkBudgets(buildDir: string, budgets: Budgets = defaultBudgets): BudgetReport {
  const root = path.resolve(buildDir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: run \`npm run build\` first.`);
  }
  const violations: Violation[] = [];
  const pages: PageWeight[] = [];
  const stylesheets = new Set<string>();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

  for (const file of walk(root, (f) => f.endsWith('.html'))) {
    const rel = path.relative(root, file);
    const html = fs.readFileSync(file, 'utf8');
    // Local files a page loads, by kind; a URL to another host or a missing file is a violation.
    const localFiles = (urls: string[], kind: 'script' | 'stylesheet'): string[] =>
      urls.flatMap((url) => {
        if (/^(https?:)?\/\//.test(url)) {
          violations.push({ file: rel, message: `loads a ${kind} from another host: ${url}` });
          return [];
        }
        const local = path.join(root, url.split('?')[0] ?? url);
        if (fs.existsSync(local)) return [local];
        violations.push({ file: rel, message: `refers to a missing ${kind}: ${url}` });
        return [];
      });
    const sum = (files: string[]) => files.reduce((total, f) => total + gzipSize(f), 0);
    const scripts = scriptSources(html);
    if (!loadsItsRouteChunks(rel, scripts)) {
      violations.push({
        file: rel,
        message: 'loads main.js but none of its route chunks: the client manifest lookup broke, so the page fetches them only after main.js has run (see src/bundle/route-chunks.ts)',
      });
    }
    const early = parserScriptSources(html).find((s) => /(^|\/)main(\.[^/]*)?\.js$/.test(s));
    if (early) {
      violations.push({
        file: rel,
        message: `loads ${early} with a <script src> tag, which can run before the first paint: the page must come from the after-paint template (src/bundle/after-paint.ts)`,
      });
    }
    const scriptGzipBytes = sum(localFiles(scripts, 'script'));
    const styleFiles = localFiles(stylesheetSources(html), 'stylesheet');
    for (const f of styleFiles) stylesheets.add(f);
    const styleGzipBytes = sum(styleFiles);
    const htmlBytes = Buffer.byteLength(html);
    pages.push({ page: rel, htmlBytes, scriptGzipBytes, styleGzipBytes });
    if (scriptGzipBytes > budgets.scriptGzipBytes) {
      violations.push({
        file: rel,
        message: `loads ${kb(scriptGzipBytes)} of gzipped JavaScript; the budget is ${kb(budgets.scriptGzipBytes)}`,
      });
    }
    if (styleGzipBytes > budgets.styleGzipBytes) {
      violations.push({
        file: rel,
        message: `links ${kb(styleGzipBytes)} of gzipped CSS, which the page waits for before its first paint; the budget is ${kb(budgets.styleGzipBytes)}: load styles only where they are used`,
      });
    }
    if (htmlBytes > budgets.htmlBytes) {
      violations.push({
        file: rel,
        message: `HTML is ${kb(htmlBytes)}; the budget is ${kb(budgets.htmlBytes)}: split the page or move content out`,
      });
    }
  }

  for (const file of stylesheets) {
    const fonts = inlinedFontBytes(fs.readFileSync(file, 'utf8'));
    if (fonts > 0) {
      violations.push({
        file: path.relative(root, file),
        message: `inlines ${kb(fonts)} of fonts as data: URLs into a stylesheet pages wait for: serve fonts as files, which the browser fetches only when text uses them`,
      });
    }
  }

  for (const file of walk(path.join(root, 'assets', 'js'), (f) => f.endsWith('.js'))) {
    const text = fs.readFileSync(file, 'utf8');
    const marker = mermaidRuntimeMarkers.find((m) => text.includes(m));
    if (marker) {
      violations.push({
        file: path.relative(root, file),
        message: `contains the Mermaid runtime ("${marker}"): diagrams must be rendered at build time`,
      });
    }
  }

  for (const file of [...walk(path.join(root, 'assets', 'css'), (f) => f.endsWith('.css')), ...stylesheets]) {
    const foreign = /url\(\s*["']?((?:https?:)?\/\/[^)"']+)/i.exec(fs.readFileSync(file, 'utf8'));
    if (foreign) {
      violations.push({ file: path.relative(root, file), message: `loads a font or image from another host: ${foreign[1]}` });
    }
  }

  const images = [path.join(root, 'img'), path.join(root, 'assets', 'images')].flatMap((dir) =>
    walk(dir, (f) => /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(f)),
  );
  for (const file of images) {
    const size = fs.statSync(file).size;
    if (size > budgets.imageBytes) {
      violations.push({
        file: path.relative(root, file),
        message: `image is ${kb(size)}; the budget is ${kb(budgets.imageBytes)}: compress or resize it`,
      });
    }
  }

  return { pages, violations };
}
