import type { Finding } from '../types';
import { missingReference, resolveReference } from './reference-policy';
import { collectReferences } from './references';
import { findingAt, type Rule } from './types';

export const referenceNotFound: Rule = {
  id: 'reference-not-found',
  severity: 'warning',
  enforcedBy: 'validator',
  description:
    'configMapKeyRef, secretKeyRef, envFrom, volumes, claimName, imagePullSecrets, serviceAccountName, storageClassName, parentRefs, ... must name an object of the set, following the reference policy.',
  check(set) {
    const findings: Finding[] = [];
    for (const ref of collectReferences(set.objects)) {
      if (ref.optional) continue;
      const resolution = resolveReference(set, ref.from, ref.kind, ref.name, ref.clusterScoped);
      if (resolution.status !== 'missing') continue;
      const { severity, message } = missingReference(ref.kind, ref.name, resolution);
      findings.push(findingAt(ref.from, ref.path, 'reference-not-found', severity, message));
    }
    return findings;
  },
};
