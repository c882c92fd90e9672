/** The one folder walk of the project: sorted absolute paths, with one rule for what to skip. */
import fs from 'node:fs';
import path from 'node:path';

/** Folders that hold no source of the project: dependencies, build output, caches, version control. */
const NOT_SOURCE = new Set(['node_modules', 'build', '.docusaurus', '.git', '.tools', '.cache']);

/**
 * True for a folder that is generated or installed rather than written: the folders above, and
 * docs/api, which typedoc writes at build time. Walks over the project's sources skip these; walks
 * over a build (build/docs/api is a real part of the site) do not.
 */
export function isGeneratedDir(dir: string): boolean {
  const name = path.basename(dir);
  return NOT_SOURCE.has(name) || (name === 'api' && path.basename(path.dirname(dir)) === 'docs');
}

export interface WalkOptions {
  /** Keep this file (absolute path)? Default: every file. */
  readonly include?: (file: string) => boolean;
  /** Leave this folder (absolute path) out, with everything in it? Default: {@link isGeneratedDir}. */
  readonly skipDir?: (dir: string) => boolean;
}

/**
 * Every file under `root` (absolute paths, sorted), entering no folder that `skipDir` refuses;
 * `root` itself is always read. A missing `root` has no files.
 */
export function walkFiles(root: string, options: WalkOptions = {}): string[] {
  const { include = () => true, skipDir = isGeneratedDir } = options;
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipDir(full)) visit(full);
      } else if (include(full)) found.push(full);
    }
  };
  if (fs.existsSync(root)) visit(root);
  return found.sort();
}

/** `a\b` on Windows, `a/b` elsewhere, as `a/b`: the form of paths in messages, URLs and records. */
export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** `file` relative to `root`, as a posix path. */
export function relativePosix(root: string, file: string): string {
  return toPosix(path.relative(root, file));
}
