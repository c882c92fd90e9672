/**
 * Diagrams on pages, rendered at build time (no Mermaid runtime reaches readers):
 * - `::diagram{view="storage"}` draws a view of the model;
 * - `::diagram{examples="seek/04-mysql"}` draws the objects of an example folder;
 * - a ```mermaid code block is drawn the same way (meta: `title="..." description="..."`).
 * Each becomes an inline SVG figure with its caption and a text version one click away. An unknown
 * view id fails the build at the directive's file:line:column with the list of known ids.
 */
import type { Code, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { beautifulMermaid } from '../diagrams/beautiful';
import { toAscii } from '../diagrams/ascii';
import { graphFromExamples } from '../diagrams/from-manifests';
import { findView, resolveView, viewIds } from '../diagrams/resolve';
import { mermaidToSvg, toSvg } from '../diagrams/svg';
import { model as defaultModel } from '../model/model';
import type { DiagramGraph, Model } from '../model/types';
import { fencedBlocks, parseFenceMeta } from '../markdown/source';
import { errorMessage } from '../util/errors';
import { importNode, jsxFlow, where } from './mdx-nodes';

export interface DiagramOptions {
  readonly model?: Model;
  /** Folder `examples=` is relative to; defaults to static/examples. */
  readonly examplesRoot?: string;
  readonly componentSource?: string;
}

/** Local name of the component in compiled pages; unusual so it never clashes with an author's import. */
export const DIAGRAM_COMPONENT = 'Diagram__Figure';

/** ```mermaid blocks of a page with their fence lines (used by the parse test too). */
export function mermaidBlocks(markdown: string, file = 'page.mdx'): { line: number; code: string }[] {
  return fencedBlocks(markdown, file)
    .filter((block) => block.lang === 'mermaid')
    .map((block) => ({ line: block.fenceLine, code: block.value }));
}

function figure(graph: DiagramGraph, extra: { view?: string; idPrefix?: string }, position: unknown): RootContent {
  return jsxFlow(
    DIAGRAM_COMPONENT,
    {
      id: extra.idPrefix ?? graph.id,
      view: extra.view,
      title: graph.title,
      caption: graph.caption,
      svg: toSvg(graph, { idPrefix: extra.idPrefix ?? graph.id }),
      text: toAscii(graph),
    },
    position,
  );
}

const KIND_NAMES: Record<string, string> = {
  sequenceDiagram: 'Sequence diagram',
  flowchart: 'Flowchart',
  graph: 'Flowchart',
  stateDiagram: 'State diagram',
  'stateDiagram-v2': 'State diagram',
  classDiagram: 'Class diagram',
  erDiagram: 'Entity-relationship diagram',
};

function plainText(node: unknown): string {
  const value = node as { value?: string; children?: unknown[]; type?: string };
  if (value.type === 'mdxTextExpression') return '';
  if (typeof value.value === 'string') return value.value;
  return (value.children ?? []).map(plainText).join('');
}

/** The text of the last heading before `index`: the block's accessible name when it has no title. */
function headingBefore(siblings: readonly unknown[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const sibling = siblings[i] as { type?: string };
    if (sibling.type === 'heading') return plainText(sibling).trim() || undefined;
  }
  return undefined;
}

function mermaidFigure(node: Code, index: number, siblings: readonly unknown[]): RootContent {
  const meta = parseFenceMeta(node.meta);
  const kind = KIND_NAMES[node.value.trim().split(/\s/)[0] ?? ''] ?? 'Diagram';
  const title = meta.title ?? headingBefore(siblings, index) ?? kind;
  const description = meta.description ?? `${kind}: ${title}. The text version under the figure gives every step.`;
  const id = `mermaid-${node.position?.start.line ?? index}`;
  // The text version is drawn by beautiful-mermaid; a block it cannot draw fails the build here.
  const text = beautifulMermaid()
    .renderMermaidASCII(node.value, { useAscii: true, colorMode: 'none' })
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  if (text === '') throw new Error('its text version came out empty: beautiful-mermaid cannot draw this diagram kind as text');
  return jsxFlow(
    DIAGRAM_COMPONENT,
    {
      id,
      title,
      caption: meta.caption,
      svg: mermaidToSvg(node.value, { title, description, idPrefix: id }),
      text,
    },
    node.position,
  );
}

const remarkDiagrams: Plugin<[DiagramOptions?], Root> = (options = {}) => {
  const model = options.model ?? defaultModel;
  const componentSource = options.componentSource ?? '@site/src/components/Diagram';

  return (tree: Root, file: VFile) => {
    let used = false;
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'leafDirective' && node.name === 'diagram') {
        const { view, examples } = node.attributes ?? {};
        let replacement: RootContent;
        if (typeof view === 'string' && view !== '') {
          if (!findView(model, view)) {
            throw new Error(`${where(file, node)}: unknown diagram view "${view}". Known views: ${viewIds(model).join(', ')}`);
          }
          replacement = figure(resolveView(model, view), { view }, node.position);
        } else if (typeof examples === 'string' && examples !== '') {
          let graph: DiagramGraph;
          try {
            graph = graphFromExamples(examples, options.examplesRoot ? { root: options.examplesRoot } : {});
          } catch (error) {
            throw new Error(`${where(file, node)}: ${errorMessage(error)}`);
          }
          replacement = figure(graph, { idPrefix: `${graph.id}-${node.position?.start.line ?? index}` }, node.position);
        } else {
          throw new Error(`${where(file, node)}: ::diagram needs view="..." or examples="...". Known views: ${viewIds(model).join(', ')}`);
        }
        parent.children.splice(index, 1, replacement as never);
        used = true;
        return;
      }
      if (node.type === 'code' && node.lang === 'mermaid') {
        try {
          parent.children.splice(index, 1, mermaidFigure(node, index, parent.children) as never);
        } catch (error) {
          throw new Error(`${where(file, node)}: this mermaid block cannot be drawn: ${errorMessage(error)}`);
        }
        used = true;
      }
    });
    if (used) tree.children.unshift(importNode(DIAGRAM_COMPONENT, componentSource) as never);
  };
};

export default remarkDiagrams;
