import { closest } from '../suggest';
import type { ManifestObject, ManifestSet } from './types';

export type Resolution =
  | { status: 'found'; target: ManifestObject }
  | { status: 'external' }
  | { status: 'missing'; near: string | undefined; names: string[] };

function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  // An object without metadata.namespace lands in the namespace of `kubectl apply`, which may be
  // any: only two explicit, different namespaces are known not to meet.
  return a === undefined || b === undefined || a === b;
}

/**
 * The one reference policy of the validator (issue 4):
 * - the set defines no object of the referenced kind (in that namespace): the target is taken to
 *   exist elsewhere, and so is anything the page declares with external="Kind/name";
 * - the set defines some: the name must be one of them; a near miss of one is an error ("did you
 *   mean data?"), any other name a warning (it may exist in the cluster).
 */
export function resolveReference(set: ManifestSet, from: ManifestObject, kind: string, name: string, clusterScoped = false): Resolution {
  if (set.external.has(`${kind}/${name}`)) return { status: 'external' };
  const candidates = set.objects.filter((o) => o.kind === kind && (clusterScoped || sameNamespace(o.namespace, from.namespace)));
  if (candidates.length === 0) return { status: 'external' };
  const target = candidates.find((o) => o.name === name);
  if (target) return { status: 'found', target };
  const names = candidates.map((o) => o.name);
  return { status: 'missing', near: closest(name, names), names };
}

/** The message for a missing reference: a warning, as the API server accepts it (the Pod fails later). */
export function missingReference(kind: string, name: string, resolution: Extract<Resolution, { status: 'missing' }>): { severity: 'warning'; message: string } {
  if (resolution.near !== undefined)
    return { severity: 'warning', message: `no ${kind} named "${name}" in this manifest set; did you mean "${resolution.near}"?` };
  return {
    severity: 'warning',
    message: `no ${kind} named "${name}" in this manifest set (it has ${resolution.names.map((n) => `"${n}"`).join(', ')}); it must exist in the cluster, or declare it with external="${kind}/${name}"`,
  };
}
