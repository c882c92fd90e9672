import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeClientManifest, parseRegistry, withModuleOrigins, writesClientManifest } from './route-chunks';

// Two entries as Docusaurus 3.10 writes .docusaurus/registry.js.
const registry = `export default {
  "af301ee9": [() => import(/* webpackChunkName: "af301ee9" */ "@site/docs/concepts/rolling-updates.mdx"), "@site/docs/concepts/rolling-updates.mdx", require.resolveWeak("@site/docs/concepts/rolling-updates.mdx")],
  "5e95c892": [() => import(/* webpackChunkName: "5e95c892" */ "@theme/DocsRoot"), "@theme/DocsRoot", require.resolveWeak("@theme/DocsRoot")],};
`;

const manifest = {
  entrypoints: ['main'],
  origins: { main: ['1889', '5555'], af301ee9: ['2277', '320', 'af301ee9'], '5e95c892': ['5e95c892'] },
  assets: {},
};

describe('parseRegistry', () => {
  it('maps each chunk name to the module react-loadable reports for it', () => {
    expect([...parseRegistry(registry)]).toEqual([
      ['af301ee9', '@site/docs/concepts/rolling-updates.mdx'],
      ['5e95c892', '@theme/DocsRoot'],
    ]);
  });

  it('fails, naming the file to update, when an entry has another shape', () => {
    const changed = registry.replace('[() => import(', '[async () => import(');
    expect(() => parseRegistry(changed)).toThrow(/understood 1 of 2 entries.*src\/bundle\/route-chunks\.ts/);
  });
});

describe('withModuleOrigins', () => {
  it('keys each module to the chunks of its chunk name, and keeps the rest', () => {
    const origins = withModuleOrigins(manifest, parseRegistry(registry)).origins;
    expect(origins['@site/docs/concepts/rolling-updates.mdx']).toEqual(['2277', '320', 'af301ee9']);
    expect(origins['@theme/DocsRoot']).toEqual(['5e95c892']);
    expect(origins.main).toEqual(['1889', '5555']);
  });

  it('fails when no chunk name of the registry is in the manifest', () => {
    expect(() => withModuleOrigins({ ...manifest, origins: { main: ['1889'] } }, parseRegistry(registry))).toThrow(/route chunks would not reach the HTML/);
  });
});

describe('completeClientManifest', () => {
  it('rewrites the manifest beside the registry', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    fs.writeFileSync(path.join(dir, 'registry.js'), registry);
    fs.writeFileSync(path.join(dir, 'client-manifest.json'), JSON.stringify(manifest));
    completeClientManifest(dir);
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'client-manifest.json'), 'utf8'));
    expect(written.origins['@theme/DocsRoot']).toEqual(['5e95c892']);
  });
});

describe('writesClientManifest', () => {
  it('is true only for a configuration with the SSR manifest plugin', () => {
    class ReactLoadableSSRAddon {}
    class Other {}
    expect(writesClientManifest({ plugins: [new Other(), new ReactLoadableSSRAddon()] })).toBe(true);
    expect(writesClientManifest({ plugins: [new Other()] })).toBe(false);
    expect(writesClientManifest({})).toBe(false);
  });
});
