import type { PathSegment } from '../parse';
import type { Finding } from '../types';
import { missingReference, resolveReference } from './reference-policy';
import { isRecord } from '../../util/values';
import { asArray, findingAt, type ManifestObject, type ManifestSet, type Rule } from './types';

interface Backend {
  path: PathSegment[];
  name: string;
  port: { number?: number; name?: string; path: PathSegment[] } | undefined;
}

function ingressBackends(ingress: ManifestObject): Backend[] {
  const out: Backend[] = [];
  const add = (backend: unknown, path: PathSegment[]): void => {
    if (!isRecord(backend) || !isRecord(backend['service'])) return;
    const service = backend['service'];
    if (typeof service['name'] !== 'string') return;
    const port = isRecord(service['port']) ? service['port'] : undefined;
    out.push({
      path: [...path, 'service', 'name'],
      name: service['name'],
      port: port
        ? {
            number: typeof port['number'] === 'number' ? port['number'] : undefined,
            name: typeof port['name'] === 'string' ? port['name'] : undefined,
            path: [...path, 'service', 'port', typeof port['number'] === 'number' ? 'number' : 'name'],
          }
        : undefined,
    });
  };
  const spec = ingress.value['spec'];
  if (!isRecord(spec)) return out;
  add(spec['defaultBackend'], ['spec', 'defaultBackend']);
  asArray(spec['rules']).forEach((rule, r) => {
    if (!isRecord(rule) || !isRecord(rule['http'])) return;
    asArray(rule['http']['paths']).forEach((p, i) => isRecord(p) && add(p['backend'], ['spec', 'rules', r, 'http', 'paths', i, 'backend']));
  });
  return out;
}

function routeBackends(route: ManifestObject): Backend[] {
  const out: Backend[] = [];
  const spec = route.value['spec'];
  if (!isRecord(spec)) return out;
  asArray(spec['rules']).forEach((rule, r) => {
    if (!isRecord(rule)) return;
    asArray(rule['backendRefs']).forEach((ref, b) => {
      if (!isRecord(ref) || typeof ref['name'] !== 'string') return;
      // backendRefs default to group "" kind Service; other kinds are out of scope.
      if ((ref['kind'] ?? 'Service') !== 'Service' || (ref['group'] ?? '') !== '') return;
      const path: PathSegment[] = ['spec', 'rules', r, 'backendRefs', b];
      out.push({
        path: [...path, 'name'],
        name: ref['name'],
        port: typeof ref['port'] === 'number' ? { number: ref['port'], path: [...path, 'port'] } : undefined,
      });
    });
  });
  return out;
}

/** The Services an Ingress or a Gateway API route sends traffic to (also for the diagrams). */
export function serviceBackends(object: ManifestObject): Backend[] {
  if (object.kind === 'Ingress' && object.apiVersion === 'networking.k8s.io/v1') return ingressBackends(object);
  if ((object.kind === 'HTTPRoute' || object.kind === 'GRPCRoute') && object.apiVersion.startsWith('gateway.networking.k8s.io/')) return routeBackends(object);
  return [];
}

function checkBackends(set: ManifestSet, from: ManifestObject, backends: Backend[]): Finding[] {
  const findings: Finding[] = [];
  for (const backend of backends) {
    const resolution = resolveReference(set, from, 'Service', backend.name);
    if (resolution.status === 'external') continue;
    if (resolution.status === 'missing') {
      const { severity, message } = missingReference('Service', backend.name, resolution);
      findings.push(findingAt(from, backend.path, 'backend-not-found', severity, `${from.kind} backend: ${message}`));
      continue;
    }
    if (!backend.port) continue;
    const spec = resolution.target.value['spec'];
    const ports = asArray(isRecord(spec) ? spec['ports'] : undefined).filter(isRecord);
    const numbers = ports.map((p) => p['port']).filter((p): p is number => typeof p === 'number');
    const names = ports.map((p) => p['name']).filter((p): p is string => typeof p === 'string');
    if (backend.port.number !== undefined && !numbers.includes(backend.port.number)) {
      findings.push(findingAt(from, backend.port.path, 'backend-not-found', 'warning',
        `Service "${backend.name}" has no port ${backend.port.number} (its ports: ${numbers.join(', ') || 'none'}); use the Service's port, not the container's`));
    }
    if (backend.port.name !== undefined && !names.includes(backend.port.name)) {
      findings.push(findingAt(from, backend.port.path, 'backend-not-found', 'warning',
        `Service "${backend.name}" has no port named "${backend.port.name}" (its port names: ${names.join(', ') || 'none'})`));
    }
  }
  return findings;
}

export const backendNotFound: Rule = {
  id: 'backend-not-found',
  severity: 'warning',
  enforcedBy: 'validator',
  description: 'Ingress and HTTPRoute backends must name a Service of the set (reference policy) and a port that Service has.',
  check(set) {
    const findings: Finding[] = [];
    for (const object of set.objects) findings.push(...checkBackends(set, object, serviceBackends(object)));
    return findings;
  },
};
