/**
 * Finds the kustomizations under static/examples and lists the files each one names. Rendering is
 * the pinned kubectl's work (`kubectl kustomize`, in the cluster tier).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Folders (absolute) under `root` that hold a kustomization, sorted. */
export function findKustomizations(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && KUSTOMIZATION_NAMES.includes(e.name))) found.push(dir);
    for (const e of entries) if (e.isDirectory()) walk(path.join(dir, e.name));
  };
  walk(root);
  return found.sort();
}

export type ReferenceRole = 'resource' | 'patch' | 'generator-file' | 'component';

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
  const file = KUSTOMIZATION_NAMES.map((n) => path.join(dir, n)).find((f) => fs.existsSync(f));
  if (!file) throw new Error(`${dir}: no kustomization`);
  const k = (parseYaml(fs.readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  const refs: Reference[] = [];
  const add = (entry: unknown, role: ReferenceRole): void => {
    if (typeof entry !== 'string' || /^[a-z]+:\/\//i.test(entry) || entry.startsWith('github.com/')) return;
    // A generator entry may be KEY=path.
    const relative = role === 'generator-file' && entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry;
    const target = path.resolve(dir, relative);
    const exists = fs.existsSync(target);
    refs.push({ entry, role, path: target, exists, isDirectory: exists && fs.statSync(target).isDirectory() });
  };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  for (const r of list(k.resources)) add(r, 'resource');
  for (const c of list(k.components)) add(c, 'component');
  for (const p of list(k.patchesStrategicMerge)) add(p, 'patch');
  for (const p of [...list(k.patches), ...list(k.patchesJson6902)]) {
    if (p && typeof p === 'object') add((p as Record<string, unknown>).path, 'patch');
  }
  for (const g of [...list(k.configMapGenerator), ...list(k.secretGenerator)]) {
    if (!g || typeof g !== 'object') continue;
    const generator = g as Record<string, unknown>;
    for (const f of [...list(generator.files), ...list(generator.envs)]) add(f, 'generator-file');
    add(generator.env, 'generator-file');
  }
  return refs;
}
