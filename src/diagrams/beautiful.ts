/**
 * Loads beautiful-mermaid. It is published as ESM with only an `import` export, which the
 * Docusaurus config loader (jiti, CommonJS) cannot import; Node 20.19+ can `require()` an ES
 * module by path, so we load its entry file with Node's own require, outside jiti.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type BeautifulMermaid = typeof import('beautiful-mermaid');

let cached: BeautifulMermaid | undefined;

function entryFile(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'beautiful-mermaid', 'dist', 'index.js');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('beautiful-mermaid is not installed (run npm install)');
  }
}

export function beautifulMermaid(): BeautifulMermaid {
  if (cached === undefined) {
    const nativeRequire = createRequire(path.join(process.cwd(), 'package.json'));
    cached = nativeRequire(entryFile()) as BeautifulMermaid;
  }
  return cached;
}

type SvgRenderOptions = Parameters<BeautifulMermaid['renderMermaidSVG']>[1];

const memory = new Map<string, string>();

/** Where rendered SVGs are kept between runs; layout is the slow part (50-600 ms a diagram). */
export function svgCacheDir(): string {
  return path.join(process.cwd(), 'node_modules', '.cache', 'k8s-diagrams');
}

function version(): string {
  try {
    const manifest = path.join(path.dirname(path.dirname(entryFile())), 'package.json');
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * beautiful-mermaid's SVG for a text, from memory, then from the disk cache, else rendered and
 * stored. The key covers the text, the options and the library version, so a change redraws.
 */
export function renderMermaidSvgCached(text: string, options: SvgRenderOptions): string {
  const key = createHash('sha256').update(`${version()}\n${JSON.stringify(options)}\n${text}`).digest('hex');
  const known = memory.get(key);
  if (known !== undefined) return known;
  const file = path.join(svgCacheDir(), `${key}.svg`);
  let svg: string;
  if (fs.existsSync(file)) {
    svg = fs.readFileSync(file, 'utf8');
  } else {
    svg = beautifulMermaid().renderMermaidSVG(text, options);
    try {
      fs.mkdirSync(svgCacheDir(), { recursive: true });
      fs.writeFileSync(file, svg);
    } catch {
      // A read-only checkout still renders; it just does not remember.
    }
  }
  memory.set(key, svg);
  return svg;
}
