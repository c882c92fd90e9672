/**
 * Where the project's own files are, from this file's place in it (never from the working
 * directory, so a command run from a sub-folder or another checkout reads the right files).
 */
import fs from 'node:fs';
import path from 'node:path';

/** The folder with package.json. */
export const PROJECT_ROOT = path.resolve(__dirname, '../..');

/** A path under the project root. */
export function projectPath(...segments: string[]): string {
  return path.join(PROJECT_ROOT, ...segments);
}

/** static/examples: the files pages show with ::manifest and readers download from /examples/. */
export const EXAMPLES_DIR = projectPath('static', 'examples');

/** A path under static/examples, from posix segments (`examplePath('seek/11-helm/seek')`). */
export function examplePath(...segments: string[]): string {
  return path.join(EXAMPLES_DIR, ...segments.flatMap((s) => s.split('/')));
}

/** The folders of the site's own content, which `npm run validate` checks by default. */
export const CONTENT_DIRS = ['docs', 'blog', 'static/examples'] as const;

/**
 * The folder of an installed package, found the way Node resolves it from `from` (default: the
 * project root): node_modules of that folder, then of each parent. Works for packages whose
 * `exports` hide package.json, which require.resolve cannot reach.
 */
export function packageDir(name: string, from: string = PROJECT_ROOT): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', ...name.split('/'));
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${name} is not installed (run npm install in ${PROJECT_ROOT})`);
  }
}

/** The version of an installed package, from its package.json (found as {@link packageDir} finds it). */
export function packageVersion(name: string, from: string = PROJECT_ROOT): string {
  const manifest = path.join(packageDir(name, from), 'package.json');
  const version = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error(`${manifest} has no version`);
  return version;
}
