/**
 * Writes src/manifests/commands/kubectl-table.json from the pinned kubectl: `--help` of every
 * command, and `api-resources` of a throwaway control plane with the Gateway API CRDs installed.
 * Usage: npm run kubectl-table
 */
import fs from 'node:fs';
import path from 'node:path';
import { readKubectlTable, withApiServer } from '../src/cluster/control-plane';
import { PROJECT_ROOT } from '../src/cluster/tools';
import { kubectlTableText } from '../src/manifests/commands/kubectl-help';

withApiServer((plane) => {
  const table = readKubectlTable(plane.kubectl);
  const out = path.join(PROJECT_ROOT, 'src/manifests/commands/kubectl-table.json');
  fs.writeFileSync(out, kubectlTableText(table));
  console.log(`wrote ${path.relative(PROJECT_ROOT, out)}: kubectl ${table.kubectl}, ${Object.keys(table.commands).length} commands, ${table.resources.length} resource types`);
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
