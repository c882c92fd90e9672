/** All three formats of a view at once: what the build and `npm run diagrams` both use. */
import type { DiagramGraph, Model } from '../model/types';
import { errorMessage } from '../util/errors';
import { toAscii } from './ascii';
import { toMermaid } from './mermaid';
import { resolveView } from './resolve';
import { toSvg } from './svg';

export interface RenderedView {
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  readonly description: string;
  readonly mermaid: string;
  /** Picture and arrows, for the page's text alternative. */
  readonly ascii: string;
  /** Title, picture, arrows and caption, for the standalone .txt file. */
  readonly text: string;
  readonly svg: string;
}

/** Renders one view; a view that cannot be drawn fails with its id (src/model/views.ts). */
export function renderView(model: Model, id: string): RenderedView {
  try {
    return renderGraph(resolveView(model, id));
  } catch (error) {
    throw new Error(`diagram view "${id}" (src/model/views.ts) cannot be drawn: ${errorMessage(error)}`, { cause: error });
  }
}

function renderGraph(graph: DiagramGraph): RenderedView {
  return {
    id: graph.id,
    title: graph.title,
    caption: graph.caption,
    description: graph.description,
    mermaid: toMermaid(graph),
    ascii: toAscii(graph),
    text: toAscii(graph, { header: true }),
    svg: toSvg(graph),
  };
}

export function renderAllViews(model: Model): RenderedView[] {
  return model.views.map((view) => renderView(model, view.id));
}
