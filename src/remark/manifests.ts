/**
 * Build-time manifest validation. Each page's ```yaml and shell blocks are validated (the same
 * code and messages as `npm run validate`), and so are the static/examples/ files the page shows
 * with ::manifest. Any error fails the build with `file:line:column severity rule message` lines.
 * Blocks marked expect="rule-id" get a visible "Broken on purpose" title and a CSS class.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import type {} from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseFenceMeta, SHELL_LANGS, YAML_LANGS } from '../manifests/extract';
import { formatText } from '../manifests/report';
import { KUBERNETES_VERSION } from '../manifests/schema/kinds';
import type { Finding } from '../manifests/types';
import { validateMarkdownText, validatePaths } from '../manifests/validate';
import { EXAMPLES_DIR, PROJECT_ROOT } from '../util/project';

export interface ManifestsOptions {
  /** Folder ::manifest file attributes are relative to (default static/examples). */
  readonly examplesDir?: string;
  /** Working directory that file names in messages are relative to. */
  readonly cwd?: string;
}

export const BROKEN_CLASS = 'manifest-broken-on-purpose';

/** Code blocks the validator reads (manifests and shell commands). */
const CHECKED_LANGUAGES = new Set([...YAML_LANGS, ...SHELL_LANGS]);

/** Docusaurus compiles a page once per bundle (server and client): validate each text once. */
const pageCache = new Map<string, Finding[]>();
const folderCache = new Map<string, Finding[]>();

/** Warnings do not fail the build; they are printed once, when a text is first validated. */
function printWarnings(findings: readonly Finding[]): void {
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (warnings.length > 0) console.warn(`[manifests] ${formatText(warnings).replace(/\n/g, '\n[manifests] ')}`);
}

function pageFindings(source: string, file: string): Finding[] {
  const key = `${file}\u0000${createHash('sha1').update(source).digest('hex')}`;
  let findings = pageCache.get(key);
  if (!findings) {
    findings = validateMarkdownText(source, { file }).findings;
    pageCache.set(key, findings);
    printWarnings(findings);
  }
  return findings;
}

function exampleFindings(absolute: string, cwd: string): Finding[] {
  // A folder of examples is one manifest set, as `kubectl apply -f folder/` applies it.
  const dir = path.dirname(absolute);
  const stamp = fs.readdirSync(dir).map((f) => `${f}:${fs.statSync(path.join(dir, f)).mtimeMs}`).join('|');
  const key = `${dir}\u0000${stamp}`;
  let findings = folderCache.get(key);
  if (!findings) {
    findings = validatePaths([dir], cwd).findings;
    folderCache.set(key, findings);
    printWarnings(findings);
  }
  const relative = path.relative(cwd, absolute).split(path.sep).join('/');
  return findings.filter((f) => f.file === relative);
}

/** Title shown on a block that is wrong on purpose. */
export function brokenTitle(rules: string, title: string | undefined): string {
  return `Broken on purpose (${rules})${title ? `: ${title}` : ''}`;
}

function markBroken(node: Code): void {
  const meta = node.meta ?? '';
  const attributes = parseFenceMeta(meta);
  const expect = attributes['expect'];
  if (!expect || node.data?.hProperties?.['data-broken-on-purpose']) return;
  const title = brokenTitle(expect.split(/[\s,]+/).join(', '), attributes['title']);
  const withoutTitle = meta.replace(/\btitle\s*=\s*("[^"]*"|'[^']*'|\S+)/, '').trim();
  node.meta = `${withoutTitle} title="${title.replace(/"/g, "'")}"`.trim();
  node.data = {
    ...node.data,
    hProperties: { ...(node.data?.hProperties ?? {}), className: [`language-${node.lang ?? 'yaml'}`, BROKEN_CLASS], 'data-broken-on-purpose': expect },
  };
}

const remarkManifests: Plugin<[ManifestsOptions?], Root> = (options = {}) => {
  const cwd = options.cwd ?? PROJECT_ROOT;
  const examplesDir = options.examplesDir ?? EXAMPLES_DIR;
  return (tree: Root, file: VFile) => {
    const absolute = file.path ? path.resolve(cwd, file.path) : undefined;
    // Read the file itself: line numbers must be those of the file the reader edits, front matter included.
    const source = absolute && fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8') : String(file.value);
    const name = absolute ? path.relative(cwd, absolute).split(path.sep).join('/') : '<input>';
    const findings = [...pageFindings(source, name)];
    const shown = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'code' && CHECKED_LANGUAGES.has((node as Code).lang ?? '')) markBroken(node as Code);
      if (node.type === 'leafDirective' && node.name === 'manifest' && typeof node.attributes?.['file'] === 'string') {
        const example = path.resolve(examplesDir, node.attributes['file'].trim().replace(/^\/+/, '').replace(/^examples\//, ''));
        if (example.startsWith(examplesDir + path.sep) && fs.existsSync(example) && !shown.has(example)) {
          shown.add(example);
          findings.push(...exampleFindings(example, cwd));
        }
      }
    });
    // The site's examples must be clean: an error is what the API server rejects, a warning what
    // it accepts but then fails; neither belongs in an example unless marked expect="rule-id".
    if (findings.length > 0) {
      throw new Error(`Manifest validation failed (Kubernetes ${KUBERNETES_VERSION}); fix these lines or mark a block expect="rule-id":\n${formatText(findings)}`);
    }
  };
};

export default remarkManifests;
