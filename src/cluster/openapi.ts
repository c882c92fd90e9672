/**
 * The validator's schema bundle, read off the pinned API server: the OpenAPI v3 documents it
 * serves (/openapi/v3, with the Gateway API CRDs installed) and its discovery documents (which
 * kinds can be created, and whether they are namespaced). Trimmed to what the validator uses and
 * written deterministically, so that the committed bundle can be compared with a live server.
 */
import type { ApiKindEntry, SchemaBundle, TrimmedSchema } from '../manifests/schema/bundle-types';
import { isRecord } from '../util/values';

type Json = Record<string, unknown>;

const REF_PREFIX = '#/components/schemas/';

/** Keywords kept as they are. */
const KEEP = [
  'type', 'format', 'required', 'enum', 'default', 'nullable', 'pattern', 'minLength', 'maxLength', 'minItems', 'maxItems',
  'minProperties', 'maxProperties', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'uniqueItems',
  'x-kubernetes-int-or-string', 'x-kubernetes-preserve-unknown-fields', 'x-kubernetes-embedded-resource',
  'x-kubernetes-list-map-keys', 'x-kubernetes-list-type',
] as const;

/** One schema without descriptions and patch hints; `allOf: [{$ref}]` becomes `$ref`. */
export function trimSchema(schema: unknown): TrimmedSchema {
  if (!isRecord(schema)) return {};
  const out: Json = {};
  const ref = typeof schema['$ref'] === 'string' ? schema['$ref'] : Array.isArray(schema['allOf']) && schema['allOf'].length === 1 && isRecord(schema['allOf'][0]) ? schema['allOf'][0]['$ref'] : undefined;
  if (typeof ref === 'string') out['$ref'] = ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : ref;
  for (const key of KEEP) if (schema[key] !== undefined) out[key] = schema[key];
  if (isRecord(schema['properties'])) {
    out['properties'] = Object.fromEntries(Object.keys(schema['properties']).sort().map((k) => [k, trimSchema((schema['properties'] as Json)[k])]));
  }
  if (schema['items'] !== undefined) out['items'] = trimSchema(schema['items']);
  if (isRecord(schema['additionalProperties'])) out['additionalProperties'] = trimSchema(schema['additionalProperties']);
  else if (typeof schema['additionalProperties'] === 'boolean') out['additionalProperties'] = schema['additionalProperties'];
  // Quantity and IntOrString: oneOf plain types.
  if (Array.isArray(schema['oneOf']) && schema['oneOf'].every((s) => isRecord(s) && Object.keys(s).length === 1 && typeof s['type'] === 'string')) {
    out['oneOfTypes'] = (schema['oneOf'] as Json[]).map((s) => s['type'] as string);
  } else if (Array.isArray(schema['oneOf']) || Array.isArray(schema['anyOf'])) {
    const list = (schema['oneOf'] ?? schema['anyOf']) as unknown[];
    out[schema['oneOf'] ? 'oneOf' : 'anyOf'] = list.map(trimSchema);
  }
  if (Array.isArray(schema['x-kubernetes-validations'])) {
    out['x-kubernetes-validations'] = (schema['x-kubernetes-validations'] as Json[]).map((v) => ({ rule: v['rule'], ...(v['message'] ? { message: v['message'] } : {}) }));
  }
  return out as TrimmedSchema;
}

/** Schema names a schema refers to. */
function refsOf(schema: TrimmedSchema, out: Set<string>): void {
  if (schema.$ref) out.add(schema.$ref);
  for (const child of Object.values(schema.properties ?? {})) refsOf(child, out);
  if (schema.items) refsOf(schema.items, out);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') refsOf(schema.additionalProperties, out);
  for (const child of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) refsOf(child, out);
}

interface Discovery {
  groupVersion: string;
  resources: { name: string; kind: string; namespaced: boolean; verbs: string[] }[];
}

