import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { afterPaintLoader, afterPaintSources, afterPaintTemplate } from './after-paint';
import { projectPath } from '../util/project';

/** Runs the loader with a fake document and event loop; returns what it appended, by step. */
function runLoader(code: string) {
  const appended: { src: string; async: boolean }[] = [];
  const frames: (() => void)[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const context = {
    document: { createElement: (tag: string) => ({ tag, src: '', async: true }), head: { appendChild: (e: { src: string; async: boolean }) => appended.push(e) } },
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void, ms = 0) => timers.push({ fn, ms }),
  };
  vm.runInNewContext(code, context);
  return { appended, frames, timers };
}

describe('the after-paint loader', () => {
  const urls = ['/assets/js/runtime~main.1.js', '/assets/js/main.2.js', '/assets/js/af301ee9.3.js'];

  it('inserts nothing before the first frame, then every script once, in order, not async', () => {
    const { appended, frames, timers } = runLoader(afterPaintLoader(urls));
    expect(appended).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]!();
    // The frame's callback defers to a task after the paint; the second timer is the background-tab fallback.
    const afterPaint = timers.find((t) => t.ms === 0)!;
    const fallback = timers.find((t) => t.ms === 1000)!;
    expect(appended).toEqual([]);
    afterPaint.fn();
    expect(appended.map((e) => [e.src, e.async])).toEqual(urls.map((url) => [url, false]));
    fallback.fn();
    expect(appended).toHaveLength(urls.length);
  });

  it('loads the scripts after a second when no frame comes (a tab opened in the background)', () => {
    const { appended, timers } = runLoader(afterPaintLoader(urls));
    timers.find((t) => t.ms === 1000)!.fn();
    expect(appended.map((e) => e.src)).toEqual(urls);
  });

  it('reads the list back from the HTML, also as the minifier rewrites the loader', () => {
    expect(afterPaintSources(`<p>x</p><script>${afterPaintLoader(urls)}</script>`)).toEqual(urls);
    // What swc's HTML minifier made of it in a build.
    const minified =
      '<script>!function(s){var a=0;function e(){a++||s.forEach(function(s){var a=document.createElement("script");a.src=s,a.async=!1,document.head.appendChild(a)})}requestAnimationFrame(function(){setTimeout(e)}),setTimeout(e,1e3)}(["/assets/js/runtime~main.aaa10451.js","/assets/js/main.43b9b09a.js"])</script></body>';
    expect(afterPaintSources(minified)).toEqual(['/assets/js/runtime~main.aaa10451.js', '/assets/js/main.43b9b09a.js']);
    expect(afterPaintSources('<script>window.x=1</script>')).toEqual([]);
  });

  it('is Docusaurus’ own template but for the scripts', () => {
    // The template Docusaurus would use; a Docusaurus upgrade that changes it shows up here.
    const upstreamFile = require.resolve('@docusaurus/core/lib/ssg/ssgTemplate.html.js', { paths: [projectPath()] });
    const upstream = (require(upstreamFile) as { default: string }).default.trim();
    const scriptsLoop = /\n\s*<% it\.scripts\.forEach\(\(script\) => \{ %>\n[^\n]*defer><\/script>\n\s*<% \}\); %>/;
    expect(upstream).toMatch(scriptsLoop);
    const ours = afterPaintTemplate.trim().replace(/\n\s*<script>\(function\(u\)[^\n]*<\/script>/, '');
    expect(ours).toBe(upstream.replace(scriptsLoop, ''));
  });
});
