/**
 * A code token without the theme's inline style: colours come from src/css/prism-tokens.css, by
 * class. Inline, every token carried its colour (a SEEK page's HTML was 10 times its YAML), and
 * switching to dark mode re-rendered every token of the page. A plain token (no colour of its own:
 * the <pre> has the plain colour) is bare text: half the tokens of a page, a span each. So is a
 * token that looks plain in both themes (punctuation, operators): a third of the rest.
 */
import type { ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock/Line/Token';
import { looksPlain } from '@site/src/theme/prism-plain';

export default function CodeBlockLineToken({ line: _line, token, style: _style, ...props }: Props): ReactNode {
  if (looksPlain(token.types)) return props.children;
  return <span {...props} />;
}
