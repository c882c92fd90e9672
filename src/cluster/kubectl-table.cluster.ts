/** The committed kubectl table is what the pinned kubectl and API server say today. */
import fs from 'node:fs';
import { expect, inject, it } from 'vitest';
import { kubectlTableText } from './kubectl-help';
import { kubectlFor, readKubectlTable } from './control-plane';
import { versions } from '../data/site';
import { KUBECTL_TABLE_PATH } from '../manifests/commands/command-table';

it('kubectl-table.json equals what the pinned kubectl says (regenerate with npm run kubectl-table)', () => {
  const table = readKubectlTable(kubectlFor(inject('kubeconfig')).kubectl);
  expect(table.kubectl).toBe(`v${versions.kubernetes}`);
  const committed = fs.readFileSync(KUBECTL_TABLE_PATH, 'utf8');
  expect(committed).toBe(kubectlTableText(table));
});
