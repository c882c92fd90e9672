/**
 * Loads beautiful-mermaid. It is published as ESM with only an `import` export, which the
 * Docusaurus config loader (jiti, CommonJS) cannot import; Node 20.19+ can `require()` an ES
 * module by path, so we load its entry file with Node's own require, outside jiti. The package is
 * found from the project root, wherever the command runs.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { errorMessage } from '../util/errors';
import { packageDir, packageVersion, PROJECT_ROOT } from '../util/project';

type BeautifulMermaid = typeof import('beautiful-mermaid');

let cached: BeautifulMermaid | undefined;

export function beautifulMermaid(): BeautifulMermaid {
  if (cached === undefined) {
    const nativeRequire = createRequire(path.join(PROJECT_ROOT, 'package.json'));
    cached = nativeRequire(path.join(packageDir('beautiful-mermaid'), 'dist', 'index.js')) as BeautifulMermaid;
  }
  return cached;
}

type SvgRenderOptions = Parameters<BeautifulMermaid['renderMermaidSVG']>[1];

const memory = new Map<string, string>();

/** Where rendered SVGs are kept between runs; layout is the slow part (50-600 ms a diagram). */
function svgCacheDir(): string {
  return path.join(PROJECT_ROOT, 'node_modules', '.cache', 'k8s-diagrams');
}

let version: string | undefined;

/**
 * The renderer's version: beautiful-mermaid's and that of the layout engine it uses (elkjs), so
 * that upgrading either draws every diagram anew instead of serving old SVGs from the cache.
 */
export function rendererVersion(): string {
  if (version === undefined) {
    const dir = packageDir('beautiful-mermaid');
    version = `beautiful-mermaid@${packageVersion('beautiful-mermaid')} elkjs@${packageVersion('elkjs', dir)}`;
  }
  return version;
}

/** The cache key of a text drawn with some options by some renderer version. */
export function svgCacheKey(text: string, options: SvgRenderOptions, renderer: string = rendererVersion()): string {
  return createHash('sha256').update(`${renderer}\n${JSON.stringify(options)}\n${text}`).digest('hex');
}

let warnedReadOnly = false;

/** Stores an SVG in the disk cache; a read-only checkout still renders, it just does not remember. */
function remember(file: string, svg: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, svg);
    fs.renameSync(partial, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw new Error(`cannot write the diagram cache ${file}: ${errorMessage(error)}`, { cause: error });
    if (!warnedReadOnly) console.warn(`diagrams: the cache ${path.dirname(file)} is not writable (${code}); diagrams are drawn without it`);
    warnedReadOnly = true;
  }
}

/**
 * beautiful-mermaid's SVG for a text, from memory, then from the disk cache, else rendered and
 * stored. The key covers the text, the options and the renderer's version, so a change redraws.
 * A text beautiful-mermaid cannot draw throws its error; the callers add where the text is from.
 */
export function renderMermaidSvgCached(text: string, options: SvgRenderOptions): string {
  const key = svgCacheKey(text, options);
  const known = memory.get(key);
  if (known !== undefined) return known;
  const file = path.join(svgCacheDir(), `${key}.svg`);
  let svg = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  // An entry that is not an SVG (an interrupted write of an older version) is drawn again.
  if (!svg.startsWith('<svg')) {
    svg = beautifulMermaid().renderMermaidSVG(text, options);
    remember(file, svg);
  }
  memory.set(key, svg);
  return svg;
}
