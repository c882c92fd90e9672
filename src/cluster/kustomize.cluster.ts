/**
 * Every kustomization under static/examples rendered by the pinned kubectl (`kubectl kustomize`),
 * its output checked by the site's validator and by the API server (dry run), and the SEEK
 * overlays checked for what their pages promise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { findKustomizations } from '../examples/kustomize';
import { objectsOf } from '../examples/chart';
import { validateRendered } from '../examples/validate-rendered';
import { kubectlFor } from './control-plane';
import { dryRunText, formatVerdicts } from './dry-run';
import { relativePosix } from '../util/files';
import { EXAMPLES_DIR, examplePath, PROJECT_ROOT } from '../util/project';

const plane = kubectlFor(inject('kubeconfig'));
const kustomizations = findKustomizations(EXAMPLES_DIR);
const rel = (p: string): string => relativePosix(PROJECT_ROOT, p);
const rendered = new Map<string, string>();

/** `kubectl kustomize DIR` of the pinned kubectl; throws with kubectl's message on failure. */
function render(dir: string): string {
  const cached = rendered.get(dir);
  if (cached !== undefined) return cached;
  const out = plane.kubectl(['kustomize', dir]);
  if (out.status !== 0) throw new Error(`kubectl kustomize ${rel(dir)} failed: ${out.stderr.trim()}`);
  rendered.set(dir, out.stdout);
  return out.stdout;
}

let workDir = '';
beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(inject('clusterDir'), 'kustomize-'));
});

describe('kustomizations rendered by the pinned kubectl', () => {
  it('include the SEEK base and its two overlays', () => {
    expect(kustomizations.map(rel)).toEqual(
      expect.arrayContaining(['static/examples/seek/10-kustomize/base', 'static/examples/seek/10-kustomize/overlays/local', 'static/examples/seek/10-kustomize/overlays/production']),
    );
  });

  describe.each(kustomizations.map((dir) => [rel(dir), dir]))('%s', (name, dir) => {
    it('renders, and the output passes the site validator', () => {
      const output = render(dir);
      expect(objectsOf(output).length).toBeGreaterThan(0);
      expect(validateRendered(output, `${name} (kubectl kustomize)`)).toEqual([]);
    });

    it('the API server accepts the output (dry run)', async () => {
      const { verdicts } = await dryRunText(plane, render(dir), `${name} (kubectl kustomize)`, { workDir, namespacePrefix: `k${kustomizations.indexOf(dir)}` });
      expect(verdicts.length).toBe(objectsOf(render(dir)).length);
      expect(formatVerdicts(verdicts)).toEqual([]);
    });
  });
});

describe('the SEEK overlays give what their pages say', () => {
  const seek = examplePath('seek/10-kustomize');
  const objects = (overlay: string): Record<string, any>[] => objectsOf(render(path.join(seek, overlay))) as Record<string, any>[];
  const find = (list: Record<string, any>[], kind: string, name: string): Record<string, any> | undefined =>
    list.find((o) => o.kind === kind && o.metadata.name === name);

  it('production: own namespace, two web Pods, pinned images, host with TLS, bigger volumes', () => {
    const list = objects('overlays/production');
    expect(list.filter((o) => o.kind !== 'Namespace').every((o) => o.metadata.namespace === 'seek')).toBe(true);
    expect(find(list, 'Deployment', 'seek')?.spec.replicas).toBe(2);
    expect(find(list, 'Deployment', 'seek')?.spec.template.spec.containers[0].resources.limits.memory).toBe('4Gi');
    expect(find(list, 'Ingress', 'seek')?.spec.tls).toEqual([{ hosts: ['seek.example.org'], secretName: 'seek-tls' }]);
    expect(find(list, 'PersistentVolumeClaim', 'seek-filestore')?.spec.resources.requests.storage).toBe('50Gi');
    expect(find(list, 'StatefulSet', 'seek-mysql')?.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('20Gi');
    const secret = list.find((o) => o.kind === 'Secret' && o.metadata.name.startsWith('seek-db-'));
    expect(Buffer.from(secret?.data.MYSQL_PASSWORD ?? '', 'base64').toString()).not.toBe('practice-seek-password');
  });

  it('local: one web Pod, no host, no TLS, a ReadWriteOnce filestore, small requests', () => {
    const list = objects('overlays/local');
    expect(list.some((o) => o.metadata.namespace)).toBe(false);
    expect(find(list, 'Deployment', 'seek')?.spec.replicas).toBe(1);
    const ingress = find(list, 'Ingress', 'seek');
    expect(ingress?.spec.tls).toBeUndefined();
    expect(ingress?.spec.rules.every((r: { host?: string }) => r.host === undefined)).toBe(true);
    expect(find(list, 'PersistentVolumeClaim', 'seek-filestore')?.spec.accessModes).toEqual(['ReadWriteOnce']);
    expect(find(list, 'StatefulSet', 'seek-solr')?.spec.template.spec.containers[0].resources.limits.memory).toBe('1Gi');
    const volumes = list.flatMap((o) => o.spec?.template?.spec?.volumes ?? []);
    expect(volumes.filter((v: { emptyDir?: unknown; name: string }) => v.emptyDir && v.name !== 'cache')).toEqual([]);
  });

  it('rewrites references to generated ConfigMaps and Secrets to their hashed names', () => {
    const list = objects('overlays/production');
    const web = find(list, 'Deployment', 'seek');
    const refs = web?.spec.template.spec.containers[0].envFrom.map((e: Record<string, { name: string }>) => Object.values(e)[0]!.name);
    for (const name of refs) expect(list.some((o) => o.metadata.name === name)).toBe(true);
    expect(refs.every((n: string) => /-[a-z0-9]{10}$/.test(n))).toBe(true);
  });
});