/**
 * Reads the bundle from a server through `get` (GET a path, JSON parsed). Kinds are the
 * resources discovery lists with the create verb; schemas are those reachable from their kinds.
 */
export async function readSchemaBundle(get: (path: string) => Promise<unknown>, versions: { kubernetes: string; gatewayApi: string }): Promise<SchemaBundle> {
  const root = (await get('/openapi/v3')) as { paths: Record<string, { serverRelativeURL: string }> };
  const schemas = new Map<string, TrimmedSchema>();
  const gvk = new Map<string, string>();
  const groupVersions: string[] = [];
  for (const [name, entry] of Object.entries(root.paths).sort()) {
    if (!/^(api\/v1|apis\/[^/]+\/[^/]+)$/.test(name)) continue;
    groupVersions.push(name === 'api/v1' ? 'v1' : name.slice('apis/'.length));
    const doc = (await get(entry.serverRelativeURL)) as { components?: { schemas?: Json } };
    for (const [schemaName, schema] of Object.entries(doc.components?.schemas ?? {})) {
      const trimmed = trimSchema(schema);
      const known = schemas.get(schemaName);
      if (known && JSON.stringify(known) !== JSON.stringify(trimmed)) throw new Error(`schema ${schemaName} differs between group versions (seen again in ${name})`);
      schemas.set(schemaName, trimmed);
      const kinds = isRecord(schema) ? schema['x-kubernetes-group-version-kind'] : undefined;
      for (const k of Array.isArray(kinds) ? (kinds as Json[]) : []) {
        const apiVersion = k['group'] ? `${String(k['group'])}/${String(k['version'])}` : String(k['version']);
        gvk.set(`${apiVersion} ${String(k['kind'])}`, schemaName);
      }
    }
  }
  const kinds: ApiKindEntry[] = [];
  for (const gv of groupVersions) {
    const discovery = (await get(gv === 'v1' ? '/api/v1' : `/apis/${gv}`)) as Discovery;
    for (const r of discovery.resources) {
      if (r.name.includes('/') || !r.verbs.includes('create')) continue;
      const schema = gvk.get(`${gv} ${r.kind}`);
      if (!schema) continue; // Virtual resources (TokenReview, SubjectAccessReview...) have one too; others are skipped.
      kinds.push({ apiVersion: gv, kind: r.kind, namespaced: r.namespaced, schema });
    }
  }
  kinds.sort((a, b) => `${a.apiVersion} ${a.kind}`.localeCompare(`${b.apiVersion} ${b.kind}`));
  const reachable = new Set<string>();
  const queue = kinds.map((k) => k.schema);
  while (queue.length) {
    const name = queue.pop()!;
    if (reachable.has(name)) continue;
    reachable.add(name);
    const schema = schemas.get(name);
    if (!schema) throw new Error(`schema ${name} is referred to but not served`);
    const refs = new Set<string>();
    refsOf(schema, refs);
    queue.push(...refs);
  }
  const kept = Object.fromEntries([...reachable].sort().map((n) => [n, schemas.get(n)!]));
  return { kubernetes: versions.kubernetes, gatewayApi: versions.gatewayApi, kinds, schemas: kept };
}

/** The bundle as committed: one kind and one schema per line, keys sorted, so diffs stay readable. */
export function schemaBundleText(bundle: SchemaBundle): string {
  const stable = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(stable) : isRecord(value) ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable(value[k])])) : value;
  const lines = [
    '{',
    `"kubernetes": ${JSON.stringify(bundle.kubernetes)},`,
    `"gatewayApi": ${JSON.stringify(bundle.gatewayApi)},`,
    '"kinds": [',
    bundle.kinds.map((k) => JSON.stringify(stable(k))).join(',\n'),
    '],',
    '"schemas": {',
    Object.entries(bundle.schemas).map(([name, schema]) => `${JSON.stringify(name)}: ${JSON.stringify(stable(schema))}`).join(',\n'),
    '}',
    '}',
    '',
  ];
  return lines.join('\n');
}
