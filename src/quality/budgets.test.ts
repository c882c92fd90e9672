import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudgets, scriptSources } from './budgets';

function site(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

describe('scriptSources', () => {
  it('reads quoted and unquoted src attributes, as the minified HTML has them', () => {
    const html = '<script src=/assets/js/main.js defer></script><script src="/a.js"></script><script>inline()</script>';
    expect(scriptSources(html)).toEqual(['/assets/js/main.js', '/a.js']);
  });
});

describe('checkBudgets', () => {
  it('passes a small site', () => {
    const root = site({ 'index.html': '<script src=/assets/js/main.js></script>', 'assets/js/main.js': 'console.log(1)' });
    const report = checkBudgets(root);
    expect(report.violations).toEqual([]);
    expect(report.pages[0]?.scriptGzipBytes).toBeGreaterThan(0);
  });

  it('counts gzipped script bytes against the budget', () => {
    const random = crypto.randomBytes(8000);
    const root = site({ 'index.html': '<script src=/assets/js/big.js></script>', 'assets/js/big.js': random });
    const report = checkBudgets(root, { scriptGzipBytes: 1000, htmlBytes: 1e6, imageBytes: 1e6 });
    expect(report.violations.map((v) => v.message)).toEqual([expect.stringMatching(/gzipped JavaScript; the budget is 1.0 KB/)]);
  });

  it('finds the Mermaid runtime in shipped JavaScript', () => {
    const root = site({ 'index.html': '<p>hi</p>', 'assets/js/chunk.js': 'var mermaidAPI = {}' });
    expect(checkBudgets(root).violations).toEqual([{ file: 'assets/js/chunk.js', message: expect.stringContaining('Mermaid runtime') }]);
  });

  it('rejects scripts and stylesheets from other hosts', () => {
    const root = site({
      'index.html': '<script src="https://cdn.example.com/x.js"></script><link rel="stylesheet" href="https://cdn.example.com/katex.css">',
    });
    expect(checkBudgets(root).violations.map((v) => v.message)).toEqual([
      expect.stringContaining('script from another host'),
      expect.stringContaining('stylesheet from another host'),
    ]);
  });

  it('rejects fonts that styles load from other hosts', () => {
    const root = site({
      'index.html': '<p>hi</p>',
      'assets/css/styles.css': '@font-face{src:url(/assets/fonts/KaTeX.woff2)}',
      'assets/css/other.css': '@font-face{src:url("https://fonts.example.com/x.woff2")}',
    });
    expect(checkBudgets(root).violations).toEqual([
      { file: 'assets/css/other.css', message: 'loads a font or image from another host: https://fonts.example.com/x.woff2' },
    ]);
  });

  it('flags oversized HTML and images', () => {
    const root = site({ 'index.html': 'x'.repeat(2000), 'img/photo.png': Buffer.alloc(3000) });
    const messages = checkBudgets(root, { scriptGzipBytes: 1e6, htmlBytes: 1000, imageBytes: 1000 }).violations.map((v) => v.message);
    expect(messages).toEqual([expect.stringContaining('HTML is 2.0 KB'), expect.stringContaining('image is 2.9 KB')]);
  });

  it('fails clearly without a build', () => {
    expect(() => checkBudgets(path.join(os.tmpdir(), 'no-such-build'))).toThrow(/npm run build/);
  });
});
