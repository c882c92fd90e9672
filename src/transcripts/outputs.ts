/**
 * Outputs a page shows in ```text output``` blocks are captured from the control plane, not
 * written by hand. A reader's cluster differs in what changes from run to run (ages, IPs, the
 * random parts of generated names, uids, times) and in names the test cluster gives (its fake
 * node, the page's namespace): those are normalised before comparing, and written as the
 * reader's practice cluster would show them when a page is updated.
 */
import type { OutputBlock } from './transcript';
import type { TranscriptRun } from './run';

/** The node of the book's practice cluster (kind create cluster --name practice). */
export const PRACTICE_NODE = 'practice-control-plane';
const TEST_NODE = 'kwok-node-0';

/** A kubectl table's header line: capitals, columns two or more spaces apart (kubectl uses three). */
function isTableHeader(line: string): boolean {
  return /^[A-Z][A-Z0-9()/ -]*? {2,}[A-Z]/.test(line) && line === line.toUpperCase();
}

/** A kubectl table (header in capitals, columns 3 spaces apart) with its columns aligned again. */
function realign(lines: string[]): string[] {
  const rows = lines.map((line) => line.split(/ {3,}/));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i < r.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('   ').trimEnd());
}

/** What a reader of the page would see: the practice cluster's node, the default namespace. */
export function readerView(output: string, namespace: string): string {
  // Tables that name the node are aligned again, as kubectl aligns them for the longer name.
  return output
    .split(/\n(?=\n)|(?<=\n)\n/)
    .map((part) => {
      const renamed = part.split(TEST_NODE).join(PRACTICE_NODE).split(namespace).join('default');
      if (renamed === part) return part;
      const lines = renamed.split('\n');
      const header = lines.findIndex(isTableHeader);
      const end = lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
      if (header < 0 || !lines.slice(header, end).every((l) => / {3,}/.test(l))) return renamed;
      return [...lines.slice(0, header), ...realign(lines.slice(header, end)), ...lines.slice(end)].join('\n');
    })
    .join('\n');
}

// Random parts of generated names: kube's alphabet without vowels and look-alike digits.
const RANDOM = '[bcdfghjklmnpqrstvwxz2456789]';

/** The parts that differ between two runs, replaced by placeholders; spacing of columns folded. */
export function normaliseOutput(output: string): string {
  return output
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uid>')
    .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z\b/g, '<time>')
    .replace(/\b\d{1,3}(\.\d{1,3}){3}\b/g, '<ip>')
    .replace(new RegExp(`-${RANDOM}{8,10}-${RANDOM}{5}\\b`, 'g'), '-<hash>-<id>')
    .replace(new RegExp(`-${RANDOM}{8,10}\\b`, 'g'), '-<hash>')
    .replace(new RegExp(`-${RANDOM}{5}\\b`, 'g'), '-<id>')
    .replace(/\b(\d+(s|m|h|d)){1,2}\b/g, '<age>')
    .split('\n')
    .map((line) => line.replace(/\s+$/, '').replace(/ {2,}/g, '  '))
    .join('\n')
    .replace(/\n+$/, '');
}

/**
 * The output of a shell block: what its commands print, one after the other. A command the page
 * shows failing (transcript="fails") is shown by what it says on stderr, the refusal.
 */
function blockOutput(run: TranscriptRun, output: OutputBlock): string | undefined {
  const results = run.ran.filter((r) => r.command.block === output.block);
  const skipped = run.notRun.some((c) => c.block === output.block);
  if (skipped || results.length === 0) return undefined;
  return results.map((r) => (r.command.fails ? r.stdout + r.stderr : r.stdout)).join('');
}

/** Output blocks whose text is not what the commands above them print. */
export function outputMismatches(run: TranscriptRun, outputs: readonly OutputBlock[], file: string, namespace: string): string[] {
  return outputs.flatMap((output) => {
    const captured = blockOutput(run, output);
    if (captured === undefined) return [`${file}:${output.fenceLine}: an output block after commands that do not run here cannot be captured: show it as a sample (\`\`\`text) instead`];
    const want = normaliseOutput(readerView(captured, namespace)).split('\n');
    const have = normaliseOutput(output.text).split('\n');
    const line = want.findIndex((w, i) => w !== have[i]);
    if (line < 0 && want.length === have.length) return [];
    const at = line < 0 ? Math.min(want.length, have.length) : line;
    return [`${file}:${output.fenceLine + 1 + at}: the output shown is not what kubectl prints (npm run transcripts -- --update rewrites it): page "${have[at] ?? ''}", kubectl "${want[at] ?? ''}"`];
  });
}

