/**
 * Mermaid text -> inline SVG, at build time, with beautiful-mermaid (no browser, no Mermaid
 * runtime shipped to readers). The SVG takes its colours from CSS variables with light fallbacks,
 * so on the site it follows the light and dark theme, and as a standalone file it still reads.
 */
// cspell:words labelledby Segoe
import { renderMermaidSvgCached } from './beautiful';
import type { Category, DiagramGraph } from '../model/types';
import { CATEGORY_COLORS } from './palette';
import { mermaidIds, toMermaid } from './mermaid';

export interface SvgOptions {
  /** Read by screen readers as the image's name. */
  readonly title: string;
  /** Read by screen readers after the title. */
  readonly description: string;
  /** Prefix for ids inside the SVG, unique per page (defaults to a slug of the title). */
  readonly idPrefix?: string;
  /** Mermaid node id -> category, to colour boxes. */
  readonly categories?: ReadonlyMap<string, Category>;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'diagram';
}

function categoryCss(scope: string): string {
  return (Object.entries(CATEGORY_COLORS) as [Category, string][])
    .map(
      ([category, color]) =>
        `.${scope} .cat-${category} > :is(rect, polygon, path, circle, ellipse) { fill: color-mix(in srgb, ${color} 16%, var(--bg)); stroke: ${color}; stroke-width: 1.25; }`,
    )
    .join('\n  ');
}

/** What beautiful-mermaid is asked for: colours from CSS variables, so the page decides them. */
const SVG_RENDER_OPTIONS = {
  bg: 'var(--diagram-bg, #ffffff)',
  fg: 'var(--diagram-fg, #1c1e21)',
  transparent: true,
  font: FONT,
} as const;

/** The Mermaid text toSvg lays out for a graph (colours are applied afterwards, by category). */
function svgSource(graph: DiagramGraph): string {
  return toMermaid(graph, { colors: false });
}

/** Renders any Mermaid text (model views and hand-written blocks alike) to accessible SVG. */
export function mermaidToSvg(mermaid: string, options: SvgOptions): string {
  const raw = renderMermaidSvgCached(mermaid, { ...SVG_RENDER_OPTIONS });
  const prefix = slug(options.idPrefix ?? options.title);
  const scope = `diagram-${prefix}`;
  let svg = raw
    // Fonts come from the page; no request to a font service.
    .replace(/\s*@import url\([^)]*\);/g, '')
    .replace(/font-family: [^;]*;/g, 'font-family: inherit;')
    // The generated stylesheet would apply to every svg of the page: scope it to this one.
    .replace(/(^|\n)(\s*)svg \{/g, `$1$2.${scope} {`)
    .replace(/(^|\n)(\s*)text \{/g, `$1$2.${scope} text {`)
    // Ids must be unique in the page.
    .replace(/(?<=\s)id="([^"]+)"/g, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`);

  if (options.categories) {
    const categories = options.categories;
    svg = svg.replace(/<g class="node" data-id="([^"]+)"/g, (whole, id: string) => {
      const category = categories.get(id);
      return category ? `<g class="node cat-${category}" data-id="${id}"` : whole;
    });
  }

  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const header = /<svg ([^>]*?)width="([\d.]+)" height="([\d.]+)"([^>]*)>/;
  // Without its header the figure would have no accessible name: fail rather than ship it.
  if (!header.test(svg)) throw new Error(`beautiful-mermaid returned no <svg width height> element to label (it starts: ${JSON.stringify(svg.slice(0, 80))})`);
  svg = svg.replace(header, (_whole, before: string, width: string, height: string, after: string) => {
    return (
      `<svg ${before}width="${width}" height="${height}"${after} class="k8s-diagram ${scope}" role="img" ` +
      `aria-labelledby="${titleId} ${descId}">` +
      `<title id="${titleId}">${escapeXml(options.title)}</title>` +
      `<desc id="${descId}">${escapeXml(options.description)}</desc>`
    );
  });
  if (options.categories) {
    if (!svg.includes('</style>')) throw new Error('beautiful-mermaid returned an SVG without a <style> element to add the category colours to');
    svg = svg.replace('</style>', `  ${categoryCss(scope)}\n</style>`);
  }
  return svg;
}

/** Renders a graph to SVG, boxes coloured by category. */
export function toSvg(graph: DiagramGraph, options: { idPrefix?: string } = {}): string {
  const ids = mermaidIds(graph);
  const categories = new Map<string, Category>();
  for (const node of graph.nodes) {
    const id = ids.nodes.get(node.id);
    if (id !== undefined) categories.set(id, node.category);
  }
  return mermaidToSvg(svgSource(graph), {
    title: graph.title,
    description: graph.description,
    idPrefix: options.idPrefix ?? graph.id,
    categories,
  });
}
