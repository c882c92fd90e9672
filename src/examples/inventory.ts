/**
 * Site-wide facts about static/examples: which files exist, which pages show them, and which
 * container images they name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { isHelmTemplate } from '../manifests/helm';
import { relativePosix, walkFiles } from '../util/files';

export { unpinnedReason } from '../manifests/rules/image-tag';

/** Every file under `root`, as posix paths relative to it, sorted. */
export function listExampleFiles(root: string): string[] {
  return walkFiles(root).map((file) => relativePosix(root, file));
}

/** Markdown and MDX files under the given folders (generated ones, such as docs/api, left out). */
export function listPages(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) => walkFiles(dir, { include: (file) => /\.mdx?$/.test(file) })).sort();
}

/**
 * Example files a page shows or links: `::manifest{file="..."}` and links or URLs containing
 * `/examples/<path>`. Returns a map from example path to the pages that show it.
 */
export function shownExamples(pages: readonly string[]): Map<string, string[]> {
  const shown = new Map<string, string[]>();
  const note = (file: string, page: string): void => {
    const clean = file.replace(/^\/+/, '').replace(/^examples\//, '').replace(/[#?].*$/, '');
    const list = shown.get(clean) ?? [];
    if (!list.includes(page)) list.push(page);
    shown.set(clean, list);
  };
  for (const page of pages) {
    const text = fs.readFileSync(page, 'utf8');
    for (const m of text.matchAll(/::manifest\{[^}]*\bfile="([^"]+)"/g)) note(m[1]!, page);
    // Site URLs only: source paths such as src/examples/ or static/examples/ show nothing to a reader.
    for (const m of text.matchAll(/(?<!src|static)\/examples\/([A-Za-z0-9._\-/]+[A-Za-z0-9_\-])/g)) note(m[1]!, page);
  }
  return shown;
}

export interface ImageUse {
  readonly file: string;
  readonly image: string;
}

/** Every `image:` value (at any depth) in the YAML files under `root`, skipping Helm templates. */
export function imagesInExamples(root: string): ImageUse[] {
  const uses: ImageUse[] = [];
  for (const file of listExampleFiles(root)) {
    if (!/\.ya?ml$/.test(file) || isHelmTemplate(path.join(root, file))) continue;
    for (const doc of parseAllDocuments(fs.readFileSync(path.join(root, file), 'utf8'))) {
      const error = doc.errors[0];
      if (error) throw new Error(`${path.join(root, file)}: ${error.message}`);
      collectImages(doc.toJS() as unknown, (image) => uses.push({ file, image }));
    }
  }
  return uses;
}

export function collectImages(value: unknown, found: (image: string) => void): void {
  if (Array.isArray(value)) value.forEach((v) => collectImages(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'image' && typeof v === 'string') found(v);
      else collectImages(v, found);
    }
  }
}
