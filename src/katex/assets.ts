/**
 * KaTeX's stylesheet and fonts, served by the site itself and loaded only by pages with math
 * (src/remark/katex-styles.ts). Bundled into the site's one stylesheet, they made every page wait
 * for ~107 KB of gzipped CSS before its first paint: the bundler inlined the smaller fonts as
 * base64. Only the woff2 fonts are copied: the stylesheet names woff2 first, and every browser
 * the site supports reads it.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where the files are served, under the site's base URL. */
export const KATEX_URL_DIR = 'katex';
export const KATEX_STYLESHEET = 'katex.min.css';

const katexDist = path.dirname(require.resolve('katex/dist/katex.min.css'));

/** Copies the stylesheet and woff2 fonts into `targetDir` (a static folder), replacing what was there. */
export function copyKatexAssets(targetDir: string): string[] {
  fs.rmSync(targetDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(targetDir, 'fonts'), { recursive: true });
  fs.copyFileSync(path.join(katexDist, KATEX_STYLESHEET), path.join(targetDir, KATEX_STYLESHEET));
  const fonts = fs.readdirSync(path.join(katexDist, 'fonts')).filter((file) => file.endsWith('.woff2'));
  for (const font of fonts) fs.copyFileSync(path.join(katexDist, 'fonts', font), path.join(targetDir, 'fonts', font));
  return [KATEX_STYLESHEET, ...fonts.map((font) => `fonts/${font}`)];
}
