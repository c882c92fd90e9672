import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLError } from 'yaml';
import { UsageError } from '../util/cli';
import { isGeneratedDir, toPosix, walkFiles } from '../util/files';
import { isRecord } from '../util/values';
import { checkKubectlBlock } from './commands/kubectl';
import { extractMarkdownBlocks, yamlFileBlock } from './extract';
import { hasTemplateActions, isHelmTemplate } from './helm';
import { KUSTOMIZATION_FILES } from './kustomization';
import { parseBlock, type ParsedDocument } from './parse';
import { RULE_IDS } from './rules/catalog';
import { SET_RULES } from './rules/index';
import type { ManifestObject, ManifestSet } from './rules/types';
import { checkSchema } from './schema/check';
import { checkKustomization, patchFiles } from './schema/kustomization';
import type { Finding, SourceBlock, ValidateOptions } from './types';

export interface ValidationResult {
  /** Errors and warnings, sorted by file, line and column. */
  findings: Finding[];
  /** Files read (Markdown, MDX and YAML). */
  files: number;
  /** YAML blocks and files parsed. */
  blocks: number;
  /** Kubernetes objects (and kustomizations) checked. */
  objects: number;
  /** Intentional mistakes (expect="...") that were found as promised. */
  expected: number;
  /** Every finding before the intentional mistakes were taken out (what the cluster tier compares). */
  all: Finding[];
}

/** A parsed document as an object of a manifest set (undefined for what is not a clean Kubernetes object). */
export function manifestObject(document: ParsedDocument): ManifestObject | undefined {
  if (document.docClass !== 'kubernetes' || !document.clean || !isRecord(document.value)) return undefined;
  const value = document.value;
  const metadata = isRecord(value['metadata']) ? value['metadata'] : {};
  return {
    document,
    apiVersion: String(value['apiVersion']),
    kind: String(value['kind']),
    name: typeof metadata['name'] === 'string' ? metadata['name'] : '',
    namespace: typeof metadata['namespace'] === 'string' ? metadata['namespace'] : undefined,
    value,
  };
}

/** Blocks validated together: blocks of a page sharing set="...", a folder of example files, or one block. */
export function manifestSetKey(block: SourceBlock): string {
  const set = block.meta['set'];
  if (set?.startsWith('dir:')) return set;
  return set ? `${block.file}\u0000set:${set}` : `${block.file}\u0000block:${block.fenceLine}`;
}

function splitList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The YAML blocks of `blocks` grouped into manifest sets (Helm templates left out), in order. */
export function manifestSets(blocks: readonly SourceBlock[]): SourceBlock[][] {
  const sets = new Map<string, SourceBlock[]>();
  for (const block of blocks) {
    if (block.language !== 'yaml' || hasTemplateActions(block.text)) continue;
    const key = manifestSetKey(block);
    const list = sets.get(key) ?? [];
    list.push(block);
    sets.set(key, list);
  }
  return [...sets.values()];
}

/**
 * Validate blocks: parse, schema, cross-resource rules per set, kubectl commands, then the
 * intentional mistakes. `diskPaths` maps a block's file to its path on disk, so kustomizations
 * can check the files they name.
 */
export function validateBlocks(blocks: readonly SourceBlock[], diskPaths?: ReadonlyMap<string, string>): ValidationResult {
  const findings: Finding[] = [];
  let objects = 0;
  for (const block of blocks) if (block.language === 'shell') findings.push(...checkKubectlBlock(block));
  // A block with Go template actions is a Helm template, not YAML until rendered: skipped on
  // purpose, like the files of a chart's templates/ folder.
  const sets = manifestSets(blocks);
  const yamlBlocks = sets.reduce((n, set) => n + set.length, 0);
  for (const members of sets) {
    const setObjects: ManifestObject[] = [];
    for (const block of members) {
      const parsed = parseBlock(block);
      findings.push(...parsed.findings);
      for (const document of parsed.documents) {
        if (!document.clean) continue;
        // A kustomization file may leave out apiVersion and kind: it is still a kustomization.
        const isKustomizationFile = KUSTOMIZATION_FILES.includes(path.basename(block.file)) && document.docClass === 'other' && isRecord(document.value);
        if (document.docClass === 'kustomization' || isKustomizationFile) {
          objects++;
          findings.push(...checkKustomization(document, block.meta['set']?.startsWith('dir:') ? diskPaths?.get(block.file) : undefined));
        } else if (document.docClass === 'kubernetes') {
          objects++;
          const schema = checkSchema(document).findings;
          findings.push(...schema);
          const object = manifestObject(document);
          // The API server stops at decoding (unknown field, wrong type): it never validates further.
          if (object) setObjects.push({ ...object, undecodable: schema.some((f) => f.rule === 'unknown-field' || f.rule === 'wrong-type') });
        }
      }
    }
    const set: ManifestSet = { objects: setObjects, external: new Set(members.flatMap((b) => splitList(b.meta['external']))) };
    const decodable: ManifestSet = { ...set, objects: setObjects.filter((o) => !o.undecodable) };
    for (const rule of SET_RULES) findings.push(...rule.check(rule.enforcedBy === 'api-server' ? decodable : set));
  }
  const { kept, expected } = applyExpectations(blocks, findings);
  kept.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : 1)));
  return { findings: kept, files: new Set(blocks.map((b) => b.file)).size, blocks: yamlBlocks, objects, expected, all: findings };
}

