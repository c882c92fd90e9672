/**
 * Finds the kustomizations under static/examples and lists the files each one names, as the
 * validator reads them (src/manifests/kustomization.ts). Rendering is the pinned kubectl's work
 * (`kubectl kustomize`, in the cluster tier).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { KUSTOMIZATION_FILES, kustomizationFile, kustomizationReferences, type ReferenceRole } from '../manifests/kustomization';
import { walkFiles } from '../util/files';

/** Folders (absolute) under `root` that hold a kustomization, sorted. */
export function findKustomizations(root: string): string[] {
  const files = walkFiles(root, { include: (file) => KUSTOMIZATION_FILES.includes(path.basename(file)) });
  return [...new Set(files.map((file) => path.dirname(file)))].sort();
}

export interface Reference {
  /** As written in the kustomization. */
  readonly entry: string;
  readonly role: ReferenceRole;
  /** Absolute path it points to. */
  readonly path: string;
  readonly exists: boolean;
  readonly isDirectory: boolean;
}

/** Every local file or folder a kustomization names (remote URLs are left out). */
export function referencedFiles(dir: string): Reference[] {
  const file = kustomizationFile(dir);
  if (!file) throw new Error(`${dir}: no kustomization`);
  return kustomizationReferences(parseYaml(fs.readFileSync(file, 'utf8'))).map((ref) => {
    const target = path.resolve(dir, ref.target);
    const exists = fs.existsSync(target);
    return { entry: ref.entry, role: ref.role, path: target, exists, isDirectory: exists && fs.statSync(target).isDirectory() };
  });
}
