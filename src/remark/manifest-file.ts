/**
 * `::manifest{file="seek/02-deployment/seek.yaml"}`: shows a file of static/examples/ on the page
 * with its path as title, highlighting, a copy button and a download link to /examples/<path>
 * (the same URL `kubectl apply -f` can fetch). The file is read at build time, so the page always
 * shows what the site serves; an unknown file fails the build at the directive's position.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-directive';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { importNode } from './mdx-nodes';
import { EXAMPLES_DIR } from '../util/project';

export interface ManifestFileOptions {
  /** Folder the `file` attribute is relative to. Defaults to `static/examples` under the working directory. */
  readonly examplesDir?: string;
  /** Module the generated import points at. */
  readonly componentSource?: string;
}

/** The component's local name in the compiled page; unusual so it never clashes with an author's import. */
export const COMPONENT_NAME = 'ManifestFile__Example';

const LANGUAGE_BY_EXTENSION: Record<string, string> = {
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.md': 'markdown',
  '.sh': 'bash',
  '.env': 'ini',
  '.tpl': 'text',
  '.txt': 'text',
  '.conf': 'ini',
  '.properties': 'ini',
};

/** Prism language for a file name; plain text for anything unknown. */
export function languageOf(file: string): string {
  return LANGUAGE_BY_EXTENSION[path.extname(file).toLowerCase()] ?? 'text';
}

/**
 * Checks the `file` attribute and returns the path relative to the examples folder (posix), or a
 * message saying what is wrong.
 */
export function resolveExample(file: unknown, examplesDir: string): { path: string; absolute: string } | { error: string } {
  if (typeof file !== 'string' || file.trim() === '') {
    return { error: '::manifest needs a file attribute, e.g. ::manifest{file="seek/02-deployment/seek.yaml"}' };
  }
  const relative = file.trim().replace(/^\/+/, '').replace(/^examples\//, '');
  const absolute = path.resolve(examplesDir, relative);
  if (!absolute.startsWith(path.resolve(examplesDir) + path.sep)) {
    return { error: `::manifest file "${file}" points outside static/examples/` };
  }
  if (!fs.existsSync(absolute) || !fs.statSync(absolute).isFile()) {
    return { error: `::manifest file "${file}" does not exist under static/examples/` };
  }
  return { path: relative.split(path.sep).join('/'), absolute };
}

const remarkManifestFile: Plugin<[ManifestFileOptions?], Root> = (options = {}) => {
  const examplesDir = options.examplesDir ?? EXAMPLES_DIR;
  const componentSource = options.componentSource ?? '@site/src/components/ManifestFile';

  return (tree: Root, file: VFile) => {
    let used = false;
    visit(tree, 'leafDirective', (node, index, parent) => {
      if (node.name !== 'manifest' || !parent || index === undefined) return;
      const resolved = resolveExample(node.attributes?.file, examplesDir);
      if ('error' in resolved) {
        const start = node.position?.start;
        const where = `${file.path ?? '<input>'}:${start?.line ?? 0}:${start?.column ?? 0}`;
        throw new Error(`${where}: ${resolved.error}`);
      }
      const code = fs.readFileSync(resolved.absolute, 'utf8').replace(/\n$/, '');
      const element = {
        type: 'mdxJsxFlowElement',
        name: COMPONENT_NAME,
        attributes: [
          { type: 'mdxJsxAttribute', name: 'path', value: resolved.path },
          { type: 'mdxJsxAttribute', name: 'language', value: languageOf(resolved.path) },
          { type: 'mdxJsxAttribute', name: 'code', value: code },
        ],
        children: [],
        position: node.position,
      } as unknown as RootContent;
      parent.children.splice(index, 1, element);
      used = true;
    });
    if (used) tree.children.unshift(importNode(COMPONENT_NAME, componentSource));
  };
};

export default remarkManifestFile;
