/**
 * Builds api-table.json, the snapshot the schema check reads at run time:
 * - every kind of kubernetes-models (Kubernetes 1.33 schemas) with its apiVersion and the name of
 *   its compiled validator, which checks types, required fields, enums and quantities;
 * - the field names and types of every object type, from @kubernetes/client-node's
 *   attributeTypeMap (the models carry no list of allowed fields, so unknown-field checks need it).
 *
 * Run after upgrading either package: `npx tsx src/manifests/schema/generate-api-table.ts`.
 * A test rebuilds the table and compares, so the snapshot cannot drift from node_modules.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface ApiKind {
  apiVersion: string;
  kind: string;
  /** Compiled validator module under kubernetes-models/_schemas/. */
  schema: string;
  /** Root type in `types`, when @kubernetes/client-node has one. */
  root: string | null;
}

export interface ApiTable {
  kubernetesModels: string;
  clientNode: string;
  kinds: ApiKind[];
  /** Type name, field name, field type as written by client-node (`Array<V1Container>`, ...). */
  types: Record<string, Record<string, string>>;
}

const localRequire = createRequire(path.join(process.cwd(), 'package.json'));

function packageRoot(name: string): string {
  return path.dirname(localRequire.resolve(`${name}/package.json`));
}

/** Kinds declared by kubernetes-models: each model file sets `X.apiVersion=...,X.kind=...`. */
export function scanKubernetesModels(): Omit<ApiKind, 'root'>[] {
  const root = packageRoot('kubernetes-models');
  const kinds: Omit<ApiKind, 'root'>[] = [];
  const versionDirs: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
    if (/^v\d/.test(entry.name)) versionDirs.push(entry.name);
    else
      for (const version of readdirSync(path.join(root, entry.name), { withFileTypes: true }))
        if (version.isDirectory()) versionDirs.push(`${entry.name}/${version.name}`);
  }
  for (const dir of versionDirs.sort()) {
    for (const file of readdirSync(path.join(root, dir)).sort()) {
      if (!file.endsWith('.js') || file === 'index.js') continue;
      const source = readFileSync(path.join(root, dir, file), 'utf8');
      const meta = /\.apiVersion="([^"]+)",\w+\.kind="([^"]+)"/.exec(source);
      const schema = /_schemas\/(\w+)\.js"/.exec(source);
      if (meta && schema) kinds.push({ apiVersion: meta[1]!, kind: meta[2]!, schema: schema[1]! });
    }
  }
  return kinds;
}

function groupPrefix(apiVersion: string): string {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : 'core';
  const first = group.split('.')[0]!;
  return first.charAt(0).toUpperCase() + first.slice(1);
}

function versionPrefix(apiVersion: string): string {
  const version = apiVersion.split('/').pop()!;
  return version.charAt(0).toUpperCase() + version.slice(1);
}

const NESTED = /([A-Z][A-Za-z0-9]+)/g;

export async function buildApiTable(): Promise<ApiTable> {
  const models = (await import('@kubernetes/client-node/dist/gen/models/all.js')) as Record<
    string,
    { attributeTypeMap?: { baseName: string; type: string }[] }
  >;
  const scanned = scanKubernetesModels();
  const types: ApiTable['types'] = {};
  const visit = (name: string): void => {
    if (types[name]) return;
    const model = models[name];
    if (!model?.attributeTypeMap) return;
    const fields: Record<string, string> = {};
    types[name] = fields;
    for (const attribute of model.attributeTypeMap) {
      fields[attribute.baseName] = attribute.type;
      for (const m of attribute.type.matchAll(NESTED)) if (m[1] !== 'Array' && m[1] !== 'IntOrString' && m[1] !== 'Date') visit(m[1]!);
    }
  };
  const kinds: ApiKind[] = scanned.map((k) => {
    const candidates = [
      `${versionPrefix(k.apiVersion)}${k.kind}`,
      `${groupPrefix(k.apiVersion)}${versionPrefix(k.apiVersion)}${k.kind}`,
    ];
    const root = candidates.find((c) => models[c]?.attributeTypeMap) ?? null;
    if (root) visit(root);
    return { ...k, root };
  });
  const version = (name: string): string =>
    (JSON.parse(readFileSync(path.join(packageRoot(name), 'package.json'), 'utf8')) as { version: string }).version;
  const sortedTypes: ApiTable['types'] = {};
  for (const name of Object.keys(types).sort()) sortedTypes[name] = types[name]!;
  return { kubernetesModels: version('kubernetes-models'), clientNode: version('@kubernetes/client-node'), kinds, types: sortedTypes };
}

export const API_TABLE_PATH = path.join(process.cwd(), 'src/manifests/schema/api-table.json');

if (process.argv[1] && /generate-api-table\.ts$/.test(process.argv[1])) {
  buildApiTable().then((table) => {
    writeFileSync(API_TABLE_PATH, `${JSON.stringify(table)}\n`);
    console.log(`wrote ${API_TABLE_PATH}: ${table.kinds.length} kinds, ${Object.keys(table.types).length} types`);
  });
}
