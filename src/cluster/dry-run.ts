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
import { groupOf, REMOVED_API_VERSIONS } from '../manifests/schema/kinds';
import type { SourceBlock } from '../manifests/types';
import { isRecord } from '../util/values';
import type { Kubectl } from './control-plane';

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

/**
 * What of a set goes to the server: its Kubernetes objects, or whole blocks that do not parse.
 * Objects of a group the server does not serve (a component's configuration file such as
 * EncryptionConfiguration, a custom resource without its CRD) cannot be judged by it: they are
 * returned in `notJudged` instead. Removed apiVersions are sent (kubectl refuses them).
 */
export function submissionsOf(set: readonly SourceBlock[], servedGroups?: ReadonlySet<string>): { submission: Submission; text: string }[] & { notJudged?: Submission[] } {
  const notJudged: Submission[] = [];
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
      // A removed apiVersion is sent: kubectl's refusal is what a reader gets.
      const removed = REMOVED_API_VERSIONS.has(`${String(value['apiVersion'])} ${String(value['kind'])}`);
      if (servedGroups && !servedGroups.has(groupOf(String(value['apiVersion']))) && !removed) {
        notJudged.push({ block, document, label, at: locate(document, ['kind'], 'key'), lines });
        continue;
      }
      out.push({ submission: { block, document, label, at: locate(document, ['kind'], 'key'), lines }, text: `${text}\n` });
    }
  }
  return Object.assign(out, { notJudged });
}

/** API groups the server serves ("" is the core group). */
function servedGroups(plane: Kubectl): Set<string> {
  const out = plane.kubectl(['api-versions']);
  if (out.status !== 0) throw new Error(`kubectl api-versions failed: ${out.stderr.trim()}`);
  return new Set(out.stdout.split('\n').filter(Boolean).map(groupOf));
}

export interface DryRunResult {
  /** One per object sent, in order. */
  readonly verdicts: Verdict[];
  /** Objects of groups the server does not serve: not judged, and said so. */
  readonly notJudged: Submission[];
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

/** An error or warning kubectl printed, with the file or the object it names. */
export interface Entry {
  message: string;
  warning: boolean;
  file?: string;
  /** From "The Deployment "web" is invalid": kubectl names no file for Invalid (422) errors. */
  object?: { kind: string; name: string };
}

/** What starts a new error or warning in kubectl's stderr. */
const ENTRY_START = /^(Error from server|error:|error when |error parsing |resource mapping not found|unable to recognize |Warning:|W\d{4} |The \S+ "[^"]*" is invalid)/;

/**
 * kubectl's stderr as entries: a line that starts an error or warning, and the lines it continues
 * on. kubectl prints the errors it met before sending anything (files it cannot parse, kinds the
 * server does not serve) as one bracketed list, "[error parsing A: ..., resource mapping not found
 * ... from "B": ...]": those are split into one entry each.
 */
export function errorEntries(stderr: string): Entry[] {
  const unlisted = stderr.replace(/^(?:error: )?\[((?:error parsing |resource mapping not found |error when |unable to recognize )[\s\S]*?)\]$/gm, (_all, inner: string) =>
    inner.split(/, (?=error parsing |resource mapping not found |error when |unable to recognize )/).join('\n'),
  );
  const entries: Entry[] = [];
  for (const line of unlisted.split('\n')) {
    if (!line.trim()) continue;
    if (!ENTRY_START.test(line) && entries.length) entries[entries.length - 1]!.message += `\n${line}`;
    else entries.push({ message: line, warning: line.startsWith('Warning:') || /^W\d{4} /.test(line) });
  }
  for (const e of entries) {
    e.file = /"([^"]*\/\d{3}\.yaml)"/.exec(e.message)?.[1] ?? /(\S*\/\d{3}\.yaml)/.exec(e.message)?.[1];
    const invalid = /^The (\S+) "([^"]*)" is invalid/.exec(e.message);
    if (invalid) e.object = { kind: invalid[1]!.split('.')[0]!, name: invalid[2]! };
  }
  return entries;
}

/**
 * The entries that belong to each file (by the file they name, else by the object of an
 * "is invalid" line), and those that name none of them.
 */
