import type { Finding } from '../types';
import { missingReference, resolveReference } from './reference-policy';
import { isRecord } from '../../util/values';
import { findingAt, type Rule } from './types';

export const headlessServiceRequired: Rule = {
  id: 'headless-service-required',
  severity: 'warning',
  enforcedBy: 'validator',
  description: 'A StatefulSet serviceName must name a headless Service (clusterIP: None) of the set, which gives each Pod its DNS name.',
  check(set) {
    const findings: Finding[] = [];
    for (const sts of set.objects) {
      if (sts.kind !== 'StatefulSet' || !isRecord(sts.value['spec'])) continue;
      const serviceName = sts.value['spec']['serviceName'];
      if (typeof serviceName !== 'string' || serviceName === '') continue;
      const resolution = resolveReference(set, sts, 'Service', serviceName);
      if (resolution.status === 'missing') {
        const { severity, message } = missingReference('Service', serviceName, resolution);
        findings.push(findingAt(sts, ['spec', 'serviceName'], headlessServiceRequired.id, severity, message));
        continue;
      }
      if (resolution.status !== 'found') continue;
      const spec = resolution.target.value['spec'];
      if (isRecord(spec) && spec['clusterIP'] === 'None') continue;
      findings.push(findingAt(sts, ['spec', 'serviceName'], headlessServiceRequired.id, 'warning',
        `StatefulSet "${sts.name}" names Service "${serviceName}", which is not headless: add clusterIP: None to that Service's spec`));
    }
    return findings;
  },
};
