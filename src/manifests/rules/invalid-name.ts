import type { Finding } from '../types';
import { findKind } from '../schema/kinds';
import { dns1123Label, dns1123Subdomain, nameSuggestion } from './formats';
import { isRecord } from '../../util/values';
import { asArray, findingAt, type Rule } from './types';
import { containersOf, podTemplates, specPath } from './workloads';

/** How the API server checks metadata.name per kind (apimachinery's name validators). */
function nameCheck(kind: string): { check: (v: string) => string | undefined; what: string } {
  // Services took RFC 1035 labels (a letter first) until relaxed service name validation,
  // on by default in the pinned 1.37: kube-apiserver accepts "1web" and refuses "web.front".
  if (kind === 'Service') return { check: dns1123Label, what: 'an RFC 1123 label (a Service name becomes a DNS label)' };
  if (kind === 'Namespace') return { check: dns1123Label, what: 'an RFC 1123 label' };
  return { check: dns1123Subdomain, what: 'an RFC 1123 subdomain' };
}

export const invalidName: Rule = {
  id: 'invalid-name',
  severity: 'error',
  enforcedBy: 'api-server',
  description: 'An object, container or volume name (or a generateName) the API server refuses: object names are RFC 1123 subdomains (Services and Namespaces RFC 1123 labels), container and volume names RFC 1123 labels.',
  check(set) {
    const findings: Finding[] = [];
    for (const object of set.objects) {
      if (!findKind(object.apiVersion, object.kind)) continue;
      const generateName = isRecord(object.value['metadata']) ? object.value['metadata']['generateName'] : undefined;
      if (!object.name && typeof generateName === 'string') {
        // The server appends five characters and checks the result like a name.
        const problem = nameCheck(object.kind).check(`${generateName}abcde`);
        if (problem) findings.push(findingAt(object, ['metadata', 'generateName'], 'invalid-name', 'error', `generateName "${generateName}": names made from it would be invalid: ${problem}`));
      }
      if (!object.name) continue;
      const { check, what } = nameCheck(object.kind);
      const problem = check(object.name);
      if (problem) {
        const better = nameSuggestion(object.name);
        findings.push(findingAt(object, ['metadata', 'name'], 'invalid-name', 'error',
          `"${object.name}" is not a valid ${object.kind} name: ${problem}; the API server wants ${what}${better && better !== object.name && !check(better) ? `; write "${better}"` : ''}`));
      }
    }
    for (const template of podTemplates(set.objects)) {
      const base = specPath(template);
      for (const { container, path } of containersOf(template.spec)) {
        const name = container['name'];
        if (typeof name !== 'string') continue;
        const problem = dns1123Label(name);
        if (problem) findings.push(findingAt(template.owner, [...base, ...path, 'name'], 'invalid-name', 'error', `container name "${name}": ${problem}`));
      }
      asArray(template.spec['volumes']).forEach((volume, i) => {
        if (!isRecord(volume) || typeof volume['name'] !== 'string') return;
        const problem = dns1123Label(volume['name']);
        if (problem) findings.push(findingAt(template.owner, [...base, 'volumes', i, 'name'], 'invalid-name', 'error', `volume name "${volume['name']}": ${problem}`));
      });
    }
    return findings;
  },
};
