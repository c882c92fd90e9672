import type { Finding } from '../types';
import { missingReference, resolveReference } from './reference-policy';
import { isRecord } from '../../util/values';
import { findingAt, type Rule } from './types';

const SCALABLE: Record<string, string> = { Deployment: 'apps/v1', StatefulSet: 'apps/v1', ReplicaSet: 'apps/v1', ReplicationController: 'v1' };

export const hpaTargetNotFound: Rule = {
  id: 'hpa-target-not-found',
  severity: 'warning',
  otherwise: { severity: 'error', when: 'scaleTargetRef.apiVersion lacks the group its kind needs (v1 for a Deployment), which the API server rejects' },
  enforcedBy: 'validator',
  description: 'A HorizontalPodAutoscaler scaleTargetRef must name a scalable object of the set with its right apiVersion (reference policy).',
  check(set) {
    const findings: Finding[] = [];
    for (const hpa of set.objects) {
      if (hpa.kind !== 'HorizontalPodAutoscaler' || !isRecord(hpa.value['spec'])) continue;
      const ref = hpa.value['spec']['scaleTargetRef'];
      if (!isRecord(ref) || typeof ref['kind'] !== 'string' || typeof ref['name'] !== 'string') continue;
      const kind = ref['kind'];
      const expected = SCALABLE[kind];
      if (expected && typeof ref['apiVersion'] === 'string' && ref['apiVersion'] !== expected) {
        // The API server rejects an apiVersion without a group for a kind that has one; any other
        // wrong apiVersion it accepts, and the autoscaler then cannot find its target.
        const rejected = !ref['apiVersion'].includes('/') && expected.includes('/');
        findings.push(findingAt(hpa, ['spec', 'scaleTargetRef', 'apiVersion'], 'hpa-target-not-found', rejected ? 'error' : 'warning',
          `scaleTargetRef says apiVersion "${ref['apiVersion']}" for a ${kind}: write ${expected}${rejected ? ' (the API server rejects an apiVersion without its group)' : ''}`));
      }
      const resolution = resolveReference(set, hpa, kind, ref['name']);
      if (resolution.status === 'missing') {
        const { severity, message } = missingReference(kind, ref['name'], resolution);
        findings.push(findingAt(hpa, ['spec', 'scaleTargetRef', 'name'], 'hpa-target-not-found', severity, `scaleTargetRef: ${message}`));
      }
    }
    return findings;
  },
};
