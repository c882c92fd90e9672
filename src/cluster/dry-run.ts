/**
 * Server dry-run: the pinned kubectl applies each manifest set to the throwaway API server with
 * `--dry-run=server --validate=strict`, and every rejection becomes a finding at the file, line
 * and column of the YAML node the server names, with the server's message verbatim.
 *
 * Each object is written to a file of its own whose lines are the block's lines (the other
 * documents blanked), so kubectl's "error when creating FILE" names one object and its YAML line
 * numbers are the block's. Namespaces a set puts objects in are created for real first (a dry-run
 * Namespace persists nothing); objects without a namespace go to one namespace per set.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, LineCounter } from 'yaml';
import { parseBlock, locate, type ParsedDocument, type PathSegment, type Position } from '../manifests/parse';
import { yamlFileBlock } from '../manifests/extract';
import type { SourceBlock } from '../manifests/types';
import type { ControlPlane } from './control-plane';

/** One object (or one unparsable block) sent to the server. */
export interface Submission {
  readonly block: SourceBlock;
  /** Undefined when the block did not parse: then the whole block is sent. */
  readonly document?: ParsedDocument;
  /** "Deployment/seek", or "block" for an unparsable block. */
  readonly label: string;
  /** File position of the object (its first line). */
  readonly at: Position;
  /** First and last line of the object in the file. */
  readonly lines: { readonly first: number; readonly last: number };
}

/** The server's answer for one submission. */
export interface Verdict {
  readonly submission: Submission;
  readonly rejected: boolean;
  /** Each error the server or kubectl printed, located at the field it names. */
  readonly errors: readonly { line: number; column: number; message: string }[];
  /** Warnings the server returned (deprecations, best practice): not rejections. */
  readonly warnings: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Line ranges (0-based, inclusive) of each document of a block's text. */
function documentLineRanges(text: string): { first: number; last: number }[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter });
  const list = Array.isArray(docs) ? docs : [docs];
  return list.map((doc) => {
    const contents = doc.contents as { range?: [number, number, number] } | null;
    const start = contents?.range?.[0] ?? doc.range[0];
    const end = Math.max(start, (contents?.range?.[1] ?? doc.range[1]) - 1);
    return { first: lineCounter.linePos(start).line - 1, last: lineCounter.linePos(end).line - 1 };
  });
}

/** What of a set goes to the server: its Kubernetes objects, or whole blocks that do not parse. */
export function submissionsOf(set: readonly SourceBlock[]): { submission: Submission; text: string }[] {
  const out: { submission: Submission; text: string }[] = [];
  for (const block of set) {
    if (block.partial) continue;
    const parsed = parseBlock(block);
    const textLines = block.text.split('\n');
    const whole = { block, label: 'block', at: { line: block.startLine, column: 1 }, lines: { first: block.fenceLine, last: block.endLine } };
    if (parsed.documents.some((d) => !d.clean)) {
      // Broken on purpose (or broken): what kubectl says about the text as a reader copies it.
      if (block.meta['expect']) out.push({ submission: whole, text: block.text });
      continue;
    }
    const ranges = documentLineRanges(block.text);
    for (const document of parsed.documents) {
      if (document.docClass !== 'kubernetes' || !isRecord(document.value)) continue;
      const value = document.value;
      // A kubeconfig looks like an object but is a client file.
      if (value['kind'] === 'Config' && value['apiVersion'] === 'v1') continue;
      const range = ranges[document.index];
      if (!range) continue;
      const text = textLines.map((l, i) => (i >= range.first && i <= range.last && !/^---(\s|$)/.test(l) ? l : '')).join('\n');
      const metadata = isRecord(value['metadata']) ? value['metadata'] : {};
      const label = `${String(value['kind'])}/${typeof metadata['name'] === 'string' ? metadata['name'] : '?'}`;
      const lines = { first: block.startLine + range.first, last: block.startLine + range.last };
      out.push({ submission: { block, document, label, at: locate(document, ['kind'], 'key'), lines }, text: `${text}\n` });
    }
  }
  return out;
}

/** Namespaces named by the objects of a set (they are created before its dry run). */
function namespacesOf(items: readonly { submission: Submission }[]): string[] {
  const names = new Set<string>();
  for (const { submission } of items) {
    const value = submission.document?.value;
    if (!isRecord(value)) continue;
    const metadata = isRecord(value['metadata']) ? value['metadata'] : {};
    if (typeof metadata['namespace'] === 'string') names.add(metadata['namespace']);
    if (value['kind'] === 'Namespace' && typeof metadata['name'] === 'string') names.add(metadata['name']);
  }
  return [...names];
}

/**
 * A field path as the API server prints it ("spec.template.spec.containers[0].ports[1].name",
 * "metadata.labels[app]", "data[bad key]") as path segments.
 */
export function parseFieldPath(text: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const re = /\.?([^.[\]]+)|\[([^\]]*)\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) segments.push(m[1]);
    else if (/^\d+$/.test(m[2]!)) segments.push(Number(m[2]));
    else segments.push(m[2]!);
  }
  return segments;
}

/** Top-level keys a field path of the server starts with. */
const ROOTS = 'metadata|spec|data|stringData|binaryData|type|rules|subjects|roleRef|webhooks|provisioner|parameters|reclaimPolicy|volumeBindingMode|allowedTopologies|value|immutable|apiVersion|kind|status|secrets|automountServiceAccountToken|handler|scheduling|overhead|driverName|deletionPolicy|template';

