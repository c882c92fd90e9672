/**
 * The schema bundle of the pinned Kubernetes (and Gateway API) version, generated from the pinned
 * API server by `npm run schemas` and committed, so the validator needs no server.
 */
import path from 'node:path';
import bundleJson from './schema-bundle.json';
import type { SchemaBundle, TrimmedSchema } from './bundle-types';

export type { ApiKindEntry, SchemaBundle, TrimmedSchema } from './bundle-types';

export const SCHEMA_BUNDLE_PATH = path.join(__dirname, 'schema-bundle.json');

export const schemaBundle = bundleJson as unknown as SchemaBundle;

/** A schema by name, with `$ref` chains followed. */
export function resolveSchema(schema: TrimmedSchema | undefined): TrimmedSchema | undefined {
  let current = schema;
  for (let i = 0; current?.$ref && i < 20; i++) {
    const target = schemaBundle.schemas[current.$ref];
    if (!target) throw new Error(`schema-bundle.json: unknown schema ${current.$ref}`);
    // A field's own keywords (default, nullable) sit beside its $ref.
    const { $ref: _ref, ...own } = current;
    current = { ...target, ...own };
  }
  return current;
}
