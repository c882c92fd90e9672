import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fencedBlocks } from '../markdown/source';
import { relativePosix, walkFiles } from '../util/files';
import { PROJECT_ROOT } from '../util/project';
import { plainLookingTypes, PRISM_LANGUAGES, prismTokenCss, sitePlainLookingTypes, UNHIGHLIGHTED_LANGUAGES } from './prism-css';
import { looksPlain, PLAIN_LOOKING_TYPES } from './prism-plain';

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

describe('tokens that look like plain text', () => {
  it('are those whose rules set only the plain colour in both themes, however the colour is written', () => {
    const theme = (plain: string, styles: { types: string[]; style: Record<string, string> }[]) => ({ plain: { color: plain }, styles });
    const light = theme('#393A34', [{ types: ['punctuation', 'operator'], style: { color: '#393A34' } }, { types: ['comment'], style: { color: '#999988', fontStyle: 'italic' } }]);
    const dark = theme('#F8F8F2', [{ types: ['punctuation'], style: { color: 'rgb(248, 248, 242)' } }, { types: ['operator'], style: { color: '#f8f8f2', fontStyle: 'italic' } }]);
    expect([...plainLookingTypes([light, dark], ['punctuation', 'operator', 'comment'])]).toEqual(['punctuation']);
  });

  it('are listed for the client as the site\'s themes give them', () => {
    expect([...PLAIN_LOOKING_TYPES]).toEqual(sitePlainLookingTypes());
    expect(looksPlain(['punctuation'])).toBe(true);
    expect(looksPlain(['plain'])).toBe(true);
    expect(looksPlain(['string', 'punctuation'])).toBe(false);
  });
});

describe('code languages', () => {
  it('every fence of the book is in a language the client highlights, or shown plain on purpose', () => {
    const known = new Set<string>([...PRISM_LANGUAGES, 'sh', 'shell', ...UNHIGHLIGHTED_LANGUAGES]);
    const unknown = ['docs', 'blog'].flatMap((dir) =>
      walkFiles(path.join(PROJECT_ROOT, dir), { include: (f) => /\.mdx?$/.test(f) }).flatMap((file) =>
        fencedBlocks(fs.readFileSync(file, 'utf8'), file)
          .filter((block) => !known.has(block.lang))
          .map((block) => `${relativePosix(PROJECT_ROOT, file)}:${block.fenceLine}: \`\`\`${block.lang} is not highlighted: add it to PRISM_LANGUAGES (src/theme/prism-css.ts)`),
      ),
    );
    expect(unknown).toEqual([]);
  });
});

describe('the light prism-react-renderer (src/theme/prism)', () => {
  it('tokenises as prism-react-renderer does, for the languages of the site', async () => {
    const light = await import('./prism');
    const real = await import('prism-react-renderer');
    // As Docusaurus does (prism-include-languages): each grammar of the config, run against the Prism given.
    const load = createRequire(__filename);
    const addLanguages = (prism: unknown) => {
      const global = globalThis as { Prism?: unknown };
      const previous = global.Prism;
      global.Prism = prism;
      for (const language of PRISM_LANGUAGES) {
        const id = load.resolve(`prismjs/components/prism-${language}`);
        delete load.cache[id];
        load(id);
      }
      global.Prism = previous;
    };
    addLanguages(light.Prism);
    addLanguages(real.Prism);
    const samples = {
      yaml: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web # a comment\nspec:\n  containers:\n    - image: "nginx:1.27"\n\n      ports: [80]\n',
      bash: 'kubectl get pods -l app=web -o jsonpath=\'{.items[*].metadata.name}\' | wc -l\necho "$HOME"\n',
    };
    for (const [language, code] of Object.entries(samples)) {
      const ours = light.normalizeTokens(light.Prism.tokenize(code, light.Prism.languages[language]!) as never);
      const theirs = real.normalizeTokens(real.Prism.tokenize(code, real.Prism.languages[language]!) as never);
      expect(ours).toEqual(theirs);
      expect(ours.flat().some((token) => token.types.length > 1 || token.types[0] !== 'plain')).toBe(true);
    }
  });
});
