import type { Finding } from '../types';
import { isRecord } from '../../util/values';
import { asArray, findingAt, type Rule } from './types';

export const ingressSpec: Rule = {
  id: 'ingress-spec',
  severity: 'error',
  enforcedBy: 'api-server',
  description: 'Ingress rules the API server refuses: a path that does not start with "/", a backend with both or neither of service and resource, a service backend port with both or neither of name and number.',
  check(set) {
    const findings: Finding[] = [];
    for (const ingress of set.objects) {
      if (ingress.kind !== 'Ingress' || ingress.apiVersion !== 'networking.k8s.io/v1' || !isRecord(ingress.value['spec'])) continue;
      const spec = ingress.value['spec'];
      const backends: { backend: unknown; path: (string | number)[] }[] = [];
      if (spec['defaultBackend'] !== undefined) backends.push({ backend: spec['defaultBackend'], path: ['spec', 'defaultBackend'] });
      asArray(spec['rules']).forEach((rule, r) => {
        if (!isRecord(rule) || !isRecord(rule['http'])) return;
        asArray(rule['http']['paths']).forEach((p, i) => {
          if (!isRecord(p)) return;
          const at = ['spec', 'rules', r, 'http', 'paths', i];
          if (typeof p['path'] === 'string' && p['path'] !== '' && !p['path'].startsWith('/')) {
            findings.push(findingAt(ingress, [...at, 'path'], 'ingress-spec', 'error', `path "${p['path']}" must be an absolute path: write "/${p['path']}"`));
          }
          backends.push({ backend: p['backend'], path: [...at, 'backend'] });
        });
      });
      for (const { backend, path } of backends) {
        if (!isRecord(backend)) continue;
        const kinds = ['service', 'resource'].filter((k) => backend[k] !== undefined);
        if (kinds.length !== 1) findings.push(findingAt(ingress, path, 'ingress-spec', 'error', `a backend names exactly one of service and resource${kinds.length ? ', not both' : ''}`, 'key'));
        const service = backend['service'];
        if (isRecord(service) && isRecord(service['port'])) {
          const given = ['name', 'number'].filter((k) => (service['port'] as Record<string, unknown>)[k] !== undefined);
          if (given.length !== 1) findings.push(findingAt(ingress, [...path, 'service', 'port'], 'ingress-spec', 'error', `a service backend port takes exactly one of name and number${given.length ? ', not both' : ''}`, 'key'));
        }
      }
    }
    return findings;
  },
};
