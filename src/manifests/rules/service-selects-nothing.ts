import { closest } from '../suggest';
import { isRecord } from '../../util/values';
import { findingAt, type Rule } from './types';
import { podTemplates, selectorMatches } from './workloads';

export const serviceSelectsNothing: Rule = {
  id: 'service-selects-nothing',
  severity: 'warning',
  enforcedBy: 'validator',
  description: 'A Service with a selector must select at least one Pod template of its set (when the set has any).',
  check(set) {
    const templates = podTemplates(set.objects);
    if (templates.length === 0) return [];
    const findings = [];
    for (const service of set.objects) {
      if (service.kind !== 'Service' || service.apiVersion !== 'v1') continue;
      const spec = service.value['spec'];
      if (!isRecord(spec) || spec['type'] === 'ExternalName') continue;
      const selector = spec['selector'];
      if (!isRecord(selector) || Object.keys(selector).length === 0) continue;
      const inNamespace = templates.filter((t) => !service.namespace || !t.owner.namespace || t.owner.namespace === service.namespace);
      if (inNamespace.length === 0 || inNamespace.some((t) => selectorMatches(selector, t.labels, true))) continue;
      const labels = [...new Set(inNamespace.flatMap((t) => Object.entries(t.labels).map(([k, v]) => `${k}=${v}`)))];
      const wanted = Object.entries(selector).map(([k, v]) => `${k}=${String(v)}`);
      const near = wanted.map((w) => closest(w, labels)).find((x) => x !== undefined);
      findings.push(
        findingAt(service, ['spec', 'selector'], 'service-selects-nothing', 'warning',
          `Service "${service.name}" selects ${wanted.join(', ')}, but no Pod template of this set has ${wanted.length > 1 ? 'all these labels' : 'this label'} (they have ${labels.join(', ') || 'no labels'})${near ? `; did you mean ${near}?` : ''}`, 'key'),
      );
    }
    return findings;
  },
};
