/**
 * Puts each page's route chunks (its content, its layout, their shared code) into its HTML as
 * `defer` scripts, so a phone downloads them beside main.js instead of after evaluating it.
 *
 * Docusaurus already tries: while it renders a page, react-loadable reports the modules the page
 * used (`@site/docs/….mdx`, `@theme/DocItem`), and it looks them up in the client manifest. The
 * manifest written under Rspack keys those chunks by chunk name (`"af301ee9"`), not by module, so
 * nothing is found and only runtime~main and main reach the HTML; webpack then inserts a `<script>`
 * for each chunk while main.js evaluates. This adds the missing keys, using the registry Docusaurus
 * generates (chunk name → module). The runtime then finds each chunk's `<script>` in the page
 * (`__webpack_require__.l` looks for one with the same src) and inserts none.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The part of react-loadable-ssr-addon's client manifest this reads and extends. */
export interface ClientManifest {
  readonly entrypoints: readonly string[];
  /** Chunk name or module → ids of the chunks it needs. */
  readonly origins: Record<string, readonly string[]>;
  readonly assets: Record<string, unknown>;
}

// One entry of .docusaurus/registry.js:
//   "af301ee9": [() => import(/* webpackChunkName: "af301ee9" */ "@site/docs/x.mdx"), "@site/docs/x.mdx", require.resolveWeak(…)],
const registryEntry = /^\s*"([^"]+)": \[\(\) => import\(\/\* webpackChunkName: "[^"]+" \*\/ "[^"]+"\), "([^"]+)",/gm;

/** Chunk name → the module react-loadable reports for it (the second element of each registry entry). */
export function parseRegistry(source: string): Map<string, string> {
  const modules = new Map<string, string>();
  for (const match of source.matchAll(registryEntry)) modules.set(match[1]!, match[2]!);
  const entries = source.match(/^\s*"[^"]+": \[/gm)?.length ?? 0;
  if (modules.size !== entries) {
    throw new Error(
      `registry.js: understood ${modules.size} of ${entries} entries; Docusaurus changed the registry's format: update registryEntry in src/bundle/route-chunks.ts`,
    );
  }
  return modules;
}

/** The manifest with each registry module keyed to the chunks of its chunk name. */
export function withModuleOrigins(manifest: ClientManifest, registry: ReadonlyMap<string, string>): ClientManifest {
  const origins: Record<string, readonly string[]> = { ...manifest.origins };
  let added = 0;
  for (const [chunkName, module] of registry) {
    const chunks = manifest.origins[chunkName];
    if (chunks && !origins[module]) {
      origins[module] = chunks;
      added += 1;
    }
  }
  if (registry.size > 0 && added === 0) {
    throw new Error('client-manifest.json: no registry chunk name is among its origins; route chunks would not reach the HTML (see src/bundle/route-chunks.ts)');
  }
  return { ...manifest, origins };
}

/** Rewrites `<generatedFilesDir>/client-manifest.json` in place (the SSG reads it after the client build). */
export function completeClientManifest(generatedFilesDir: string): void {
  const manifestFile = path.join(generatedFilesDir, 'client-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as ClientManifest;
  const registry = parseRegistry(fs.readFileSync(path.join(generatedFilesDir, 'registry.js'), 'utf8'));
  fs.writeFileSync(manifestFile, JSON.stringify(withModuleOrigins(manifest, registry), null, 2));
}

interface DoneHook {
  readonly hooks: { readonly done: { tap(name: string, fn: () => void): void } };
}

/** Whether a bundler configuration writes the client manifest (the production client build does; `docusaurus start` does not). */
export function writesClientManifest(config: { plugins?: readonly unknown[] }): boolean {
  return (config.plugins ?? []).some((plugin) => (plugin as object | null)?.constructor?.name === 'ReactLoadableSSRAddon');
}

/** A Docusaurus plugin: completes the client manifest once the client bundle is written. */
export function routeChunksInHtml(context: { generatedFilesDir: string }) {
  return {
    name: 'route-chunks-in-html',
    configureWebpack: (config: { plugins?: readonly unknown[] }, isServer: boolean) =>
      isServer || !writesClientManifest(config)
        ? {}
        : { plugins: [{ apply: (compiler: DoneHook) => compiler.hooks.done.tap('route-chunks-in-html', () => completeClientManifest(context.generatedFilesDir)) }] },
  };
}
