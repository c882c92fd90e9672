import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterPaintLoader } from '../bundle/after-paint';
import { checkBudgets, inlinedFontBytes, loadsItsRouteChunks, scriptSources, stylesheetSources } from './budgets';

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

  it('adds the scripts the after-paint loader inserts', () => {
    const html = `<script src=/a.js></script><p>text</p><script>${afterPaintLoader(['/assets/js/runtime~main.1.js', '/assets/js/main.2.js'])}</script>`;
    expect(scriptSources(html)).toEqual(['/a.js', '/assets/js/runtime~main.1.js', '/assets/js/main.2.js']);
  });
});

describe('loadsItsRouteChunks', () => {
  const runtime = '/assets/js/runtime~main.1a2b.js';
  const main = '/assets/js/main.3c4d.js';
  it('wants a page that loads main.js to name a route chunk too', () => {
    expect(loadsItsRouteChunks('docs/a.html', [runtime, main, '/assets/js/af301ee9.5e6f.js'])).toBe(true);
    expect(loadsItsRouteChunks('docs/a.html', [runtime, main])).toBe(false);
  });
  it('excuses 404.html, whose component is in main.js, and pages without main.js', () => {
    expect(loadsItsRouteChunks('404.html', [runtime, main])).toBe(true);
    expect(loadsItsRouteChunks('docs/moved.html', [])).toBe(true);
  });
});

describe('stylesheetSources and inlinedFontBytes', () => {
  it('read the stylesheets a page links, in the head or from react-helmet', () => {
    const html = '<link rel=stylesheet href=/assets/css/styles.css /><link data-rh=true rel=stylesheet href=/katex/katex.min.css /><link rel=preload href=/x.css>';
    expect(stylesheetSources(html)).toEqual(['/assets/css/styles.css', '/katex/katex.min.css']);
  });

  it('count fonts inlined as data: URLs, not fonts served as files', () => {
    expect(inlinedFontBytes('@font-face{src:url(data:font/woff2;base64,AAAA) format("woff2"),url(fonts/a.woff)}')).toBe('url(data:font/woff2;base64,AAAA)'.length);
    expect(inlinedFontBytes('@font-face{src:url(fonts/a.woff2)}')).toBe(0);
  });
});

describe('checkBudgets', () => {
  it('counts gzipped CSS a page links against the budget, and rejects fonts inlined into it', () => {
    const root = site({
      'index.html': '<link rel=stylesheet href=/assets/css/styles.css /><link rel=stylesheet href=/katex/katex.css />',
      'assets/css/styles.css': `a{color:red}@font-face{src:url(data:font/woff2;base64,${crypto.randomBytes(3000).toString('base64')})}`,
      'katex/katex.css': '.katex{font:normal 1.21em KaTeX_Main}',
    });
    const report = checkBudgets(root, { scriptGzipBytes: 1e6, htmlBytes: 1e6, styleGzipBytes: 2000, imageBytes: 1e6 });
    expect(report.pages[0]!.styleGzipBytes).toBeGreaterThan(3000);
    expect(report.violations).toEqual([
      { file: 'index.html', message: expect.stringMatching(/^links 3\.\d KB of gzipped CSS, .*the budget is 2\.0 KB/) },
      { file: 'assets/css/styles.css', message: expect.stringMatching(/^inlines 3\.\d KB of fonts as data: URLs/) },
    ]);
  });

  it('names a linked stylesheet that is missing', () => {
    const root = site({ 'index.html': '<link rel=stylesheet href=/katex/katex.min.css />' });
    expect(checkBudgets(root).violations).toEqual([{ file: 'index.html', message: 'refers to a missing stylesheet: /katex/katex.min.css' }]);
  });

  it('passes a small site', () => {
    const root = site({ 'index.html': `<script>${afterPaintLoader(['/assets/js/main.js'])}</script>`, 'assets/js/main.js': 'console.log(1)' });
    const report = checkBudgets(root);
    expect(report.violations).toEqual([]);
    expect(report.pages[0]?.scriptGzipBytes).toBeGreaterThan(0);
  });

  it('rejects main.js in a <script src> tag, which can run before the first paint', () => {
    const root = site({ 'index.html': '<script src=/assets/js/main.js defer></script>', 'assets/js/main.js': 'console.log(1)' });
    expect(checkBudgets(root).violations).toEqual([
      { file: 'index.html', message: expect.stringMatching(/^loads \/assets\/js\/main\.js with a <script src> tag, .*src\/bundle\/after-paint\.ts/) },
    ]);
  });

  it('counts gzipped script bytes against the budget', () => {
    const random = crypto.randomBytes(8000);
    const root = site({ 'index.html': '<script src=/assets/js/big.js></script>', 'assets/js/big.js': random });
    const report = checkBudgets(root, { scriptGzipBytes: 1000, htmlBytes: 1e6, styleGzipBytes: 1e6, imageBytes: 1e6 });
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
    const messages = checkBudgets(root, { scriptGzipBytes: 1e6, htmlBytes: 1000, styleGzipBytes: 1e6, imageBytes: 1000 }).violations.map((v) => v.message);
    expect(messages).toEqual([expect.stringContaining('HTML is 2.0 KB'), expect.stringContaining('image is 2.9 KB')]);
  });

  it('fails clearly without a build', () => {
    expect(() => checkBudgets(path.join(os.tmpdir(), 'no-such-build'))).toThrow(/npm run build/);
  });
});