export function attribute(entries: readonly Entry[], files: readonly string[], labels: readonly string[]): { byFile: Entry[][]; orphans: Entry[] } {
  const byFile = files.map((): Entry[] => []);
  const orphans: Entry[] = [];
  for (const e of entries) {
    const index = e.file ? files.indexOf(e.file) : e.object ? labels.indexOf(`${e.object.kind}/${e.object.name}`) : -1;
    if (index >= 0) byFile[index]!.push(e);
    else orphans.push(e);
  }
  return { byFile, orphans };
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

/**
 * Ensures namespaces exist, with their default ServiceAccount (bare Pods need it at admission).
 * Two kubectl calls for all of them: one synchronous call per namespace blocked the test worker's
 * event loop for over a minute, and vitest's worker messages timed out.
 */
function ensureNamespaces(plane: Kubectl, names: readonly string[]): void {
  if (names.length === 0) return;
  const manifest = (doc: (name: string) => string) => names.map(doc).join('---\n');
  const ns = plane.kubectl(['apply', '-f', '-'], { input: manifest((name) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`) });
  if (ns.status !== 0) throw new Error(`could not create namespaces ${names.join(', ')}: ${ns.stderr.trim()}`);
  // The controller-manager makes them too, a moment later; if it wins a race, apply again (then it updates).
  const accounts = manifest((name) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: ${name}\n`);
  let sa = plane.kubectl(['apply', '-f', '-'], { input: accounts });
  if (sa.status !== 0 && /AlreadyExists|already exists/.test(sa.stderr)) sa = plane.kubectl(['apply', '-f', '-'], { input: accounts });
  if (sa.status !== 0) throw new Error(`could not create the default ServiceAccounts: ${sa.stderr.trim()}`);
}

/** Dry-runs every set on the server; one Verdict per object sent, in order. */
export async function dryRunSets(plane: Kubectl, sets: readonly (readonly SourceBlock[])[], options: DryRunOptions): Promise<DryRunResult> {
  const prefix = options.namespacePrefix ?? 'set';
  const groups = servedGroups(plane);
  const all = sets.map((set, index) => ({ index, items: submissionsOf(set, groups) }));
  const notJudged = all.flatMap((w) => w.items.notJudged ?? []);
  const work = all.filter((w) => w.items.length > 0);
  const wanted = new Set(work.flatMap((w) => [`${prefix}-${w.index}`, ...namespacesOf(w.items)]).filter((n) => /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(n)));
  ensureNamespaces(plane, [...wanted]);
  const perSet = await pool(work, options.concurrency ?? 3, async (w) => {
    const dir = path.join(options.workDir, `set-${String(w.index).padStart(4, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    // kubectl apply refuses generateName ("use kubectl create"): such objects go through create,
    // as a reader would send them.
    const createDir = path.join(dir, 'create');
    const files = w.items.map((item, i) => {
      const value = item.submission.document?.value;
      const metadata = isRecord(value) && isRecord(value['metadata']) ? value['metadata'] : {};
      const generated = metadata['name'] === undefined && typeof metadata['generateName'] === 'string';
      if (generated) fs.mkdirSync(createDir, { recursive: true });
      const file = path.join(generated ? createDir : dir, `${String(i).padStart(3, '0')}.yaml`);
      fs.writeFileSync(file, item.text);
      return file;
    });
    const context = { contextNamespace: `${prefix}-${w.index}` };
    const runs = [await plane.kubectlAsync(['apply', '--dry-run=server', '--validate=strict', '-f', dir], context)];
    if (fs.existsSync(createDir)) runs.push(await plane.kubectlAsync(['create', '--dry-run=server', '--validate=strict', '-f', createDir], context));
    const out = { status: Math.max(...runs.map((r) => r.status)), stdout: runs.map((r) => r.stdout).join(''), stderr: runs.map((r) => r.stderr).join('\n') };
    const entries = errorEntries(out.stderr);
    const { byFile, orphans } = attribute(entries, files, w.items.map((item) => item.submission.label));
    // An error that names no object of the set (kubectl stopped before sending) rejects them all.
    const orphan = orphans.filter((e) => !e.warning);
    if (out.status !== 0 && entries.every((e) => e.warning)) orphan.push({ message: `kubectl exited with ${out.status}: ${out.stderr.trim() || out.stdout.trim()}`, warning: false });
    return w.items.map((item, i): Verdict => {
      const mine = byFile[i]!;
      const errors = [...mine.filter((e) => !e.warning), ...orphan].map((e) => {
        const fieldPath = item.submission.document ? fieldPathOf(e.message) : undefined;
        const yamlLine = /yaml: line (\d+):/.exec(e.message);
        let at = item.submission.at;
        if (fieldPath && item.submission.document) at = locate(item.submission.document, fieldPath, 'key');
        else if (yamlLine) at = { line: item.submission.block.startLine + Number(yamlLine[1]) - 1, column: 1 };
        return { ...at, message: cleanMessage(e.message, files[i]) };
      });
      const warnings = [...mine, ...orphans].filter((e) => e.warning).map((e) => cleanMessage(e.message, files[i]));
      return { submission: item.submission, rejected: errors.length > 0, errors, warnings };
    });
  });
  return { verdicts: perSet.flat(), notJudged };
}

/** Dry-runs rendered YAML (kustomize or Helm output) as one set, located in that text. */
export async function dryRunText(plane: Kubectl, text: string, label: string, options: DryRunOptions): Promise<DryRunResult> {
  return dryRunSets(plane, [[yamlFileBlock(text, label)]], options);
}

/** One line per error: `file:line:column message` (what a failing test prints). */
export function formatVerdicts(verdicts: readonly Verdict[]): string[] {
  return verdicts.flatMap((v) => v.errors.map((e) => `${v.submission.block.file}:${e.line}:${e.column} ${v.submission.label}: ${e.message}`));
}
