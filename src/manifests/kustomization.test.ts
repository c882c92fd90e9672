import { describe, expect, it } from 'vitest';
import { isRemoteReference, kustomizationReferences } from './kustomization';

describe('kustomizationReferences', () => {
  it('lists every local path with its role and where it is written', () => {
    const refs = kustomizationReferences({
      resources: ['deployment.yaml', '../base'],
      components: ['../components/tls'],
      patches: [{ path: 'replicas.yaml', target: { kind: 'Deployment' } }, { patch: 'inline' }],
      patchesStrategicMerge: ['memory.yaml'],
      configMapGenerator: [{ name: 'seek', files: ['seek.env', 'config=settings.yml'], envs: ['more.env'] }],
      secretGenerator: [{ name: 'db', env: 'db.env' }],
      crds: ['crd.yaml'],
    });
    expect(refs.map((r) => [r.role, r.target, r.at.join('.')])).toEqual([
      ['resource', 'deployment.yaml', 'resources.0'],
      ['resource', '../base', 'resources.1'],
      ['component', '../components/tls', 'components.0'],
      ['crd', 'crd.yaml', 'crds.0'],
      ['patch', 'memory.yaml', 'patchesStrategicMerge.0'],
      ['patch', 'replicas.yaml', 'patches.0.path'],
      ['generator-file', 'seek.env', 'configMapGenerator.0.files.0'],
      ['generator-file', 'settings.yml', 'configMapGenerator.0.files.1'],
      ['generator-file', 'more.env', 'configMapGenerator.0.envs.0'],
      ['generator-file', 'db.env', 'secretGenerator.0.env'],
    ]);
  });

  it('leaves out remote bases and inline entries', () => {
    const refs = kustomizationReferences({
      resources: ['https://github.com/org/repo//deploy?ref=v1', 'github.com/org/repo/deploy', 'git@github.com:org/repo.git', 'local.yaml'],
      patchesStrategicMerge: ['apiVersion: apps/v1\nkind: Deployment\n'],
    });
    expect(refs.map((r) => r.entry)).toEqual(['local.yaml']);
  });

  it('reads nothing from what is not a mapping', () => {
    expect(kustomizationReferences(null)).toEqual([]);
    expect(kustomizationReferences(['resources'])).toEqual([]);
    expect(kustomizationReferences({ resources: 'one.yaml' })).toEqual([]);
  });

  it('tells remote references from local paths', () => {
    expect(isRemoteReference('https://example.org/x.yaml')).toBe(true);
    expect(isRemoteReference('../base')).toBe(false);
    expect(isRemoteReference('base?ref=main')).toBe(true);
  });
});
