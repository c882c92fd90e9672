/**
 * Every kustomization under static/examples: the files it names exist and validate, and (where
 * kubectl is installed) its rendered output validates as one set of objects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateYamlText } from '../manifests';
import { findKustomizations, kubectlVersion, referencedFiles, renderKustomization } from './kustomize';
import { objectsOf } from './chart';
import { validateRendered } from './validate-rendered';

const examples = path.resolve(__dirname, '../../static/examples');
const seekKustomize = path.join(examples, 'seek/10-kustomize');
const kustomizations = findKustomizations(examples);
const kubectl = kubectlVersion();
if (!kubectl) {
  console.warn(`kubectl is not installed: ${kustomizations.length} kustomizations are not rendered; only the files they name are checked.`);
}
const rel = (p: string): string => path.relative(examples, p).split(path.sep).join('/');

describe('kustomizations under static/examples', () => {
  it('include the SEEK base and its two overlays', () => {
    expect(kustomizations.map(rel)).toEqual(
      expect.arrayContaining(['seek/10-kustomize/base', 'seek/10-kustomize/overlays/local', 'seek/10-kustomize/overlays/production']),
    );
  });

  describe.each(kustomizations.map((dir) => [rel(dir), dir]))('%s', (_name, dir) => {
    const refs = referencedFiles(dir);

    it('names only files and folders that exist', () => {
      expect(refs.filter((r) => !r.exists).map((r) => `${r.role} ${r.entry}`)).toEqual([]);
    });

    it('names resources and patches that validate (patches as partial objects)', () => {
      const findings = refs
        .filter((r) => r.exists && !r.isDirectory && (r.role === 'resource' || r.role === 'patch'))
        .flatMap((r) => validateYamlText(fs.readFileSync(r.path, 'utf8'), { file: rel(r.path), partial: r.role === 'patch' }).findings);
      expect(findings).toEqual([]);
    });

    it('uses only folders with a kustomization as folder resources', () => {
      const folders = refs.filter((r) => r.isDirectory).map((r) => r.path);
      expect(folders.filter((f) => !kustomizations.includes(f))).toEqual([]);
    });
  });
});

// kubectl is not installed everywhere (CI images often lack it); then rendering is not checked.
describe.skipIf(!kubectl)(`rendered with kubectl kustomize (kubectl ${kubectl ?? 'missing'})`, () => {
  describe.each(kustomizations.map((dir) => [rel(dir), dir]))('%s', (_name, dir) => {
    it('renders, and the output validates as one set', () => {
      const output = renderKustomization(dir);
      expect(objectsOf(output).length).toBeGreaterThan(0);
      expect(validateRendered(output, `${rel(dir)} (kubectl kustomize)`)).toEqual([]);
    });
  });

  const render = (overlay: string): Record<string, any>[] => objectsOf(renderKustomization(path.join(seekKustomize, overlay)));
  const find = (objects: Record<string, any>[], kind: string, name: string): Record<string, any> | undefined =>
    objects.find((o) => o.kind === kind && o.metadata.name === name);

  it('production: own namespace, two web Pods, pinned images, host with TLS, bigger volumes', () => {
    const objects = render('overlays/production');
    expect(objects.filter((o) => o.kind !== 'Namespace').every((o) => o.metadata.namespace === 'seek')).toBe(true);
    expect(find(objects, 'Deployment', 'seek')?.spec.replicas).toBe(2);
    expect(find(objects, 'Deployment', 'seek')?.spec.template.spec.containers[0].resources.limits.memory).toBe('4Gi');
    expect(find(objects, 'Ingress', 'seek')?.spec.tls).toEqual([{ hosts: ['seek.example.org'], secretName: 'seek-tls' }]);
    expect(find(objects, 'PersistentVolumeClaim', 'seek-filestore')?.spec.resources.requests.storage).toBe('50Gi');
    expect(find(objects, 'StatefulSet', 'seek-mysql')?.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('20Gi');
    const secret = objects.find((o) => o.kind === 'Secret' && o.metadata.name.startsWith('seek-db-'));
    expect(Buffer.from(secret?.data.MYSQL_PASSWORD ?? '', 'base64').toString()).not.toBe('practice-seek-password');
  });

  it('local: one web Pod, no host, no TLS, a ReadWriteOnce filestore, small requests', () => {
    const objects = render('overlays/local');
    expect(objects.some((o) => o.metadata.namespace)).toBe(false);
    expect(find(objects, 'Deployment', 'seek')?.spec.replicas).toBe(1);
    const ingress = find(objects, 'Ingress', 'seek');
    expect(ingress?.spec.tls).toBeUndefined();
    expect(ingress?.spec.rules.every((r: { host?: string }) => r.host === undefined)).toBe(true);
    expect(find(objects, 'PersistentVolumeClaim', 'seek-filestore')?.spec.accessModes).toEqual(['ReadWriteOnce']);
    expect(find(objects, 'StatefulSet', 'seek-solr')?.spec.template.spec.containers[0].resources.limits.memory).toBe('1Gi');
    const volumes = objects.flatMap((o) => o.spec?.template?.spec?.volumes ?? []);
    expect(volumes.filter((v: { emptyDir?: unknown; name: string }) => v.emptyDir && v.name !== 'cache')).toEqual([]);
  });

  it('rewrites references to generated ConfigMaps and Secrets to their hashed names', () => {
    const objects = render('overlays/production');
    const web = find(objects, 'Deployment', 'seek');
    const refs = web?.spec.template.spec.containers[0].envFrom.map((e: Record<string, { name: string }>) => Object.values(e)[0]!.name);
    for (const name of refs) expect(objects.some((o) => o.metadata.name === name)).toBe(true);
    expect(refs.every((n: string) => /-[a-z0-9]{10}$/.test(n))).toBe(true);
  });
});

describe.skipIf(!!kubectl)('without kubectl', () => {
  it('kubectl is not installed: kustomizations are not rendered; only the files they name were checked', () => {
    expect(kubectl).toBeUndefined();
  });
});
