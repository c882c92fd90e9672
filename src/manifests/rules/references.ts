import type { PathSegment } from '../parse';
import { isRecord } from '../../util/values';
import { asArray, type ManifestObject } from './types';
import { containersOf, podTemplates, specPath } from './workloads';

/** A reference from one object to another by name, with an optional key inside the target. */
export interface Reference {
  from: ManifestObject;
  kind: 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'ServiceAccount' | 'Gateway' | 'StorageClass' | 'PersistentVolume' | 'IngressClass' | 'GatewayClass' | 'Service';
  name: string;
  /** Where the name is written. */
  path: PathSegment[];
  clusterScoped?: boolean;
  keys?: { key: string; path: PathSegment[] }[];
  optional: boolean;
}

function keyItems(items: unknown, base: PathSegment[]): { key: string; path: PathSegment[] }[] {
  const out: { key: string; path: PathSegment[] }[] = [];
  asArray(items).forEach((item, i) => {
    if (isRecord(item) && typeof item['key'] === 'string') out.push({ key: item['key'], path: [...base, i, 'key'] });
  });
  return out;
}

function volumeReferences(from: ManifestObject, volume: Record<string, unknown>, base: PathSegment[]): Reference[] {
  const out: Reference[] = [];
  const cm = volume['configMap'];
  if (isRecord(cm) && typeof cm['name'] === 'string')
    out.push({ from, kind: 'ConfigMap', name: cm['name'], path: [...base, 'configMap', 'name'], keys: keyItems(cm['items'], [...base, 'configMap', 'items']), optional: cm['optional'] === true });
  const secret = volume['secret'];
  if (isRecord(secret) && typeof secret['secretName'] === 'string')
    out.push({ from, kind: 'Secret', name: secret['secretName'], path: [...base, 'secret', 'secretName'], keys: keyItems(secret['items'], [...base, 'secret', 'items']), optional: secret['optional'] === true });
  const pvc = volume['persistentVolumeClaim'];
  if (isRecord(pvc) && typeof pvc['claimName'] === 'string')
    out.push({ from, kind: 'PersistentVolumeClaim', name: pvc['claimName'], path: [...base, 'persistentVolumeClaim', 'claimName'], optional: false });
  const projected = volume['projected'];
  if (isRecord(projected)) {
    asArray(projected['sources']).forEach((source, i) => {
      if (!isRecord(source)) return;
      for (const [field, kind] of [['configMap', 'ConfigMap'], ['secret', 'Secret']] as const) {
        const s = source[field];
        if (isRecord(s) && typeof s['name'] === 'string') {
          const p: PathSegment[] = [...base, 'projected', 'sources', i, field];
          out.push({ from, kind, name: s['name'], path: [...p, 'name'], keys: keyItems(s['items'], [...p, 'items']), optional: s['optional'] === true });
        }
      }
    });
  }
  return out;
}

/** Every by-name reference the cross-resource rules follow. */
export function collectReferences(objects: readonly ManifestObject[]): Reference[] {
  const out: Reference[] = [];
  for (const template of podTemplates(objects)) {
    const from = template.owner;
    const spec = template.spec;
    const sp = specPath(template);
    for (const { container, path } of containersOf(spec)) {
      asArray(container['env']).forEach((env, i) => {
        if (!isRecord(env) || !isRecord(env['valueFrom'])) return;
        for (const [field, kind] of [['configMapKeyRef', 'ConfigMap'], ['secretKeyRef', 'Secret']] as const) {
          const ref = env['valueFrom'][field];
          if (!isRecord(ref) || typeof ref['name'] !== 'string') continue;
          const p: PathSegment[] = [...sp, ...path, 'env', i, 'valueFrom', field];
          out.push({
            from, kind, name: ref['name'], path: [...p, 'name'], optional: ref['optional'] === true,
            keys: typeof ref['key'] === 'string' ? [{ key: ref['key'], path: [...p, 'key'] }] : [],
          });
        }
      });
      asArray(container['envFrom']).forEach((source, i) => {
        if (!isRecord(source)) return;
        for (const [field, kind] of [['configMapRef', 'ConfigMap'], ['secretRef', 'Secret']] as const) {
          const ref = source[field];
          if (isRecord(ref) && typeof ref['name'] === 'string')
            out.push({ from, kind, name: ref['name'], path: [...sp, ...path, 'envFrom', i, field, 'name'], optional: ref['optional'] === true });
        }
      });
    }
    asArray(spec['volumes']).forEach((volume, i) => isRecord(volume) && out.push(...volumeReferences(from, volume, [...sp, 'volumes', i])));
    asArray(spec['imagePullSecrets']).forEach((s, i) => {
      if (isRecord(s) && typeof s['name'] === 'string') out.push({ from, kind: 'Secret', name: s['name'], path: [...sp, 'imagePullSecrets', i, 'name'], optional: false });
    });
    const account = spec['serviceAccountName'];
    if (typeof account === 'string' && account !== 'default') out.push({ from, kind: 'ServiceAccount', name: account, path: [...sp, 'serviceAccountName'], optional: false });
  }
  for (const object of objects) {
    const spec = object.value['spec'];
    if (!isRecord(spec)) continue;
    if (object.kind === 'PersistentVolumeClaim') {
      if (typeof spec['storageClassName'] === 'string' && spec['storageClassName'] !== '')
        out.push({ from: object, kind: 'StorageClass', name: spec['storageClassName'], path: ['spec', 'storageClassName'], clusterScoped: true, optional: false });
      if (typeof spec['volumeName'] === 'string')
        out.push({ from: object, kind: 'PersistentVolume', name: spec['volumeName'], path: ['spec', 'volumeName'], clusterScoped: true, optional: false });
    }
    if (object.kind === 'StatefulSet') {
      asArray(spec['volumeClaimTemplates']).forEach((t, i) => {
        const cls = isRecord(t) && isRecord(t['spec']) ? t['spec']['storageClassName'] : undefined;
        if (typeof cls === 'string' && cls !== '')
          out.push({ from: object, kind: 'StorageClass', name: cls, path: ['spec', 'volumeClaimTemplates', i, 'spec', 'storageClassName'], clusterScoped: true, optional: false });
      });
    }
    if (object.kind === 'Ingress' && typeof spec['ingressClassName'] === 'string')
      out.push({ from: object, kind: 'IngressClass', name: spec['ingressClassName'], path: ['spec', 'ingressClassName'], clusterScoped: true, optional: false });
    if (object.kind === 'Gateway' && typeof spec['gatewayClassName'] === 'string')
      out.push({ from: object, kind: 'GatewayClass', name: spec['gatewayClassName'], path: ['spec', 'gatewayClassName'], clusterScoped: true, optional: false });
    if (object.apiVersion.startsWith('gateway.networking.k8s.io/') && object.kind.endsWith('Route')) {
      asArray(spec['parentRefs']).forEach((ref, i) => {
        if (isRecord(ref) && typeof ref['name'] === 'string' && (ref['kind'] ?? 'Gateway') === 'Gateway')
          out.push({ from: object, kind: 'Gateway', name: ref['name'], path: ['spec', 'parentRefs', i, 'name'], optional: false });
      });
    }
  }
  return out;
}
