/**
 * Every package that source, scripts, tests and config import is declared in package.json: a
 * package that only arrives as somebody else's dependency can disappear with their next release.
 */
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { isGeneratedDir, walkFiles } from '../util/files';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const declared = new Set([...Object.keys(pkg['dependencies'] ?? {}), ...Object.keys(pkg['devDependencies'] ?? {})]);
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Module ids that are not packages: Docusaurus' aliases and webpack/vite virtual modules. */
const ALIASES = /^(@site\/|@theme\/|@theme-original\/|@theme-init\/|@docusaurus\/(?:Link|Head|useDocusaurusContext|useBaseUrl|BrowserOnly|isInternalUrl|Translate|router|ExecutionEnvironment|useIsBrowser|useBrokenLinks|theme-common\/internal)$|@generated\/)/;

/** Source files: fixtures and goldens are data, hidden and generated folders are not ours. */
function sources(dir: string): string[] {
  return walkFiles(dir, {
    include: (file) => /\.(ts|tsx|mts|js|mjs)$/.test(file),
    skipDir: (folder) => isGeneratedDir(folder) || /^(\.|__fixtures__$|__golden__$)/.test(path.basename(folder)),
  });
}

/** "@scope/name/sub" -> "@scope/name", "name/sub" -> "name". */
function packageOf(id: string): string {
  const parts = id.split('/');
  return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

it('every imported package is declared in package.json', () => {
  const files = [...sources(path.join(root, 'src')), ...sources(path.join(root, 'scripts')), ...fs.readdirSync(root).filter((f) => /\.(ts|mts|js)$/.test(f)).map((f) => path.join(root, f))];
  const missing = new Set<string>();
  for (const file of files) {
    // Comments may show import lines as examples: leave them out.
    const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(/(?:^|[^.\w])(?:import|export)\s[^'"`;]*?from\s+['"]([^'"]+)['"]|(?:^|[^.\w])import\s*\(\s*['"]([^'"]+)['"]\s*\)|require(?:\.resolve)?\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
      const id = m[1] ?? m[2] ?? m[3] ?? m[4]!;
      if (id.startsWith('.') || id.startsWith('/') || id.includes('${') || builtins.has(id) || ALIASES.test(id)) continue;
      const name = packageOf(id);
      // A types-only module ("mdast") is declared through its @types package.
      const types = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
      if (!declared.has(name) && !declared.has(types)) missing.add(`${name} (${path.relative(root, file)})`);
    }
  }
  expect([...missing].sort()).toEqual([]);
});
