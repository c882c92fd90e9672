// cspell:words labelledby
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { model } from '../model/model';
import type { Model } from '../model/types';
import { packageDir } from '../util/project';
import { rendererVersion, svgCacheKey } from './beautiful';
import { renderView } from './render';
import { resolveView } from './resolve';
import { mermaidToSvg, toSvg } from './svg';

describe('SVG', () => {
  for (const view of model.views) {
    it(`${view.id}: accessible, theme-following, self-contained`, () => {
      const graph = resolveView(model, view.id);
      const svg = toSvg(graph);
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      expect(svg).toContain(`aria-labelledby="${view.id}-title ${view.id}-desc"`);
      expect(svg).toContain(`<title id="${view.id}-title">`);
      expect(svg).toContain(`<desc id="${view.id}-desc">`);
      // Colours come from the page (CSS variables), with light fallbacks for the standalone file.
      expect(svg).toContain('var(--diagram-bg, #ffffff)');
      expect(svg).not.toMatch(/fill="#(000|fff|FFF)/);
      // No request to a font service, and no style that leaks to the rest of the page.
      expect(svg).not.toContain('@import');
      expect(svg).not.toMatch(/^\s*(svg|text) \{/m);
      // Every id is prefixed, so two diagrams on one page never collide.
      for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) expect(id!.startsWith(`${view.id}-`)).toBe(true);
      for (const node of graph.nodes) expect(svg).toContain(`data-label="${node.label.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    });
  }

  it('colours boxes by category', () => {
    expect(toSvg(resolveView(model, 'storage'))).toContain('class="node cat-storage"');
  });

  it('escapes title and description', () => {
    const svg = mermaidToSvg('flowchart LR\n  a --> b\n', { title: 'A < B & "C"', description: 'd' });
    expect(svg).toContain('<title id="a-b-c-title">A &lt; B &amp; &quot;C&quot;</title>');
  });

  it('fails on a text it cannot draw, rather than shipping an empty figure', () => {
    expect(() => mermaidToSvg('nonsense here', { title: 't', description: 'd' })).toThrow(/Invalid mermaid header/);
  });
});

describe('rendering errors and the SVG cache', () => {
  it('a view that cannot be drawn fails with its id', () => {
    const view = model.views[0]!;
    const broken: Model = { ...model, views: [{ ...view, nodes: [...view.nodes, 'no-such-concept'] }] };
    expect(() => renderView(broken, view.id)).toThrow(`diagram view "${view.id}"`);
  });

  it('keys cached SVGs by the renderer version, so an upgrade draws them anew', () => {
    const own = JSON.parse(fs.readFileSync(`${packageDir('beautiful-mermaid')}/package.json`, 'utf8')) as { version: string };
    expect(rendererVersion()).toContain(`beautiful-mermaid@${own.version}`);
    expect(rendererVersion()).toMatch(/ elkjs@\d/);
    const text = 'flowchart LR\n  a --> b\n';
    expect(svgCacheKey(text, {}, 'beautiful-mermaid@1.1.3')).not.toBe(svgCacheKey(text, {}, 'beautiful-mermaid@1.2.0'));
    expect(svgCacheKey(text, {})).toBe(svgCacheKey(text, {}, rendererVersion()));
  });
});
