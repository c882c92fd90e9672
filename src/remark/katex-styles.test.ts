import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import remarkKatexStyles from './katex-styles';

async function build(source: string): Promise<string> {
  const result = await compile(source, { remarkPlugins: [remarkMath, [remarkKatexStyles, { href: '/katex/katex.min.css' }]], providerImportSource: '@mdx-js/react' });
  return String(result);
}

describe('KaTeX styles', () => {
  it('are linked at the end of a page with math, inline or displayed', async () => {
    for (const source of ['Surge is $\\lceil 25\\% \\rceil$.', '$$\nx = 1\n$$']) {
      const output = await build(source);
      expect(output).toMatch(/_jsx\(_components\.link, \{\s*rel: "stylesheet",\s*href: "\/katex\/katex\.min\.css"\s*\}\)\]\s*\}\);\s*\}/);
      expect(output).not.toContain('Head');
    }
  });

  it('are not loaded by a page without math', async () => {
    expect(await build('Costs 5 dollars, not $5.')).not.toContain('katex.min.css');
  });
});
