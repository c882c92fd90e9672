/**
 * How a kustomization is read: its file names, and every local file or folder it names, with the
 * role kustomize gives it and where in the kustomization it is written. The validator checks
 * these paths exist (schema/kustomization.ts) and reads patches as partial objects; the example
 * tests walk the same list (src/examples/kustomize.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isRecord, type PathKey } from '../util/values';

/** The file names kustomize looks for in a folder, in its order. */
export const KUSTOMIZATION_FILES: readonly string[] = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** The kustomization file of a folder, if it has one. */
export function kustomizationFile(dir: string): string | undefined {
  return KUSTOMIZATION_FILES.map((name) => path.join(dir, name)).find((file) => existsSync(file));
}

export type ReferenceRole = 'resource' | 'component' | 'crd' | 'patch' | 'generator-file' | 'transformer' | 'generator' | 'validator' | 'configuration';

export interface KustomizationReference {
  /** As written in the kustomization (a generator's `KEY=path` included). */
  readonly entry: string;
  readonly role: ReferenceRole;
  /** The path it names, relative to the kustomization's folder. */
  readonly target: string;
  /** Where it is written in the kustomization, e.g. `['patches', 0, 'path']`. */
  readonly at: readonly PathKey[];
}

/** A remote base or resource (URL, git address): not a local path. */
export function isRemoteReference(entry: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(entry) || entry.startsWith('git@') || entry.includes('?ref=');
}

/** Fields whose items are paths, and the role kustomize gives them. */
const PATH_LISTS: readonly (readonly [string, ReferenceRole])[] = [
  ['resources', 'resource'],
  ['bases', 'resource'],
  ['components', 'component'],
  ['crds', 'crd'],
  ['patchesStrategicMerge', 'patch'],
  ['transformers', 'transformer'],
  ['generators', 'generator'],
  ['validators', 'validator'],
  ['configurations', 'configuration'],
];

/**
 * Every local path a kustomization (its parsed value) names, in file order per field. Remote
 * references and inline entries (a string with a line break is a plugin configuration or an
 * inline patch, not a path) are left out.
 */
export function kustomizationReferences(value: unknown): KustomizationReference[] {
  if (!isRecord(value)) return [];
  const refs: KustomizationReference[] = [];
  const add = (entry: unknown, role: ReferenceRole, at: readonly PathKey[]): void => {
    if (typeof entry !== 'string' || entry === '' || entry.includes('\n') || isRemoteReference(entry)) return;
    // A generator file may be given as KEY=path.
    const target = role === 'generator-file' && entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry;
    refs.push({ entry, role, target, at });
  };
  const list = (field: string, item: unknown = value): unknown[] => {
    const items = isRecord(item) ? item[field] : undefined;
    return Array.isArray(items) ? items : [];
  };
  for (const [field, role] of PATH_LISTS) list(field).forEach((entry, i) => add(entry, role, [field, i]));
  for (const field of ['patches', 'patchesJson6902']) {
    list(field).forEach((patch, i) => isRecord(patch) && add(patch['path'], 'patch', [field, i, 'path']));
  }
  for (const field of ['configMapGenerator', 'secretGenerator']) {
    list(field).forEach((generator, i) => {
      if (!isRecord(generator)) return;
      for (const key of ['files', 'envs']) list(key, generator).forEach((entry, j) => add(entry, 'generator-file', [field, i, key, j]));
      add(generator['env'], 'generator-file', [field, i, 'env']);
    });
  }
  return refs;
}