/** Where in the object an error message points: the first field path it names, else undefined. */
export function fieldPathOf(message: string): PathSegment[] | undefined {
  const strict = /(?:unknown|duplicate) field "([^"]+)"/.exec(message);
  if (strict) return parseFieldPath(strict[1]!);
  const invalid = new RegExp(`(?:^|[\\s\\[,:])((?:${ROOTS})(?:\\.[A-Za-z0-9_$-]+|\\[[^\\]]*\\])*): (?:Required value|Invalid value|Unsupported value|Duplicate value|Forbidden|Not found|Too many|Too long|must|may not|is immutable)`).exec(message);
  if (invalid) return parseFieldPath(invalid[1]!);
  return undefined;
}

/** The error lines kubectl printed, each with the file it names. */
function errorEntries(stderr: string): { file?: string; message: string; warning: boolean }[] {
  const entries: { file?: string; message: string; warning: boolean }[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.trim()) continue;
    const starts = /^(Error from server|error:|Warning:|W\d{4} )/.test(line);
    if (!starts && entries.length) {
      entries[entries.length - 1]!.message += `\n${line}`;
      continue;
    }
    const file = /"([^"]*\/\d{3}\.yaml)"/.exec(line)?.[1] ?? /(\S*\/\d{3}\.yaml)/.exec(line)?.[1];
    entries.push({ file, message: line, warning: line.startsWith('Warning:') || /^W\d{4} /.test(line) });
  }
  return entries;
}

/** Removes the temporary file name from a kubectl message (the finding says where instead). */
function cleanMessage(message: string, file: string | undefined): string {
  if (!file) return message;
  return message
    .split(`"${file}"`).join('the object')
    .split(file).join('the object');
}

export interface DryRunOptions {
  /** Folder for the per-object files (inside the control plane's folder). */
  readonly workDir: string;
  /** Prefix of the namespace made for each set. */
  readonly namespacePrefix?: string;
  /** Parallel kubectl runs. */
  readonly concurrency?: number;
}

async function pool<T, R>(items: readonly T[], size: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!, i);
      }
    }),
  );
  return results;
}

/** Ensures namespaces exist, with their default ServiceAccount (bare Pods need it at admission). */
function ensureNamespaces(plane: Pick<ControlPlane, 'kubectl'>, names: readonly string[]): void {
  for (const name of names) {
    const manifest = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: ${name}\n`;
    const out = plane.kubectl(['apply', '--server-side', '--field-manager=k8s-intro-tests', '-f', '-'], { input: manifest });
    if (out.status !== 0) throw new Error(`could not create namespace ${name}: ${out.stderr.trim()}`);
  }
}

/** Dry-runs every set on the server; one Verdict per submission, in order. */
export async function dryRunSets(plane: Pick<ControlPlane, 'kubectl' | 'kubectlAsync'>, sets: readonly (readonly SourceBlock[])[], options: DryRunOptions): Promise<Verdict[]> {
  const prefix = options.namespacePrefix ?? 'set';
  const work = sets.map((set, index) => ({ index, items: submissionsOf(set) })).filter((w) => w.items.length > 0);
  const known = new Set<string>();
  for (const w of work) {
    const wanted = [`${prefix}-${w.index}`, ...namespacesOf(w.items)].filter((n) => !known.has(n) && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(n));
    ensureNamespaces(plane, wanted);
    for (const n of wanted) known.add(n);
  }
  const perSet = await pool(work, options.concurrency ?? 3, async (w) => {
    const dir = path.join(options.workDir, `set-${String(w.index).padStart(4, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    const files = w.items.map((item, i) => {
      const file = path.join(dir, `${String(i).padStart(3, '0')}.yaml`);
      fs.writeFileSync(file, item.text);
      return file;
    });
    const out = await plane.kubectlAsync(['apply', '--dry-run=server', '--validate=strict', '-n', `${prefix}-${w.index}`, '-f', dir]);
    const entries = errorEntries(out.stderr);
    // An error kubectl printed without naming a file (it stopped early) rejects the whole set.
    const orphan = out.status !== 0 && entries.every((e) => e.warning || !e.file) ? entries.filter((e) => !e.warning) : [];
    return w.items.map((item, i): Verdict => {
      const mine = entries.filter((e) => e.file === files[i]);
      const errors = [...mine.filter((e) => !e.warning), ...orphan].map((e) => {
        const fieldPath = item.submission.document ? fieldPathOf(e.message) : undefined;
        const yamlLine = /yaml: line (\d+):/.exec(e.message);
        let at = item.submission.at;
        if (fieldPath && item.submission.document) at = locate(item.submission.document, fieldPath, 'key');
        else if (yamlLine) at = { line: item.submission.block.startLine + Number(yamlLine[1]) - 1, column: 1 };
        return { ...at, message: cleanMessage(e.message, files[i]) };
      });
      const warnings = entries.filter((e) => e.warning && (e.file === files[i] || !e.file)).map((e) => cleanMessage(e.message, files[i]));
      return { submission: item.submission, rejected: errors.length > 0, errors, warnings };
    });
  });
  return perSet.flat();
}

/** Dry-runs rendered YAML (kustomize or Helm output) as one set, located in that text. */
export async function dryRunText(plane: Pick<ControlPlane, 'kubectl' | 'kubectlAsync'>, text: string, label: string, options: DryRunOptions): Promise<Verdict[]> {
  return dryRunSets(plane, [[yamlFileBlock(text, label)]], options);
}

/** One line per error: `file:line:column message` (what a failing test prints). */
export function formatVerdicts(verdicts: readonly Verdict[]): string[] {
  return verdicts.flatMap((v) => v.errors.map((e) => `${v.submission.block.file}:${e.line}:${e.column} ${v.submission.label}: ${e.message}`));
}