/**
 * A block with expect="rule-id" must produce that finding (it then counts as confirmed, not as
 * an error); when it does not, the block reports expect-not-met. Other findings stay.
 */
function applyExpectations(blocks: readonly SourceBlock[], findings: Finding[]): { kept: Finding[]; expected: number } {
  const consumed = new Set<Finding>();
  const extra: Finding[] = [];
  let expected = 0;
  for (const block of blocks) {
    const rules = splitList(block.meta['expect']);
    for (const rule of rules) {
      const at = { file: block.file, line: block.fenceLine, column: 1 };
      if (!RULE_IDS.has(rule)) {
        extra.push({ ...at, rule: 'expect-not-met', severity: 'error', message: `expect="${rule}" names no rule; see src/manifests/rules/README.md for the rule ids` });
        continue;
      }
      const hits = findings.filter((f) => f.file === block.file && f.rule === rule && f.line >= block.fenceLine && f.line <= block.endLine);
      if (hits.length === 0) {
        extra.push({ ...at, rule: 'expect-not-met', severity: 'error', message: `this block is marked expect="${rule}", but it no longer breaks ${rule}: fix the marker or the example` });
        continue;
      }
      expected++;
      for (const hit of hits) consumed.add(hit);
    }
  }
  return { kept: [...findings.filter((f) => !consumed.has(f)), ...extra], expected };
}

/** Validate YAML text (one or more documents) as one manifest set, e.g. rendered kustomize output. */
export function validateYamlText(text: string, options: ValidateOptions = {}): ValidationResult {
  const block = yamlFileBlock(text, options.file ?? '<input>', options.partial);
  if (options.external?.length) block.meta = { ...block.meta, external: [block.meta['external'] ?? '', ...options.external].join(' ').trim() };
  return validateBlocks([block]);
}

/** Validate the YAML and shell blocks of one Markdown or MDX page. */
export function validateMarkdownText(text: string, options: ValidateOptions = {}): ValidationResult {
  return validateBlocks(extractMarkdownBlocks(text, options.file ?? '<input>'));
}

const MARKDOWN = /\.mdx?$/;
/** YAML files, and JSON files (JSON is YAML, and kubectl reads both). */
const YAML = /\.(ya?ml|json)$/;

/** Files validatePaths reads: pages, YAML and JSON files and kustomizations, not hidden ones. */
function isValidatedFile(file: string): boolean {
  const name = path.basename(file);
  return !name.startsWith('.') && (MARKDOWN.test(name) || YAML.test(name) || name === 'Kustomization');
}

/** The files of a path: itself when it is a file, else the files it holds (hidden and generated folders left out). */
function filesOf(entry: string): string[] {
  if (statSync(entry).isFile()) return [entry];
  return walkFiles(entry, { include: isValidatedFile, skipDir: (dir) => path.basename(dir).startsWith('.') || isGeneratedDir(dir) });
}

/**
 * Validate files and folders: .md/.mdx pages (their yaml and shell blocks) and .yaml/.yml files.
 * YAML files of one folder form one manifest set (what `kubectl apply -f folder/` applies).
 */
export function validatePaths(paths: readonly string[], cwd: string = process.cwd()): ValidationResult {
  const { blocks, diskPaths, files } = blocksOfPaths(paths, cwd);
  const result = validateBlocks(blocks, diskPaths);
  return { ...result, files };
}

/**
 * The blocks of files and folders, as validatePaths reads them: Markdown pages give their yaml and
 * shell blocks, YAML files one block each (a folder of YAML files is one set), kustomize patches
 * marked partial. `diskPaths` maps each displayed file name to its path on disk.
 */
export function blocksOfPaths(paths: readonly string[], cwd: string = process.cwd()): { blocks: SourceBlock[]; diskPaths: Map<string, string>; files: number } {
  const files: string[] = [];
  for (const p of paths) {
    const full = path.resolve(cwd, p);
    if (!existsSync(full)) throw new UsageError(`no such file or folder: ${p}`);
    files.push(...filesOf(full));
  }
  const unique = [...new Set(files)].filter((f) => !isHelmTemplate(f));
  const partial = new Set<string>();
  for (const dir of new Set(unique.map((f) => path.dirname(f)))) {
    for (const name of KUSTOMIZATION_FILES) {
      const k = path.join(dir, name);
      if (!existsSync(k)) continue;
      let value: unknown;
      try {
        value = parseYaml(readFileSync(k, 'utf8'));
      } catch (error) {
        // A syntax error is reported when the kustomization itself is validated.
        if (error instanceof YAMLError) continue;
        throw error;
      }
      for (const patch of patchFiles(value)) partial.add(path.resolve(dir, patch));
    }
  }
  const blocks: SourceBlock[] = [];
  const diskPaths = new Map<string, string>();
  for (const file of unique) {
    const display = toPosix(path.relative(cwd, file)) || file;
    const text = readFileSync(file, 'utf8');
    diskPaths.set(display, file);
    if (MARKDOWN.test(file)) blocks.push(...extractMarkdownBlocks(text, display));
    else if (YAML.test(file) || path.basename(file) === 'Kustomization') {
      const block = yamlFileBlock(text, display, partial.has(file));
      block.meta = { ...block.meta, set: `dir:${path.dirname(display)}` };
      blocks.push(block);
    } else throw new UsageError(`not a Markdown, YAML or JSON file: ${display}`);
  }
  return { blocks, diskPaths, files: unique.length };
}
