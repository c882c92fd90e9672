/**
 * DiagramGraph -> Mermaid flowchart text. Ids are rewritten to safe Mermaid identifiers and
 * labels are quoted, so any graph (from the model or from manifests) gives valid Mermaid.
 */
import { VERB_LABELS } from '../model/labels';
import type { Category, DiagramEdge, DiagramGraph } from '../model/types';
import { CATEGORY_COLORS, tint } from './palette';

export interface MermaidOptions {
  /** Emit classDef colours per category (default true). The SVG renderer colours nodes itself. */
  readonly colors?: boolean;
}

/** The text on an arrow: the verb, and the note if any. */
export function edgeLabel(edge: DiagramEdge): string {
  return edge.note ? `${VERB_LABELS[edge.verb]}: ${edge.note}` : VERB_LABELS[edge.verb];
}

/** Unique Mermaid ids for the nodes and the groups of a graph (`n_pod_1`, `g_control_plane`). */
export function mermaidIds(graph: DiagramGraph): { nodes: Map<string, string>; groups: Map<string, string> } {
  const used = new Set<string>();
  const make = (id: string, prefix: string) => {
    const base = `${prefix}_${id.replace(/[^A-Za-z0-9]+/g, '_')}`;
    let candidate = base;
    for (let i = 2; used.has(candidate); i++) candidate = `${base}_${i}`;
    used.add(candidate);
    return candidate;
  };
  const nodes = new Map<string, string>();
  for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, make(node.id, 'n'));
  const groups = new Map<string, string>();
  for (const group of graph.groups) if (!groups.has(group.id)) groups.set(group.id, make(group.id, 'g'));
  return { nodes, groups };
}

/** Escapes text for a quoted Mermaid label. */
function quote(text: string): string {
  return `"${text.replace(/"/g, '#quot;').replace(/\n/g, ' ')}"`;
}

/** Edge text goes between pipes; pipes and quotes inside it are escaped. */
function edgeText(text: string): string {
  return text.replace(/\|/g, '#124;').replace(/"/g, '#quot;');
}

export function toMermaid(graph: DiagramGraph, options: MermaidOptions = {}): string {
  const ids = mermaidIds(graph);
  const id = (key: string) => ids.nodes.get(key) ?? ids.groups.get(key) ?? key;
  const groupById = new Map(graph.groups.map((group) => [group.id, group]));
  const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
  const inGroup = new Set(graph.groups.flatMap((group) => group.members));
  const lines: string[] = [`flowchart ${graph.direction}`];

  const nodeLine = (nodeIdValue: string, indent: string) => {
    const node = nodeById.get(nodeIdValue);
    if (node === undefined) return;
    const shape = node.category === 'actor' ? ['([', '])'] : ['[', ']'];
    lines.push(`${indent}${id(node.id)}${shape[0]}${quote(node.label)}${shape[1]}`);
  };
  const groupBlock = (groupId: string, indent: string) => {
    const group = groupById.get(groupId);
    if (group === undefined) return;
    lines.push(`${indent}subgraph ${ids.groups.get(group.id) ?? group.id}[${quote(group.label)}]`);
    for (const member of group.members) {
      if (groupById.has(member)) groupBlock(member, `${indent}  `);
      else nodeLine(member, `${indent}  `);
    }
    lines.push(`${indent}end`);
  };

  for (const node of graph.nodes) if (!inGroup.has(node.id)) nodeLine(node.id, '  ');
  for (const group of graph.groups) if (!inGroup.has(group.id)) groupBlock(group.id, '  ');
  for (const edge of graph.edges) {
    lines.push(`  ${id(edge.from)} -->|${edgeText(edgeLabel(edge))}| ${id(edge.to)}`);
  }

  if (options.colors !== false) {
    const used = new Map<Category, string[]>();
    for (const node of graph.nodes) used.set(node.category, [...(used.get(node.category) ?? []), id(node.id)]);
    for (const [category, members] of used) {
      const color = CATEGORY_COLORS[category];
      lines.push(`  classDef ${category.replace(/-/g, '_')} fill:${tint(color)},stroke:${color},color:#1c1e21`);
      lines.push(`  class ${members.join(',')} ${category.replace(/-/g, '_')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
