import type { Finding } from '../types';
import { isRecord } from '../../util/values';
import { asArray, findingAt, type Rule } from './types';
import { containersOf, podTemplates, selectorMatches, specPath } from './workloads';

function portNames(spec: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  for (const { container } of containersOf(spec)) for (const p of asArray(container['ports'])) if (isRecord(p) && typeof p['name'] === 'string') names.add(p['name']);
  return names;
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];

export const targetPortNotFound: Rule = {
  id: 'target-port-not-found',
  severity: 'warning',
  enforcedBy: 'validator',
  description: 'A named port (a Service targetPort, a probe port) must be declared by the containers it points at.',
  check(set) {
    const findings: Finding[] = [];
    const templates = podTemplates(set.objects);
    for (const service of set.objects) {
      if (service.kind !== 'Service' || service.apiVersion !== 'v1' || !isRecord(service.value['spec'])) continue;
      const spec = service.value['spec'];
      const selector = spec['selector'];
      if (!isRecord(selector) || Object.keys(selector).length === 0) continue;
      const selected = templates.filter((t) => selectorMatches(selector, t.labels, true));
      if (selected.length === 0) continue;
      asArray(spec['ports']).forEach((port, i) => {
        if (!isRecord(port) || typeof port['targetPort'] !== 'string') return;
        const name = port['targetPort'];
        const missing = selected.filter((t) => !portNames(t.spec).has(name));
        if (missing.length === 0) return;
        const owners = missing.map((t) => `${t.owner.kind} "${t.owner.name}"`).join(', ');
        findings.push(findingAt(service, ['spec', 'ports', i, 'targetPort'], 'target-port-not-found', 'warning',
          `targetPort "${name}" is not the name of a container port of ${owners}: name the port in ports[].name or use its number`));
      });
    }
    for (const template of templates) {
      for (const { container, path } of containersOf(template.spec)) {
        const names = new Set(asArray(container['ports']).flatMap((p) => (isRecord(p) && typeof p['name'] === 'string' ? [p['name']] : [])));
        for (const probe of PROBES) {
          const p = container[probe];
          if (!isRecord(p)) continue;
          for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
            const h = p[handler];
            if (!isRecord(h) || typeof h['port'] !== 'string' || names.has(h['port'])) continue;
            findings.push(findingAt(template.owner, [...specPath(template), ...path, probe, handler, 'port'], 'target-port-not-found', 'warning',
              `${probe} uses port "${h['port']}", but container "${String(container['name'])}" has no port of that name${names.size ? ` (it has ${[...names].join(', ')})` : ''}`));
          }
        }
      }
    }
    return findings;
  },
};
