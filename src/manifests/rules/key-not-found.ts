import { closest } from '../suggest';
import type { Finding } from '../types';
import { resolveReference } from './reference-policy';
import { collectReferences } from './references';
import { isRecord } from '../../util/values';
import { findingAt, type ManifestObject, type Rule } from './types';

/** Keys a ConfigMap or Secret provides: data, stringData and binaryData together. */
function keysOf(object: ManifestObject): string[] {
  const keys: string[] = [];
  for (const field of ['data', 'stringData', 'binaryData']) {
    const map = object.value[field];
    if (isRecord(map)) keys.push(...Object.keys(map));
  }
  return keys;
}

export const keyNotFound: Rule = {
  id: 'key-not-found',
  severity: 'warning',
  enforcedBy: 'validator',
  description: 'A key read from a ConfigMap or Secret of the set (configMapKeyRef, secretKeyRef, items) must be one of its data or stringData keys.',
  check(set) {
    const findings: Finding[] = [];
    for (const ref of collectReferences(set.objects)) {
      if (!ref.keys?.length || (ref.kind !== 'ConfigMap' && ref.kind !== 'Secret') || ref.optional) continue;
      const resolution = resolveReference(set, ref.from, ref.kind, ref.name);
      if (resolution.status !== 'found') continue;
      const target = resolution.target;
      // A ConfigMap or Secret made by a generator may get keys we cannot see.
      const keys = keysOf(target);
      for (const { key, path } of ref.keys) {
        if (keys.includes(key)) continue;
        const near = closest(key, keys);
        findings.push(findingAt(ref.from, path, 'key-not-found', 'warning',
          `${ref.kind} "${ref.name}" has no key "${key}"${near ? `; did you mean "${near}"?` : ` (its keys: ${keys.join(', ') || 'none'})`}`));
      }
    }
    return findings;
  },
};
