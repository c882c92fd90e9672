/**
 * A code token without the theme's inline style: colours come from src/css/prism-tokens.css, by
 * class. Inline, every token carried its colour (a SEEK page's HTML was 10 times its YAML), and
 * switching to dark mode re-rendered every token of the page.
 */
import type { ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock/Line/Token';

export default function CodeBlockLineToken({ line: _line, token: _token, style: _style, ...props }: Props): ReactNode {
  return <span {...props} />;
}
