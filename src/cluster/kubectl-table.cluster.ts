/** The committed kubectl table is what the pinned kubectl and API server say today. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { kubectlTableText } from '../manifests/commands/kubectl-help';
import { kubectlFor, readKubectlTable } from './control-plane';
import { PROJECT_ROOT } from './tools';
import { versions } from '../data/site';

it('kubectl-table.json equals what the pinned kubectl says (regenerate with npm run kubectl-table)', () => {
  const table = readKubectlTable(kubectlFor(inject('kubeconfig')).kubectl);
  expect(table.kubectl).toBe(`v${versions.kubernetes}`);
  const committed = fs.readFileSync(path.join(PROJECT_ROOT, 'src/manifests/commands/kubectl-table.json'), 'utf8');
  expect(committed).toBe(kubectlTableText(table));
});
