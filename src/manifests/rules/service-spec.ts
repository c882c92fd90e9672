import type { Finding } from '../types';
import { isRecord } from '../../util/values';
import { asArray, findingAt, type Rule } from './types';

export const serviceSpec: Rule = {
  id: 'service-spec',
  severity: 'error',
  otherwise: { severity: 'warning', when: 'sessionAffinity: ClientIP is set on a headless Service, which the API server only warns about' },
  enforcedBy: 'api-server',
  description: 'Services the API server refuses: clusterIP: None on a NodePort or LoadBalancer Service, an ExternalName Service without externalName or with a cluster IP, a Service without ports that is neither headless nor ExternalName.',
  check(set) {
    const findings: Finding[] = [];
    for (const service of set.objects) {
      const spec = service.value['spec'];
      if (service.kind !== 'Service' || service.apiVersion !== 'v1' || !isRecord(spec) || service.document.block.partial) continue;
      const type = typeof spec['type'] === 'string' ? spec['type'] : 'ClusterIP';
      const headless = spec['clusterIP'] === 'None';
      if (headless && (type === 'NodePort' || type === 'LoadBalancer')) {
        findings.push(findingAt(service, ['spec', 'clusterIP'], 'service-spec', 'error', `clusterIP may not be None for a ${type} Service: a headless Service has no virtual IP to forward to; drop clusterIP or use type ClusterIP`));
      }
      if (type === 'ExternalName') {
        if (typeof spec['externalName'] !== 'string' || spec['externalName'] === '') findings.push(findingAt(service, ['spec'], 'service-spec', 'error', 'an ExternalName Service needs spec.externalName, the DNS name it stands for', 'key'));
        if (typeof spec['clusterIP'] === 'string' && spec['clusterIP'] !== '' && spec['clusterIP'] !== 'None') {
          findings.push(findingAt(service, ['spec', 'clusterIP'], 'service-spec', 'error', 'an ExternalName Service has no cluster IP: remove clusterIP'));
        }
      } else if (!headless && asArray(spec['ports']).length === 0) {
        findings.push(findingAt(service, ['spec'], 'service-spec', 'error', 'a Service needs at least one port (spec.ports), unless it is headless (clusterIP: None) or an ExternalName', 'key'));
      }
      if (headless && spec['sessionAffinity'] === 'ClientIP') {
        findings.push(findingAt(service, ['spec', 'sessionAffinity'], 'service-spec', 'warning', 'session affinity is ignored for a headless Service (the API server warns): clients talk to Pods directly'));
      }
    }
    return findings;
  },
};
