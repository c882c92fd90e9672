/**
 * Mermaid's own parser, run in Node under jsdom globals. beautiful-mermaid draws whatever it is
 * given; this is the check that only valid Mermaid leaves the model or a chapter.
 */
import { JSDOM } from 'jsdom';

type MermaidApi = { parse: (text: string) => Promise<unknown> };
let loaded: Promise<MermaidApi> | undefined;

function installDomGlobals(): void {
  if (typeof globalThis.document !== 'undefined') return;
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  g.window = dom.window;
  g.document = dom.window.document;
  g.DOMParser = dom.window.DOMParser;
  g.Element = dom.window.Element;
  g.HTMLElement = dom.window.HTMLElement;
  g.SVGElement = dom.window.SVGElement;
  g.Node = dom.window.Node;
  if (typeof g.navigator === 'undefined') g.navigator = dom.window.navigator;
}

async function mermaid(): Promise<MermaidApi> {
  loaded ??= (async () => {
    installDomGlobals();
    const module = (await import('mermaid')) as unknown as { default: MermaidApi & { initialize: (c: object) => void } };
    module.default.initialize({ startOnLoad: false });
    return module.default;
  })();
  return loaded;
}

/** Resolves when `text` is valid Mermaid; rejects with Mermaid's parse error otherwise. */
export async function parseMermaid(text: string): Promise<void> {
  await (await mermaid()).parse(text);
}
