/** All three formats of a view at once: what the build and `npm run diagrams` both use. */
import type { Model } from '../model/types';
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

export function renderView(model: Model, id: string): RenderedView {
  const graph = resolveView(model, id);
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
