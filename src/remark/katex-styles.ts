/**
 * A page with math (remark-math's `math` and `inlineMath` nodes) links KaTeX's stylesheet at the
 * end of its content; pages without math do not load it (src/katex/assets.ts says why). Not via
 * <Head>: react-helmet replaced the server's <link> when the page hydrated, so the browser fetched
 * the stylesheet and fonts again and restyled the whole page (a 2-second task on a phone). A
 * <link rel="stylesheet"> in the body is valid HTML and hydrates in place; it holds back only the
 * content after it, so at the end the first screen paints without waiting for it (the math of
 * the book is never in a chapter's first screen).
 */
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { visit, EXIT } from 'unist-util-visit';

export interface KatexStylesOptions {
  /** URL of the stylesheet, with the site's base URL. */
  href: string;
}

export function hasMath(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

const remarkKatexStyles: Plugin<[KatexStylesOptions], Root> = (options) => (tree: Root) => {
  if (!hasMath(tree)) return;
  const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });
  const link = { type: 'mdxJsxFlowElement', name: 'link', attributes: [attribute('rel', 'stylesheet'), attribute('href', options.href)], children: [] };
  tree.children.push(link as unknown as RootContent);
};

export default remarkKatexStyles;
