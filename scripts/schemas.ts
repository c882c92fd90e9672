/**
 * Writes src/manifests/schema/schema-bundle.json from the pinned API server: a throwaway control
 * plane with the Gateway API CRDs of the pin, its /openapi/v3 and discovery, trimmed.
 * Usage: npm run schemas
 */
import fs from 'node:fs';
import path from 'node:path';
import { withApiServer } from '../src/cluster/control-plane';
import { readSchemaBundle, schemaBundleText } from '../src/cluster/openapi';
import { versions } from '../src/data/site';
import { SCHEMA_BUNDLE_PATH } from '../src/manifests/schema/bundle';
import { runScript } from '../src/util/cli';
import { PROJECT_ROOT } from '../src/util/project';

runScript({ usage: 'usage: npm run schemas  (needs the pinned tools: npm run tools)', options: {} }, () =>
  withApiServer(async (plane) => {
    const bundle = await readSchemaBundle(plane.get, versions);
    const text = schemaBundleText(bundle);
    fs.writeFileSync(SCHEMA_BUNDLE_PATH, text);
    console.log(`wrote ${path.relative(PROJECT_ROOT, SCHEMA_BUNDLE_PATH)}: Kubernetes ${bundle.kubernetes}, Gateway API ${bundle.gatewayApi}, ${bundle.kinds.length} kinds, ${Object.keys(bundle.schemas).length} schemas, ${(text.length / 1024).toFixed(0)} KB`);
  }),
);
