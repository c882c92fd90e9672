/** The tool modules follow the pins of src/data/site.ts. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { versions } from '../data/site';
import { goModHeader, goModText, KUBERNETES_STAGING, toolModules, TOOLS_DIR } from './tools';

describe('tool modules', () => {
  it('pin k8s.io/kubernetes and each staging module at v0.X.Y of the release', () => {
    const k8s = toolModules({ ...versions, kubernetes: '1.36.3' }).find((t) => t.dir === 'kubernetes')!;
    expect(k8s.require).toEqual({ 'k8s.io/kubernetes': 'v1.36.3' });
    expect(Object.keys(k8s.replace)).toHaveLength(KUBERNETES_STAGING.length);
    expect(k8s.replace['k8s.io/client-go']).toBe('k8s.io/client-go v0.36.3');
    expect(k8s.ldflagsX).toContain('k8s.io/component-base/version.gitVersion=v1.36.3');
    expect(goModText(k8s)).toContain('\tk8s.io/apimachinery => k8s.io/apimachinery v0.36.3\n');
  });

  it('a new pin changes the go.mod header, so npm run tools regenerates it', () => {
    const now = toolModules().find((t) => t.dir === 'helm')!;
    const next = toolModules({ ...versions, helm: '4.9.9' }).find((t) => t.dir === 'helm')!;
    expect(goModHeader(next)).not.toBe(goModHeader(now));
  });

  it('every committed go.mod was generated from the current pins', () => {
    for (const tool of toolModules()) {
      const first = fs.readFileSync(path.join(TOOLS_DIR, tool.dir, 'go.mod'), 'utf8').split('\n')[0];
      expect(first, `tools/${tool.dir}/go.mod: run npm run tools`).toBe(goModHeader(tool));
      expect(fs.existsSync(path.join(TOOLS_DIR, tool.dir, 'go.sum')), `tools/${tool.dir}/go.sum`).toBe(true);
    }
  });
});
