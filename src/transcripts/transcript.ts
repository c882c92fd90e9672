/**
 * A chapter's commands as a transcript: every shell block and every titled YAML block of a page,
 * in order, the way a reader meets them. YAML blocks with a `title="file.yaml"` become files in
 * the reader's folder; each shell command is either run (it needs only the API server) or not run
 * here, with the reason. The cluster tier runs the transcript against its control plane
 * (src/cluster/transcripts.cluster.ts).
 */
import { extractMarkdownBlocks, SHELL_LANGS } from '../manifests/extract';
import { fencedBlocks } from '../markdown/source';

/** Fence meta of a shell block: `transcript="fails"` (each command must fail), `"skip"` (none run). */
export type BlockMode = 'run' | 'fails' | 'skip';

export interface TranscriptCommand {
  /** The command as written (continuation lines and heredocs included). */
  text: string;
  line: number;
  /** Line of the opening fence of its block. */
  block: number;
  /** Why it is not run against the control plane, or undefined when it is. */
  notRun?: string;
  /** The page says it fails. */
  fails: boolean;
}

export type TranscriptStep = { kind: 'file'; name: string; text: string; line: number } | { kind: 'command'; command: TranscriptCommand };

/** Programs a transcript may run besides kubectl and helm: the shell's own tools. */
const SHELL_TOOLS = new Set([
  'echo', 'printf', 'cat', 'base64', 'head', 'tail', 'grep', 'sort', 'uniq', 'wc', 'sed', 'awk', 'cut', 'tr', 'openssl', 'export',
  'mkdir', 'cd', 'ls', 'diff', 'true', 'false', 'sleep', 'test', '[', 'cp', 'mv', 'rm', 'touch', 'tee', 'xargs', 'env', 'unset',
  'for', 'do', 'done', 'if', 'then', 'else', 'fi', 'while', 'in', '{', '}', '!', 'time',
]);

/** kubectl commands that need a kubelet, a metrics server, a terminal, or never end. */
const KUBECTL_NOT_HERE: Record<string, string> = {
  logs: 'needs a kubelet (container logs)',
  exec: 'needs a kubelet (a running container)',
  attach: 'needs a kubelet (a running container)',
  'port-forward': 'needs a kubelet (a port of a running Pod)',
  cp: 'needs a kubelet (a running container)',
  debug: 'needs a kubelet (a debug container)',
  proxy: 'runs until stopped',
  top: 'needs the metrics server',
  edit: 'opens an editor',
};

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** The program names a command line runs: the first word of each pipeline part. */
/**
 * The text with separators inside quotes blanked, so `grep -E 'a|b'` stays one command. In single
 * quotes nothing is special; in double quotes `$(...)` and backticks still run programs.
 */