/** The page with each output block replaced by what its commands printed (as a reader sees it). */
export function withCapturedOutputs(text: string, run: TranscriptRun, outputs: readonly OutputBlock[], namespace: string): string {
  const lines = text.split('\n');
  // From the end, so that earlier line numbers stay valid.
  for (const output of [...outputs].sort((a, b) => b.fenceLine - a.fenceLine)) {
    const captured = blockOutput(run, output);
    if (captured === undefined) continue;
    const indent = /^\s*/.exec(lines[output.fenceLine - 1] ?? '')![0];
    const body = readerView(captured, namespace).replace(/\n+$/, '').split('\n').map((l) => (l ? indent + l.replace(/\s+$/, '') : l));
    lines.splice(output.fenceLine, output.endLine - output.fenceLine - 1, ...body);
  }
  return lines.join('\n');
}

/** The table headers of a text, columns joined by two spaces, with their line (0-based). */
function tableHeaderLines(text: string): { line: number; header: string }[] {
  return text.split('\n').flatMap((line, i) => (isTableHeader(line) ? [{ line: i, header: line.trim().split(/ {2,}/).join('  ') }] : []));
}

function tableHeaders(text: string): string[] {
  return tableHeaderLines(text).map((h) => h.header);
}

export interface SampleVerdicts {
  /** Samples whose every table kubectl printed too, column for column. */
  checked: number;
  /** Sample tables kubectl printed no version of here (file:line, header): their commands do not run, or the state they show needs a kubelet. */
  unchecked: { at: string; header: string }[];
  /** Every table header kubectl printed on the page. */
  printed: string[];
  /** Samples with a table whose columns are not what the pinned kubectl prints. */
  problems: string[];
}

/** Length of the longest common subsequence of two column lists. */
function commonColumns(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    b.forEach((y, j) => next.push(x === y ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!)));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Whether two headers are one table's, one with a column added, dropped or moved (PVCs with and
 * without VOLUMEATTRIBUTESCLASS, Pods with and without -o wide), rather than two kinds' tables.
 */
function sameTable(a: string, b: string): boolean {
  const [x, y] = [a.split('  '), b.split('  ')];
  const shorter = Math.min(x.length, y.length);
  return shorter >= 4 && commonColumns(x, y) >= shorter - 1;
}

/**
 * A sample is written by hand (the state it shows needs a kubelet or a provisioner), but its tables
 * must have the columns the pinned kubectl prints. Where the commands above it ran here, each of
 * its table headers must be one kubectl printed, in order: a sample may show only some of the
 * commands. A header that is another version of a printed one is wrong; one of a table kubectl
 * printed none of here (a PersistentVolume no provisioner made) is not checked, and counted.
 */
export function sampleVerdicts(run: TranscriptRun, samples: readonly OutputBlock[], file: string): SampleVerdicts {
  const verdicts: SampleVerdicts = { checked: 0, unchecked: [], problems: [], printed: tableHeaders(run.ran.map((r) => r.stdout).join('')) };
  for (const sample of samples) {
    const shown = tableHeaderLines(sample.text);
    if (!shown.length) continue;
    // What the commands that ran printed, even when others of the block cannot run here.
    const printed = tableHeaders(run.ran.filter((r) => r.command.block === sample.block).map((r) => r.stdout).join(''));
    let from = 0;
    let checked = 0;
    for (const { line: index, header } of shown) {
      const at = printed.indexOf(header, from);
      if (at >= 0) {
        from = at + 1;
        checked++;
        continue;
      }
      const line = sample.fenceLine + 1 + index;
      const like = printed.filter((p) => sameTable(p, header));
      if (like.length) verdicts.problems.push(`${file}:${line}: the sample's columns are not what the pinned kubectl prints: page "${header}", kubectl "${like[0]}"`);
      else verdicts.unchecked.push({ at: `${file}:${line}`, header });
    }
    if (checked === shown.length) verdicts.checked++;
  }
  return verdicts;
}

/**
 * The samples of the whole book: a table its own page's commands cannot print here is still
 * checked when kubectl printed the same header on another page (the printer is the same). What
 * is left is said in one line, never silently passed.
 */
export function bookSampleSummary(pages: readonly SampleVerdicts[]): string {
  const printed = new Set(pages.flatMap((p) => p.printed));
  const unchecked = pages.flatMap((p) => p.unchecked);
  const elsewhere = unchecked.filter((u) => printed.has(u.header));
  const left = unchecked.filter((u) => !printed.has(u.header)).map((u) => u.at);
  const checked = pages.reduce((n, p) => n + p.checked, 0);
  return `samples: ${checked} with the columns kubectl printed for their commands; ${elsewhere.length} tables with columns kubectl printed on another page; ${left.length} tables not checked, kubectl printed no version of them here (the state they show needs a kubelet, a provisioner or a StorageClass): ${left.join(', ') || 'none'}`;
}

