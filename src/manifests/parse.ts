import { CORE_SCHEMA, loadAll } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parse as parseYaml, parseAllDocuments, visit, type Document, type Node } from 'yaml';
import { errorMessage } from '../util/errors';
import { isRecord } from '../util/values';
import type { Finding, SourceBlock } from './types';

/** What a YAML document is, judged by its top-level keys. */
export type DocumentClass = 'kubernetes' | 'kustomization' | 'other' | 'empty';

/** The `yaml` package's view of a document: node ranges for locating findings. */
export interface Positions {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** One YAML document of a block, with what is needed to locate any of its nodes. */
export interface ParsedDocument {
  block: SourceBlock;
  /** Index of the document in its block (0-based). */
  index: number;
  /** Plain JavaScript value of the document. */
  value: unknown;
  docClass: DocumentClass;
  /** False when the document has syntax errors: its value cannot be trusted. */
  clean: boolean;
  /** Node positions, computed on first use (valid manifests never need them). */
  positions(): Positions;
}

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
}

/** Map an offset in the block text to the line and column of the source file. */
export function blockPosition(block: SourceBlock, lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line: block.startLine + line - 1, column: col + (block.indents[line - 1] ?? 0) };
}

export function classify(value: unknown): DocumentClass {
  if (value === null || value === undefined) return 'empty';
  if (!isRecord(value)) return 'other';
  const apiVersion = value['apiVersion'];
  if (typeof apiVersion === 'string' && apiVersion.startsWith('kustomize.config.k8s.io/')) return 'kustomization';
  // kustomize's builtin plugin configurations (transformers:, generators: files) are its input.
  if (apiVersion === 'builtin') return 'other';
  // A kubeconfig is a client file, not an object of the API.
  if (value['apiVersion'] === 'v1' && value['kind'] === 'Config') return 'other';
  if ('apiVersion' in value && 'kind' in value) return 'kubernetes';
  return 'other';
}

const IMPLICIT_KEY = /^(\s*(?:-\s+)*)([^\s#-][^:#]*?)\s*:(?:\s|$)/;

/**
 * The yaml package reports a line indented too far at the value before it ("nested mappings are
 * not allowed in compact mappings"). Readers must edit the over-indented line, so find it.
 */
function indentationHint(lines: string[], errorLine: number): { line: number; column: number; message: string } | undefined {
  const text = lines[errorLine - 1];
  if (text === undefined) return undefined;
  const key = IMPLICIT_KEY.exec(text);
  if (!key) return undefined;
  const keyColumn = key[1]!.length;
  for (let next = errorLine; next < lines.length; next++) {
    const candidate = lines[next]!;
    if (candidate.trim() === '' || candidate.trim().startsWith('#')) continue;
    const indent = candidate.length - candidate.trimStart().length;
    if (indent <= keyColumn) return undefined;
    const extra = indent - keyColumn;
    return {
      line: next + 1,
      column: indent + 1,
      message: `this line is indented ${extra} space${extra === 1 ? '' : 's'} more than "${key[2]!.trim()}:" on the line above it; keys of one mapping must start in the same column`,
    };
  }
  return undefined;
}

/**
 * kubectl's YAML reader (go-yaml, after libyaml) decodes `\'` in a double-quoted string as `'`;
 * YAML 1.2 and the yaml package do not know that escape. Accept it as kubectl does: decode the
 * scalar again with the escape replaced.
 */
function isKubectlEscape(text: string, offset: number): boolean {
  return text.startsWith("\\'", offset);
}

/** `"q"#c`, `[a]#c`: libyaml (kubectl) ends the value at the #, YAML 1.2 requires a space. */
function isUnseparatedComment(error: { code: string; message: string }): boolean {
  return error.code === 'MISSING_CHAR' && error.message.startsWith('Comments must be separated');
}

/**
 * Text where js-yaml and the yaml package might judge differently (a # right after a closing
 * quote or bracket, a \' escape, aliases, which js-yaml never limits and kubectl does): parsed
 * exactly, so both paths give one verdict.
 */
const NEEDS_EXACT_PARSE = /["'\]}]#|\\'|(^|[\s,[{:-])\*[\w-]/m;

function decodeKubectlEscapes(doc: Document.Parsed, text: string): void {
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'QUOTE_DOUBLE' || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]);
      if (!source.includes("\\'")) return;
      node.value = parseYaml(source.replace(/\\([\s\S])/g, (all, c: string) => (c === "'" ? "'" : all)));
    },
  });
}

