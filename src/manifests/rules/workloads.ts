import type { PathSegment } from '../parse';
import { isRecord, valueAt } from '../../util/values';
import { str, type ManifestObject } from './types';

/** Kinds whose object carries a Pod template, and where the template sits. */
const TEMPLATE_PATHS: Record<string, PathSegment[]> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** A Pod template of the set: a Pod itself or the template of a workload. */
export interface PodTemplate {
  owner: ManifestObject;
  /** Path of the template (the Pod object itself for kind Pod: []). */
  path: PathSegment[];
  labels: Record<string, string>;
  spec: Record<string, unknown>;
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(value)) for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = String(v);
  return out;
}

export function podTemplates(objects: readonly ManifestObject[]): PodTemplate[] {
  const out: PodTemplate[] = [];
  for (const object of objects) {
    if (object.kind === 'Pod' && object.apiVersion === 'v1') {
      const spec = valueAt(object.value, ['spec']);
      out.push({ owner: object, path: [], labels: stringMap(valueAt(object.value, ['metadata', 'labels'])), spec: isRecord(spec) ? spec : {} });
      continue;
    }
    const path = TEMPLATE_PATHS[object.kind];
    if (!path) continue;
    const template = valueAt(object.value, path);
    if (!isRecord(template)) continue;
    const spec = valueAt(template, ['spec']);
    out.push({ owner: object, path, labels: stringMap(valueAt(template, ['metadata', 'labels'])), spec: isRecord(spec) ? spec : {} });
  }
  return out;
}

export function selectorPath(kind: string): PathSegment[] | undefined {
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'selector'];
  return kind in TEMPLATE_PATHS ? ['spec', 'selector'] : undefined;
}

/** Does a label selector (matchLabels + matchExpressions, or a plain map for Services) match? */
export function selectorMatches(selector: unknown, labels: Record<string, string>, plain = false): boolean {
  if (!isRecord(selector)) return false;
  if (plain) return Object.entries(selector).every(([k, v]) => labels[k] === String(v));
  const matchLabels = stringMap(selector['matchLabels']);
  if (!Object.entries(matchLabels).every(([k, v]) => labels[k] === v)) return false;
  const expressions = Array.isArray(selector['matchExpressions']) ? selector['matchExpressions'] : [];
  for (const e of expressions) {
    if (!isRecord(e)) continue;
    const key = str(e['key']) ?? '';
    const values = Array.isArray(e['values']) ? e['values'].map(String) : [];
    const has = key in labels;
    switch (e['operator']) {
      case 'In':
        if (!has || !values.includes(labels[key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        // The API server rejects any other operator; such a selector selects nothing.
        return false;
    }
  }
  return true;
}

/** Containers and init containers of a Pod spec, with their paths relative to the spec. */
export function containersOf(spec: Record<string, unknown>): { container: Record<string, unknown>; path: PathSegment[] }[] {
  const out: { container: Record<string, unknown>; path: PathSegment[] }[] = [];
  for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
    const list = spec[field];
    if (Array.isArray(list)) list.forEach((c, i) => isRecord(c) && out.push({ container: c, path: [field, i] }));
  }
  return out;
}

export function specPath(template: PodTemplate): PathSegment[] {
  return [...template.path, 'spec'];
}
