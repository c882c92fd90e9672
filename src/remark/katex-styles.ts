/**
 * A page with math (remark-math's `math` and `inlineMath` nodes) links KaTeX's stylesheet in its
 * <head>; pages without math do not load it (src/katex/assets.ts says why).
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
  // <Head> is Docusaurus' MDX component for the document head (react-helmet).
  const link = { type: 'mdxJsxFlowElement', name: 'link', attributes: [attribute('rel', 'stylesheet'), attribute('href', options.href)], children: [] };
  tree.children.push({ type: 'mdxJsxFlowElement', name: 'Head', attributes: [], children: [link] } as unknown as RootContent);
};

export default remarkKatexStyles;
