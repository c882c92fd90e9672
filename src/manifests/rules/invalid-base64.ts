import type { Finding } from '../types';
import { isRecord } from '../../util/values';
import { findingAt, type Rule } from './types';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function isBase64(value: string): boolean {
  // Line breaks are allowed (long values folded over lines); spaces are not.
  return BASE64.test(value.replace(/\r?\n/g, ''));
}

export const invalidBase64: Rule = {
  id: 'invalid-base64',
  severity: 'error',
  enforcedBy: 'api-server',
  description: 'Secret data and ConfigMap binaryData values must be base64; plain text belongs in stringData (Secret) or data (ConfigMap).',
  check(set) {
    const findings: Finding[] = [];
    for (const object of set.objects) {
      if (object.apiVersion !== 'v1') continue;
      const field = object.kind === 'Secret' ? 'data' : object.kind === 'ConfigMap' ? 'binaryData' : undefined;
      if (!field) continue;
      const map = object.value[field];
      if (!isRecord(map)) continue;
      for (const [key, value] of Object.entries(map)) {
        if (typeof value === 'string' && isBase64(value)) continue;
        const instead = object.kind === 'Secret' ? 'move plain text to stringData' : 'move plain text to data';
        findings.push(findingAt(object, [field, key], 'invalid-base64', 'error',
          `${object.kind} "${object.name}" ${field}.${key} is not valid base64: encode it (echo -n 'value' | base64) or ${instead}`));
      }
    }
    return findings;
  },
};