function withoutQuotedSeparators(text: string): string {
  let out = '';
  let quote: "'" | '"' | undefined;
  for (const ch of text) {
    if (quote === undefined && (ch === "'" || ch === '"')) quote = ch;
    else if (ch === quote) quote = undefined;
    else if (quote === "'" && /[|;&\n`$]/.test(ch)) {
      out += ' ';
      continue;
    } else if (quote === '"' && /[|;&\n]/.test(ch)) {
      out += ' ';
      continue;
    }
    out += ch;
  }
  return out;
}

export function programsOf(text: string): string[] {
  const withoutHeredocs = text.replace(/<<-?\s*(['"]?)(\w+)\1[\s\S]*?\n\s*\2\s*(?:\n|$)/g, ' ');
  const programs: string[] = [];
  for (const part of withoutQuotedSeparators(withoutHeredocs.replace(/\\\n/g, ' ')).split(/\|\||&&|[|;\n]|\$\(|`/)) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    let i = 0;
    while (i < words.length && (ASSIGNMENT.test(words[i]!) || words[i] === 'sudo')) i++;
    const head = words[i]?.replace(/^["'(]+/, '');
    if (head && !head.startsWith('#') && head !== ')') programs.push(head);
  }
  return programs;
}

/** Why a command is not run against the fake cluster, or undefined. */
export function notRunReason(text: string): string | undefined {
  for (const program of programsOf(text)) {
    if (program === 'kubectl') continue;
    if (program === 'helm') continue;
    if (!SHELL_TOOLS.has(program)) return `needs ${program}`;
  }
  const flat = text.replace(/\\\n/g, ' ');
  for (const m of flat.matchAll(/\bkubectl\s+((?:-{1,2}[\w-]+(?:[= ](?!-)\S+)?\s+)*)([a-z-]+)/g)) {
    const verb = m[2]!;
    const reason = KUBECTL_NOT_HERE[verb];
    if (reason) return `kubectl ${verb} ${reason}`;
  }
  if (/\bkubectl\b[^|;&]*\s(-w|--watch(=true)?|--watch-only)(\s|$)/.test(flat)) return 'watches until stopped';
  if (/\bkubectl\s+run\b[^|;&]*\s(-it|-ti|-i|--stdin|--tty|-t|--attach|--rm)(\s|=|$)/.test(flat)) return 'kubectl run attaches a terminal to a running container (needs a kubelet)';
  if (/\bkubectl\s+config\s+use-context\b/.test(flat)) return "switches to the reader's own cluster";
  return undefined;
}

/** Split a shell block into commands: continuation lines joined, heredocs kept whole, comments dropped. */
export function commandsOf(text: string, firstLine: number): { text: string; line: number }[] {
  const lines = text.split('\n');
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    if (lines[i]!.trim() === '' || lines[i]!.trim().startsWith('#')) continue;
    const parts = [lines[i]!];
    while (/\\\s*$/.test(lines[i]!) && i + 1 < lines.length) parts.push(lines[++i]!);
    const heredoc = /<<-?\s*(['"]?)(\w+)\1/.exec(parts.join('\n'));
    if (heredoc) {
      while (i + 1 < lines.length) {
        parts.push(lines[++i]!);
        if (lines[i]!.trim() === heredoc[2]) break;
      }
    }
    out.push({ text: parts.join('\n'), line: firstLine + start });
  }
  return out;
}

/** The transcript of a page: its titled YAML files and its commands, in page order. */
export function transcriptOf(text: string, file: string): TranscriptStep[] {
  const steps: TranscriptStep[] = [];
  for (const block of extractMarkdownBlocks(text, file)) {
    if (block.language === 'yaml') {
      const title = block.meta['title'];
      if (title && /^[\w.-]+\.ya?ml$/.test(title)) steps.push({ kind: 'file', name: title, text: block.text, line: block.fenceLine });
      continue;
    }
    const mode = (block.meta['transcript'] ?? 'run') as BlockMode;
    if (!['run', 'fails', 'skip'].includes(mode)) throw new Error(`${file}:${block.fenceLine}: transcript="${mode}" is not run, fails or skip`);
    if (mode === 'skip' && !block.meta['reason']) throw new Error(`${file}:${block.fenceLine}: transcript="skip" needs reason="why these commands cannot run against a test control plane"`);
    for (const command of commandsOf(block.text, block.startLine)) {
      const notRun = mode === 'skip' ? block.meta['reason'] : notRunReason(command.text);
      steps.push({ kind: 'command', command: { ...command, block: block.fenceLine, fails: mode === 'fails', ...(notRun ? { notRun } : {}) } });
    }
  }
  return steps;
}

/** A ```text output``` block: what the shell block right above it prints, captured from the control plane. */
export interface OutputBlock {
  /** Opening fence line of the shell block whose commands print it. */
  block: number;
  fenceLine: number;
  endLine: number;
  text: string;
}

const OUTPUT_META = /(^|\s)output(\s|$)/;
const SAMPLE_META = /(^|\s)sample(\s|$)/;

/**
 * Text blocks right after a shell block show what its commands print: each must be captured
 * (```text output```, compared with the control plane) or marked as written by hand
 * (```text sample```), so a reader knows which outputs to expect exactly. A titled block is a
 * file the page shows.
 */
export function unlabelledOutputs(text: string, file: string): string[] {
  const blocks = fencedBlocks(text, file);
  return blocks.flatMap((block, i) => {
    const before = blocks[i - 1];
    // A titled block is a file the page shows, not output.
    if ((block.lang !== 'text' && block.lang !== '') || /(^|\s)title=/.test(block.meta)) return [];
    if (!before || !SHELL_LANGS.has(before.lang)) return [];
    const output = OUTPUT_META.test(block.meta);
    const sample = SAMPLE_META.test(block.meta);
    if (output && sample) return [`${file}:${block.fenceLine}: a block is either captured (\`text output\`) or a sample (\`text sample\`), not both`];
    if (output || sample) return [];
    return [
      `${file}:${block.fenceLine}: the text block after the commands at line ${before.fenceLine} shows their output: ` +
        'capture it (```text output```, then npm run transcripts -- --update) or mark it as written by hand (```text sample```)',
    ];
  });
}

/**
 * The output blocks of a page (```text output```, or with `kind` 'sample' the ```text sample```
 * blocks right after commands); an output block that does not follow a shell block is an error.
 */
export function outputBlocksOf(text: string, file: string, kind: 'output' | 'sample' = 'output'): OutputBlock[] {
  const blocks = fencedBlocks(text, file);
  const out: OutputBlock[] = [];
  blocks.forEach((block, i) => {
    if (block.lang !== 'text' || !(kind === 'output' ? OUTPUT_META : SAMPLE_META).test(block.meta)) return;
    const before = blocks[i - 1];
    if (!before || !SHELL_LANGS.has(before.lang)) {
      if (kind === 'sample') return;
      throw new Error(`${file}:${block.fenceLine}: a \`text output\` block must follow the shell block whose output it shows`);
    }
    out.push({ block: before.fenceLine, fenceLine: block.fenceLine, endLine: block.endLine, text: block.value });
  });
  return out;
}
