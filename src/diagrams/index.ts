/**
 * Pure renderers: a {@link DiagramGraph} (from a model view or from example manifests) to Mermaid
 * text, to a plain-text picture, and to accessible, theme-following SVG.
 * @module diagrams
 */
export { resolveView, findView, viewIds, fillNames } from './resolve';
export { toMermaid, edgeLabel, mermaidIds } from './mermaid';
export type { MermaidOptions } from './mermaid';
export { toAscii } from './ascii';
export type { AsciiOptions } from './ascii';
export { toSvg, mermaidToSvg } from './svg';
export type { SvgOptions } from './svg';
export { renderView, renderAllViews } from './render';
export type { RenderedView } from './render';
export { CATEGORY_COLORS } from './palette';
export { writeDiagramFiles } from './write';
export type { WrittenDiagrams } from './write';
