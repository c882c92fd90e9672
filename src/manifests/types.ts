/** Shared shapes of the manifest validator. */

export type Severity = 'error' | 'warning';

/** One problem, located in the file the reader edits (1-based line and column). */
export interface Finding {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: Severity;
  message: string;
}

/** Where a code block or file came from, and how to map its lines back to the source file. */
export interface SourceBlock {
  file: string;
  /** 'yaml' for manifests, 'shell' for command blocks. */
  language: 'yaml' | 'shell';
  /** Block text with the fence indentation removed. */
  text: string;
  /** 1-based line in `file` of the first line of `text`. */
  startLine: number;
  /** Columns removed from the start of each line of `text` (fence indentation), by line index. */
  indents: number[];
  /** Attributes from the code fence: title, set, expect, ... (empty for whole files). */
  meta: Record<string, string>;
  /** Line of the opening fence (for findings about the block itself); startLine for files. */
  fenceLine: number;
  /** Last line in `file` that belongs to the block (closing fence or last line). */
  endLine: number;
  /** Validate required fields? False for kustomize patches, which are partial objects. */
  partial?: boolean;
}

/** Options shared by the entry points. */
export interface ValidateOptions {
  /** File name used in findings. */
  file?: string;
  /** Treat documents as partial objects (kustomize patches): no required-field checks. */
  partial?: boolean;
  /** Objects known to exist elsewhere, as "Kind/name" (like external="..." in fence meta). */
  external?: readonly string[];
}
