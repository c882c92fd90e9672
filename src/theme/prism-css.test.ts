import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prismTokenCss } from './prism-css';

const file = path.resolve(__dirname, '../css/prism-tokens.css');

describe('code token colours', () => {
  it('src/css/prism-tokens.css is what the configured Prism themes give (UPDATE_GOLDEN=1 rewrites it)', () => {
    if (process.env['UPDATE_GOLDEN'] === '1') fs.writeFileSync(file, prismTokenCss());
    expect(fs.readFileSync(file, 'utf8')).toBe(prismTokenCss());
  });

  it('colours every token type of both themes, light and dark apart', () => {
    const css = prismTokenCss();
    for (const type of ['comment', 'string', 'keyword', 'number', 'attr-name', 'punctuation']) expect(css).toMatch(new RegExp(`\\[data-theme='light'\\][^{]*\\.${type}\\b`));
    expect(css).toContain('color: #6a6a5a;');
    expect(css).toContain("[data-theme='dark'] .prism-code .token:is(.comment) {\n  color: #8c9ac8;\n}");
  });
});
