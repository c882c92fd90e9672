/**
 * DiagramGraph -> plain-text picture: groups as nested boxes, nodes as small boxes packed in
 * rows, then every arrow as one line. Drawn here rather than by a layout engine so that nested
 * boxes never get cut by edges, and so the text reads top to bottom for screen readers and print.
 */
import type { DiagramGraph } from '../model/types';
import { edgeLabel } from './mermaid';

export interface AsciiOptions {
  /** Start with the title and caption (for the standalone .txt files). Default false. */
  readonly header?: boolean;
  /** Widest line of the picture. Default 100. */
  readonly width?: number;
}

/** A rectangle of text; every line has the same length. */
type Block = string[];

const GAP = 2;

function leafBox(label: string): Block {
  const rule = `+${'-'.repeat(label.length + 2)}+`;
  return [rule, `| ${label} |`, rule];
}

function widthOf(block: Block): number {
  return block[0]?.length ?? 0;
}

/** Packs blocks left to right into rows no wider than `max`, rows stacked with one blank line. */
function pack(blocks: Block[], max: number): Block {
  const rows: Block[][] = [];
  let row: Block[] = [];
  let rowWidth = 0;
  for (const block of blocks) {
    const width = widthOf(block);
    if (row.length > 0 && rowWidth + GAP + width > max) {
      rows.push(row);
      row = [];
      rowWidth = 0;
    }
    rowWidth += (row.length > 0 ? GAP : 0) + width;
    row.push(block);
  }
  if (row.length > 0) rows.push(row);

  const joined = rows.map((items) => {
    const height = Math.max(...items.map((item) => item.length));
    const lines: string[] = [];
    for (let i = 0; i < height; i++) {
      lines.push(items.map((item) => item[i] ?? ' '.repeat(widthOf(item))).join(' '.repeat(GAP)));
    }
    return lines;
  });
  const width = Math.max(0, ...joined.map(widthOf));
  const out: string[] = [];
  joined.forEach((lines, index) => {
    if (index > 0) out.push('');
    out.push(...lines);
  });
  return out.map((line) => line.padEnd(width));
}

function groupBox(label: string, inner: Block): Block {
  const innerWidth = Math.max(widthOf(inner), label.length + 3);
  const top = `+- ${label} ${'-'.repeat(innerWidth - label.length - 1)}+`;
  const bottom = `+${'-'.repeat(innerWidth + 2)}+`;
  return [top, ...inner.map((line) => `| ${line.padEnd(innerWidth)} |`), bottom];
}

export function toAscii(graph: DiagramGraph, options: AsciiOptions = {}): string {
  const max = options.width ?? 100;
  const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
  const groupById = new Map(graph.groups.map((group) => [group.id, group]));
  const parent = new Map<string, string>();
  for (const group of graph.groups) for (const member of group.members) parent.set(member, group.id);

  const render = (id: string, room: number, seen: Set<string>): Block | undefined => {
    const group = groupById.get(id);
    if (group !== undefined && !seen.has(id)) {
      const inside = new Set(seen).add(id);
      const children = group.members
        .map((member) => render(member, room - 4, inside))
        .filter((block): block is Block => block !== undefined);
      return groupBox(group.label, pack(children, room - 4));
    }
    const node = nodeById.get(id);
    return node === undefined ? undefined : leafBox(node.label);
  };

  const topLevel = [
    ...graph.nodes.filter((node) => !parent.has(node.id)).map((node) => node.id),
    ...graph.groups.filter((group) => !parent.has(group.id)).map((group) => group.id),
  ];
  const picture = pack(
    topLevel.map((id) => render(id, max, new Set())).filter((block): block is Block => block !== undefined),
    max,
  );

  // Labels that occur twice are told apart by the box they sit in.
  const counts = new Map<string, number>();
  for (const node of graph.nodes) counts.set(node.label, (counts.get(node.label) ?? 0) + 1);
  const name = (id: string) => {
    const node = nodeById.get(id);
    if (node === undefined) return id;
    const box = parent.get(id);
    const boxLabel = box === undefined ? undefined : groupById.get(box)?.label;
    return (counts.get(node.label) ?? 0) > 1 && boxLabel !== undefined ? `${node.label} (in ${boxLabel})` : node.label;
  };
  const arrows = graph.edges.map((edge) => [name(edge.from), `--${edgeLabel(edge)}-->`, name(edge.to)] as const);
  const fromWidth = Math.max(0, ...arrows.map(([from]) => from.length));
  const verbWidth = Math.max(0, ...arrows.map(([, verb]) => verb.length));

  const lines: string[] = [];
  if (options.header) {
    lines.push(graph.title, '='.repeat(graph.title.length), '');
  }
  lines.push(...picture.map((line) => line.trimEnd()));
  if (arrows.length > 0) {
    lines.push('', 'Arrows:');
    for (const [from, verb, to] of arrows) lines.push(`  ${from.padEnd(fromWidth)}  ${verb.padEnd(verbWidth)}  ${to}`);
  }
  if (options.header) lines.push('', ...wrap(graph.caption, max));
  return `${lines.join('\n')}\n`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
