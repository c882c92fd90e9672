/**
 * Writes src/manifests/commands/kubectl-table.json from the pinned kubectl: `--help` of every
 * command, and `api-resources` of a throwaway control plane with the Gateway API CRDs installed.
 * Usage: npm run kubectl-table
 */
import fs from 'node:fs';
import path from 'node:path';
import { readKubectlTable, withApiServer } from '../src/cluster/control-plane';
import { kubectlTableText } from '../src/cluster/kubectl-help';
import { KUBECTL_TABLE_PATH } from '../src/manifests/commands/command-table';
import { runScript } from '../src/util/cli';
import { PROJECT_ROOT } from '../src/util/project';

runScript({ usage: 'usage: npm run kubectl-table  (needs the pinned tools: npm run tools)', options: {} }, () =>
  withApiServer((plane) => {
    const table = readKubectlTable(plane.kubectl);
    fs.writeFileSync(KUBECTL_TABLE_PATH, kubectlTableText(table));
    console.log(`wrote ${path.relative(PROJECT_ROOT, KUBECTL_TABLE_PATH)}: kubectl ${table.kubectl}, ${Object.keys(table.commands).length} commands, ${table.resources.length} resource types`);
  }),
);
