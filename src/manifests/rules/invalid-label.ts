import type { PathSegment } from '../parse';
import type { Finding } from '../types';
import { labelValue, qualifiedName } from './formats';
import { isRecord, valueAt } from '../../util/values';
import { asArray, findingAt, type ManifestObject, type Rule } from './types';
import { podTemplates, selectorPath } from './workloads';

const OPERATORS_WITH_VALUES = new Set(['In', 'NotIn']);
const OPERATORS_WITHOUT_VALUES = new Set(['Exists', 'DoesNotExist']);

function checkLabels(object: ManifestObject, path: PathSegment[], value: unknown, what: string, out: Finding[]): void {
  if (!isRecord(value)) return;
  for (const [key, v] of Object.entries(value)) {
    const keyProblem = qualifiedName(key);
    if (keyProblem) out.push(findingAt(object, [...path, key], 'invalid-label', 'error', `${what} key "${key}": ${keyProblem}`, 'key'));
    if (what !== 'annotation' && typeof v === 'string') {
      const valueProblem = labelValue(v);
      if (valueProblem) out.push(findingAt(object, [...path, key], 'invalid-label', 'error', `${what} "${key}: ${v}": ${valueProblem}`));
    }
  }
}

function checkSelector(object: ManifestObject, path: PathSegment[], selector: unknown, out: Finding[]): void {
  if (!isRecord(selector)) return;
  checkLabels(object, [...path, 'matchLabels'], selector['matchLabels'], 'selector label', out);
  asArray(selector['matchExpressions']).forEach((expression, i) => {
    if (!isRecord(expression)) return;
    const at = [...path, 'matchExpressions', i];
    const operator = expression['operator'];
    const values = asArray(expression['values']);
    if (typeof expression['key'] === 'string') {
      const problem = qualifiedName(expression['key']);
      if (problem) out.push(findingAt(object, [...at, 'key'], 'invalid-label', 'error', `selector key "${expression['key']}": ${problem}`));
    }
    if (typeof operator !== 'string') return;
    if (OPERATORS_WITH_VALUES.has(operator) && values.length === 0) {
      out.push(findingAt(object, [...at, 'operator'], 'invalid-label', 'error', `the operator ${operator} needs a non-empty "values" list`));
    } else if (OPERATORS_WITHOUT_VALUES.has(operator) && values.length > 0) {
      out.push(findingAt(object, [...at, 'values'], 'invalid-label', 'error', `the operator ${operator} takes no "values": remove the list`, 'key'));
    } else if (!OPERATORS_WITH_VALUES.has(operator) && !OPERATORS_WITHOUT_VALUES.has(operator)) {
      out.push(findingAt(object, [...at, 'operator'], 'invalid-label', 'error', `"${operator}" is not a selector operator: use In, NotIn, Exists or DoesNotExist`));
    }
    values.forEach((v, j) => {
      const problem = typeof v === 'string' ? labelValue(v) : undefined;
      if (problem) out.push(findingAt(object, [...at, 'values', j], 'invalid-label', 'error', `selector value "${String(v)}": ${problem}`));
    });
  });
}

export const invalidLabel: Rule = {
  id: 'invalid-label',
  severity: 'error',
  enforcedBy: 'api-server',
  description: 'Label and annotation keys, label values and label selectors the API server refuses (a key of at most 63 characters after an optional DNS prefix, In and NotIn with values, Exists and DoesNotExist without).',
  check(set) {
    const findings: Finding[] = [];
    for (const object of set.objects) {
      checkLabels(object, ['metadata', 'labels'], valueAt(object.value, ['metadata', 'labels']), 'label', findings);
      checkLabels(object, ['metadata', 'annotations'], valueAt(object.value, ['metadata', 'annotations']), 'annotation', findings);
      const selector = selectorPath(object.kind);
      if (selector) checkSelector(object, selector, valueAt(object.value, selector), findings);
      const spec = object.value['spec'];
      if (object.kind === 'Service' && isRecord(spec)) checkLabels(object, ['spec', 'selector'], spec['selector'], 'selector label', findings);
      if (object.kind === 'NetworkPolicy' && isRecord(spec)) checkSelector(object, ['spec', 'podSelector'], spec['podSelector'], findings);
      if (object.kind === 'PodDisruptionBudget' && isRecord(spec)) checkSelector(object, ['spec', 'selector'], spec['selector'], findings);
    }
    for (const template of podTemplates(set.objects)) {
      if (template.path.length === 0) continue; // A Pod's own labels were checked above.
      const meta = [...template.path, 'metadata'];
      checkLabels(template.owner, [...meta, 'labels'], valueAt(template.owner.value, [...meta, 'labels']), 'label', findings);
      checkLabels(template.owner, [...meta, 'annotations'], valueAt(template.owner.value, [...meta, 'annotations']), 'annotation', findings);
    }
    return findings;
  },
};
