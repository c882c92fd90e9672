/**
 * Site-wide facts about static/examples: which files exist, which pages show them, and which
 * container images they name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** Every file under `root`, as posix paths relative to it, sorted. */
export function listExampleFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else files.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  if (fs.existsSync(root)) walk(root);
  return files.sort();
}

/** Markdown and MDX files under the given folders. */
export function listPages(dirs: readonly string[]): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'api' && e.name !== 'node_modules') walk(full);
      } else if (/\.mdx?$/.test(e.name)) pages.push(full);
    }
  };
  for (const dir of dirs) if (fs.existsSync(dir)) walk(dir);
  return pages.sort();
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
    if (!/\.ya?ml$/.test(file) || isHelmTemplate(root, file)) continue;
    for (const doc of parseAllDocuments(fs.readFileSync(path.join(root, file), 'utf8'))) {
      collectImages(doc.toJS() as unknown, (image) => uses.push({ file, image }));
    }
  }
  return uses;
}

function isHelmTemplate(root: string, file: string): boolean {
  const parts = file.split('/');
  const index = parts.indexOf('templates');
  return index > 0 && fs.existsSync(path.join(root, ...parts.slice(0, index), 'Chart.yaml'));
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

/** Why an image reference is not pinned, or undefined when it is (a tag other than latest, or a digest). */
export function unpinnedReason(image: string): string | undefined {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return undefined;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  if (colon === -1) return 'has no tag (Kubernetes would pull :latest)';
  const tag = lastSegment.slice(colon + 1);
  if (tag === '' || tag === 'latest') return 'uses the moving tag latest';
  return undefined;
}