/** The slow, exact parse: every node's range, every syntax error with its position. */
export function parseBlockWithPositions(block: SourceBlock): { documents: ParsedDocument[]; findings: Finding[] } {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(block.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const findings: Finding[] = [];
  const documents: ParsedDocument[] = [];
  const list = Array.isArray(docs) ? docs : [docs];
  const lines = block.text.split('\n');
  const reported = new Set<number>();
  list.forEach((doc, index) => {
    let syntaxReported = false;
    let clean = true;
    // What kubectl reads although YAML 1.2 does not: a warning, for the other tools a reader uses.
    const lenient = doc.errors.filter((e) => (e.code === 'BAD_DQ_ESCAPE' && isKubectlEscape(block.text, e.pos[0])) || isUnseparatedComment(e));
    if (lenient.length) {
      doc.errors = doc.errors.filter((e) => !lenient.includes(e));
      decodeKubectlEscapes(doc, block.text);
      for (const e of lenient) {
        const escape = e.code === 'BAD_DQ_ESCAPE';
        findings.push({
          file: block.file,
          ...blockPosition(block, lineCounter, e.pos[0]),
          rule: 'yaml-compat',
          severity: 'warning',
          message: escape
            ? `\\' is not a YAML escape: kubectl reads it as ', but YAML 1.2 parsers (the yaml and js-yaml packages, editors built on them) reject the file; write ' alone, or use single quotes and double the quote: 'it''s'`
            : 'a comment must be separated by a space: kubectl reads this, but YAML 1.2 parsers reject the file; put a space before #',
        });
      }
    }
    for (const error of doc.errors) {
      const at = blockPosition(block, lineCounter, error.pos[0]);
      const local = lineCounter.linePos(error.pos[0]);
      let rule = 'yaml-syntax';
      let message = error.message.replace(/ at line \d+, column \d+.*$/s, '');
      let position: Position = at;
      if (error.code === 'DUPLICATE_KEY') {
        rule = 'duplicate-key';
        const keyText = (/^[^:#\n]+/.exec(block.text.slice(error.pos[0])) ?? [''])[0].trim();
        message = `duplicate key${keyText ? ` "${keyText}"` : ''}: YAML keeps only the last value, so remove or rename one`;
      } else if (error.code === 'TAB_AS_INDENT') {
        rule = 'tab-indent';
        clean = false;
        message = 'a tab is used for indentation; YAML allows only spaces';
      } else {
        clean = false;
        if (syntaxReported) continue;
        syntaxReported = true;
        if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
          const hint = indentationHint(lines, local.line);
          if (hint) {
            position = { line: block.startLine + hint.line - 1, column: hint.column + (block.indents[hint.line - 1] ?? 0) };
            message = hint.message;
          }
        }
        if (error.code === 'MISSING_CHAR' && /quote/.test(message)) {
          // Reported at the end of the text; the reader must close the quote where it opens.
          const quote = message.includes("'quote") || message.includes("' quote") ? "'" : '"';
          const opened = block.text.lastIndexOf(quote, error.pos[0] - 1);
          if (opened >= 0) {
            position = blockPosition(block, lineCounter, opened);
            message = `this ${quote === '"' ? 'double' : 'single'}-quoted string is never closed`;
          }
        }
        message = `YAML syntax error: ${message}`;
      }
      const key = position.line * 10_000 + position.column;
      if (reported.has(key) && rule !== 'duplicate-key') continue;
      reported.add(key);
      // kubectl's YAML reader keeps the last of two equal keys without a word: accepted, so a warning.
      findings.push({ file: block.file, ...position, rule, severity: rule === 'duplicate-key' ? 'warning' : 'error', message });
    }
    let value: unknown = null;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // A document that does not convert (aliases expanding without bound) is an error, not dropped.
      clean = false;
      const at = blockPosition(block, lineCounter, (doc.contents as Node | null)?.range?.[0] ?? 0);
      findings.push({ file: block.file, ...at, rule: 'yaml-syntax', severity: 'error', message: `YAML cannot be read: ${errorMessage(error)}` });
    }
    const positions: Positions = { doc, lineCounter };
    documents.push({ block, index, value, docClass: classify(value), clean, positions: () => positions });
  });
  return { documents, findings };
}

/** The node at a path of keys and indices, and the key node of its pair when it sits in a map. */
export function nodeAt(doc: Document.Parsed, path: readonly PathSegment[]): { node?: Node; key?: Node; deepest: Node | undefined; matched: number } {
  let current: unknown = doc.contents;
  let key: Node | undefined;
  let deepest: Node | undefined = (doc.contents as Node | null) ?? undefined;
  let matched = 0;
  for (const segment of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return { deepest, key, matched };
      key = pair.key as Node;
      current = pair.value;
      deepest = (pair.value as Node | null) ?? key;
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment];
      if (item === undefined) return { deepest, key, matched };
      key = undefined;
      current = item;
      deepest = item as Node;
    } else {
      return { deepest, key, matched };
    }
    matched++;
  }
  return { node: (current as Node | null) ?? undefined, key, deepest, matched };
}

/** File position of a path: the key when `at` is 'key' and there is one, else the value. */
export function locate(document: ParsedDocument, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Position {
  const { doc, lineCounter } = document.positions();
  const found = nodeAt(doc, path);
  const target = at === 'key' ? found.key ?? found.node ?? found.deepest : found.node ?? found.key ?? found.deepest;
  const offset = target?.range?.[0] ?? 0;
  return blockPosition(document.block, lineCounter, offset);
}

/**
 * Parse a YAML block into documents; syntax errors, tabs and duplicate keys become findings.
 * Fast path: js-yaml (twice as fast on the benchmark, no positions) loads the values; the `yaml`
 * package parses again, with positions, when the text has an error, a finding must be located, or
 * the two parsers could disagree (NEEDS_EXACT_PARSE; parse.test.ts checks they agree on every
 * fixture and page). kubectl's reader (go-yaml) is the judge of what is valid.
 */
export function parseBlock(block: SourceBlock): { documents: ParsedDocument[]; findings: Finding[] } {
  if (NEEDS_EXACT_PARSE.test(block.text)) return parseBlockWithPositions(block);
  let values: unknown[];
  try {
    values = [];
    // CORE_SCHEMA: no timestamps, like the yaml package's default (YAML 1.2 core).
    loadAll(block.text, (doc) => values.push(doc), { schema: CORE_SCHEMA });
  } catch {
    return parseBlockWithPositions(block);
  }
  let exact: ParsedDocument[] | undefined;
  const positions = (index: number): Positions => {
    exact ??= parseBlockWithPositions(block).documents;
    const match = exact[Math.min(index, exact.length - 1)];
    if (!match) throw new Error(`no YAML document ${index} in ${block.file}`);
    return match.positions();
  };
  if (values.length === 0) values.push(null);
  const documents = values.map((value, index) => ({ block, index, value, docClass: classify(value), clean: true, positions: () => positions(index) }));
  return { documents, findings: [] };
}
