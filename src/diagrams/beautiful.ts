/**
 * Loads beautiful-mermaid. It is published as ESM with only an `import` export, which the
 * Docusaurus config loader (jiti, CommonJS) cannot import; Node 20.19+ can `require()` an ES
 * module by path, so we load its entry file with Node's own require, outside jiti.
 */
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
