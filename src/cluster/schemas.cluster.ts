/** The committed schema bundle is what the pinned API server serves (regenerate: npm run schemas). */
import fs from 'node:fs';
import { expect, inject, it } from 'vitest';
import { versions } from '../data/site';
import { SCHEMA_BUNDLE_PATH } from '../manifests/schema/bundle';
import { kubectlFor } from './control-plane';
import { readSchemaBundle, schemaBundleText } from './openapi';

it('schema-bundle.json equals the OpenAPI v3 and discovery of kube-apiserver with the Gateway API CRDs', async () => {
  const { kubectlAsync } = kubectlFor(inject('kubeconfig'));
  const get = async (path: string): Promise<unknown> => {
    const out = await kubectlAsync(['get', '--raw', path]);
    if (out.status !== 0) throw new Error(`kubectl get --raw ${path}: ${out.stderr}`);
    return JSON.parse(out.stdout) as unknown;
  };
  const bundle = await readSchemaBundle(get, versions);
  expect(bundle.kinds.map((k) => `${k.apiVersion} ${k.kind}`)).toEqual(expect.arrayContaining(['gateway.networking.k8s.io/v1 GRPCRoute', 'gateway.networking.k8s.io/v1 BackendTLSPolicy']));
  expect(fs.readFileSync(SCHEMA_BUNDLE_PATH, 'utf8') === schemaBundleText(bundle), 'the committed bundle is out of date: run npm run schemas').toBe(true);
});
