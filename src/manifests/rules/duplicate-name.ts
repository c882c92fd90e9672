import type { Finding } from '../types';
import { locate } from '../parse';
import { groupOf } from '../schema/kinds';
import { findingAt, type ManifestObject, type Rule } from './types';

export const duplicateName: Rule = {
  id: 'duplicate-name',
  severity: 'warning',
  enforcedBy: 'validator',
  description: 'Two objects of one kind may not share a name in one namespace: the second would overwrite the first.',
  check(set) {
    const findings: Finding[] = [];
    const seen = new Map<string, ManifestObject>();
    for (const object of set.objects) {
      // A kustomize patch names the object it changes: several patches of one object are normal.
      if (!object.name || object.document.block.partial) continue;
      const key = `${groupOf(object.apiVersion)}|${object.kind}|${object.namespace ?? ''}|${object.name}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, object);
        continue;
      }
      const where = first.document.block.file === object.document.block.file ? '' : ` in ${first.document.block.file}`;
      const line = locate(first.document, []).line;
      findings.push(findingAt(object, ['metadata', 'name'], 'duplicate-name', 'warning',
        `a ${object.kind} named "${object.name}" is already defined${where} at line ${line}; rename one of them`));
    }
    return findings;
  },
};
