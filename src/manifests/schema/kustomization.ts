import { existsSync } from 'node:fs';
import path from 'node:path';
import { locate, type ParsedDocument, type PathSegment } from '../parse';
import { didYouMean } from '../suggest';
import type { Finding } from '../types';

/** Top-level fields of kustomize.config.k8s.io/v1beta1 Kustomization and v1alpha1 Component (kustomize v5). */
const FIELDS = new Set([
  'apiVersion', 'kind', 'metadata', 'resources', 'components', 'crds', 'namespace', 'namePrefix', 'nameSuffix',
  'labels', 'commonLabels', 'commonAnnotations', 'images', 'replicas', 'patches', 'patchesStrategicMerge',
  'patchesJson6902', 'configMapGenerator', 'secretGenerator', 'generatorOptions', 'generators', 'transformers',
  'validators', 'openapi', 'replacements', 'vars', 'buildMetadata', 'helmCharts', 'helmGlobals', 'sortOptions',
  'configurations', 'bases',
]);

const DEPRECATED: Record<string, string> = {
  commonLabels: 'labels (with includeSelectors: true to keep the old behaviour)',
  patchesStrategicMerge: 'patches',
  patchesJson6902: 'patches',
  bases: 'resources',
  vars: 'replacements',
};

const KINDS: Record<string, string> = { 'kustomize.config.k8s.io/v1beta1': 'Kustomization', 'kustomize.config.k8s.io/v1alpha1': 'Component' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Kustomizations are checked as such: known fields, known kind, and (for files on disk) every
 * resource, component and patch path exists. URLs and remote bases are left alone.
 */
export function checkKustomization(document: ParsedDocument, fileOnDisk: string | undefined): Finding[] {
  const findings: Finding[] = [];
  const value = document.value as Record<string, unknown>;
  const emit = (p: PathSegment[], message: string, severity: 'error' | 'warning' = 'error', at: 'key' | 'value' = 'value'): void => {
    findings.push({ file: document.block.file, ...locate(document, p, at), rule: 'kustomization', severity, message });
  };
  // kustomize reads a kustomization without apiVersion and kind as well.
  const apiVersion = value['apiVersion'] === undefined ? undefined : String(value['apiVersion']);
  const expectedKind = apiVersion === undefined ? undefined : KINDS[apiVersion];
  if (apiVersion !== undefined && !expectedKind) emit(['apiVersion'], `unknown kustomize apiVersion "${apiVersion}": write kustomize.config.k8s.io/v1beta1`);
  else if (value['kind'] !== undefined && value['kind'] !== expectedKind) emit(['kind'], `${apiVersion} has kind ${expectedKind}, not "${String(value['kind'])}"`);
  for (const key of Object.keys(value)) {
    if (!FIELDS.has(key)) emit([key], `unknown Kustomization field "${key}"${didYouMean(key, FIELDS)}`, 'error', 'key');
    else if (DEPRECATED[key]) emit([key], `"${key}" is deprecated in kustomize v5: use ${DEPRECATED[key]}`, 'warning', 'key');
  }
  if (!fileOnDisk) return findings;
  const dir = path.dirname(fileOnDisk);
  const checkPath = (p: PathSegment[], ref: unknown, what: string): void => {
    if (typeof ref !== 'string' || /^[a-z]+:\/\/|^(github\.com|git@)/.test(ref) || ref.includes('?ref=')) return;
    if (!existsSync(path.resolve(dir, ref))) emit(p, `${what} "${ref}" does not exist (paths are relative to ${path.basename(fileOnDisk)})`);
  };
  const what: Record<string, string> = { components: 'component', patchesStrategicMerge: 'patch', transformers: 'transformer', generators: 'generator', validators: 'validator', configurations: 'configuration' };
  for (const field of ['resources', 'components', 'bases', 'crds', 'patchesStrategicMerge', 'transformers', 'generators', 'validators', 'configurations']) {
    const list = value[field];
    // An entry with a line break is an inline plugin configuration, not a path.
    if (Array.isArray(list)) list.forEach((ref, i) => typeof ref === 'string' && !ref.includes('\n') && checkPath([field, i], ref, what[field] ?? 'resource'));
  }
  for (const field of ['patches', 'patchesJson6902']) {
    const list = value[field];
    if (Array.isArray(list)) list.forEach((patch, i) => isRecord(patch) && checkPath([field, i, 'path'], patch['path'], 'patch'));
  }
  return findings;
}

/** Files a kustomization uses as patches: they hold partial objects. */
export function patchFiles(value: unknown): string[] {
  if (!isRecord(value)) return [];
  const out: string[] = [];
  const psm = value['patchesStrategicMerge'];
  if (Array.isArray(psm)) for (const p of psm) if (typeof p === 'string' && !p.includes('\n')) out.push(p);
  for (const field of ['patches', 'patchesJson6902']) {
    const list = value[field];
    if (Array.isArray(list)) for (const p of list) if (isRecord(p) && typeof p['path'] === 'string') out.push(p['path']);
  }
  return out;
}
