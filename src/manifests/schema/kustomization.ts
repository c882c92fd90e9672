import { existsSync } from 'node:fs';
import path from 'node:path';
import { kustomizationReferences, type ReferenceRole } from '../kustomization';
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

/** How a finding names what a path is for. */
const ROLE_WORDS: Record<ReferenceRole, string> = {
  resource: 'resource',
  component: 'component',
  crd: 'CRD file',
  patch: 'patch',
  'generator-file': 'generator file',
  transformer: 'transformer',
  generator: 'generator',
  validator: 'validator',
  configuration: 'configuration',
};

/**
 * Kustomizations are checked as such: known fields, known kind, and (for files on disk) every
 * local path it names exists: resources, components, patches, generator files (see
 * ../kustomization.ts). URLs and remote bases are left alone.
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
  for (const ref of kustomizationReferences(value)) {
    if (!existsSync(path.resolve(dir, ref.target))) {
      emit([...ref.at], `${ROLE_WORDS[ref.role]} "${ref.entry}" does not exist (paths are relative to ${path.basename(fileOnDisk)})`);
    }
  }
  return findings;
}

/** Files a kustomization uses as patches: they hold partial objects. */
export function patchFiles(value: unknown): string[] {
  return kustomizationReferences(value)
    .filter((ref) => ref.role === 'patch')
    .map((ref) => ref.target);
}
