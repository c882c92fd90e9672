import type { Finding } from '../types';
import { isRecord } from '../../util/values';
import { findingAt, type ManifestObject, type Rule } from './types';

const KEY = /^[-._a-zA-Z0-9]+$/;

/** Keys each Secret type requires (in data or stringData), as the API server checks them. */
const REQUIRED_KEYS: Record<string, { all?: string[]; any?: string[] }> = {
  'kubernetes.io/tls': { all: ['tls.crt', 'tls.key'] },
  'kubernetes.io/dockerconfigjson': { all: ['.dockerconfigjson'] },
  'kubernetes.io/dockercfg': { all: ['.dockercfg'] },
  'kubernetes.io/basic-auth': { any: ['username', 'password'] },
  'kubernetes.io/ssh-auth': { all: ['ssh-privatekey'] },
};

function checkKeys(object: ManifestObject, field: string, out: Finding[]): string[] {
  const map = object.value[field];
  if (!isRecord(map)) return [];
  for (const key of Object.keys(map)) {
    if (key.length > 253 || !KEY.test(key) || key === '.' || key === '..') {
      out.push(findingAt(object, [field, key], 'config-data', 'error', `key "${key}" of ${field}: a key may contain only letters, digits, '-', '_' and '.' (at most 253, not "." or ".."); it becomes a file name when mounted`, 'key'));
    }
  }
  return Object.keys(map);
}

export const configData: Rule = {
  id: 'config-data',
  severity: 'error',
  enforcedBy: 'api-server',
  description: 'ConfigMap and Secret keys the API server refuses (only letters, digits, "-", "_" and "."), a key in both data and binaryData, and a Secret type without the keys it requires (tls.crt and tls.key for kubernetes.io/tls, ...).',
  check(set) {
    const findings: Finding[] = [];
    for (const object of set.objects) {
      if (object.apiVersion !== 'v1' || (object.kind !== 'ConfigMap' && object.kind !== 'Secret')) continue;
      if (object.kind === 'ConfigMap') {
        const data = new Set(checkKeys(object, 'data', findings));
        for (const key of checkKeys(object, 'binaryData', findings)) {
          if (data.has(key)) findings.push(findingAt(object, ['binaryData', key], 'config-data', 'error', `key "${key}" is in both data and binaryData: keep it in one`, 'key'));
        }
        continue;
      }
      const keys = new Set([...checkKeys(object, 'data', findings), ...checkKeys(object, 'stringData', findings)]);
      const type = object.value['type'];
      if (typeof type === 'string' && REQUIRED_KEYS[type] && !object.document.block.partial) {
        const { all = [], any = [] } = REQUIRED_KEYS[type];
        const missing = all.filter((k) => !keys.has(k));
        if (missing.length) findings.push(findingAt(object, ['type'], 'config-data', 'error', `a Secret of type ${type} needs the key${missing.length > 1 ? 's' : ''} ${missing.join(' and ')} in data or stringData`));
        if (any.length && !any.some((k) => keys.has(k))) findings.push(findingAt(object, ['type'], 'config-data', 'error', `a Secret of type ${type} needs ${any.join(' or ')} in data or stringData`));
      }
      if (type === 'kubernetes.io/service-account-token') {
        const annotations = isRecord(object.value['metadata']) ? (object.value['metadata'] as Record<string, unknown>)['annotations'] : undefined;
        if (!isRecord(annotations) || typeof annotations['kubernetes.io/service-account.name'] !== 'string') {
          findings.push(findingAt(object, ['type'], 'config-data', 'error', 'a service-account-token Secret needs the annotation kubernetes.io/service-account.name naming its ServiceAccount'));
        }
      }
    }
    return findings;
  },
};
